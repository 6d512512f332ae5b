import { registerEnumType } from 'type-graphql';
import {
  BODY_KINDS,
  CITATION_ROLES,
  CLAUSE_RELATIONS,
  DOCUMENT_KINDS,
  ENTITY_TYPES,
  EVENT_KINDS,
  INSTRUMENT_KINDS,
  PARAGRAPH_KINDS,
  VOTING_OUTCOMES,
} from '../../../core/model/vocabulary';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ClauseRelation = enumOf(Object.keys(CLAUSE_RELATIONS) as (keyof typeof CLAUSE_RELATIONS)[]);
registerEnumType(ClauseRelation, {
  name: 'ClauseRelation',
  description: 'What a clause does to what it cites, from its leading phrase (preambular participles and adjectives, operative verbs).',
  valuesConfig: Object.fromEntries(Object.entries(CLAUSE_RELATIONS).map(([k, v]) => [k, { description: `Leading phrases: ${v}.` }])),
});

export const EntityType = enumOf(ENTITY_TYPES);
registerEnumType(EntityType, { name: 'EntityType', description: 'The kinds of node a citation can point at.' });

export const InstrumentKind = enumOf(INSTRUMENT_KINDS);
registerEnumType(InstrumentKind, { name: 'InstrumentKind', description: 'The legal form of an instrument.' });

export const BodyKind = enumOf(BODY_KINDS);
registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'The kind of body: organs, committees, special procedures, the Secretariat, conferences, agencies and programmes.',
});

export const DocumentKind = enumOf(DOCUMENT_KINDS);
registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'The kind of a UN document.' });

export const EventKind = enumOf(EVENT_KINDS);
registerEnumType(EventKind, { name: 'EventKind', description: 'The kind of a dated event: a meeting, a session, an entry into force, a conference.' });

export const ParagraphKind = enumOf(PARAGRAPH_KINDS);
registerEnumType(ParagraphKind, {
  name: 'ParagraphKind',
  description: 'PREAMBULAR paragraphs give reasons and context; OPERATIVE paragraphs are numbered and state what the body does.',
});

export const CitationRole = enumOf(CITATION_ROLES);
registerEnumType(CitationRole, {
  name: 'CitationRole',
  description: 'ADDRESSEE when the cited body is the one a clause requests, calls upon or invites; MENTION otherwise.',
});

export const VotingOutcome = enumOf(VOTING_OUTCOMES);
registerEnumType(VotingOutcome, { name: 'VotingOutcome', description: 'How a resolution was adopted.' });

export const SortDirection = enumOf(['ASC', 'DESC'] as const);
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending order.' });

export const CitationOrderField = enumOf(['DATE', 'SYMBOL'] as const);
registerEnumType(CitationOrderField, {
  name: 'CitationOrderField',
  description: "Order citations by the citing resolution's adoption date or by its symbol.",
});

export const EntityOrderField = enumOf(['TITLE', 'DATE', 'SYMBOL', 'CITED_BY_COUNT'] as const);
registerEnumType(EntityOrderField, {
  name: 'EntityOrderField',
  description: 'Order by title, by date (adoption date, or the date of an event), by UN symbol, or by citedByCount (with direction DESC: most cited first).',
  valuesConfig: {
    CITED_BY_COUNT: { description: 'By the number of citations (`citedByCount`), ties by id; `direction: DESC` gives the most cited first.' },
  },
});
