/**
 * The controlled vocabularies of the graph. Each list is the single source for the GraphQL enums,
 * the loaders' validation and the README's tables.
 */

/** What a clause does to what it cites, from the leading phrase of the clause (UN Editorial Manual). */
export const CLAUSE_RELATIONS = {
  // preambular: participles and adjectives
  ACKNOWLEDGES: 'acknowledges, acknowledging',
  AFFIRMS: 'affirms, affirming',
  ALARMED_BY: 'alarmed by, alarmed at',
  APPRECIATES: 'appreciating, expresses appreciation',
  AWARE_OF: 'aware of, fully aware',
  BEARS_IN_MIND: 'bearing in mind',
  CONCERNED_AT: 'concerned at, concerned about, deeply concerned, gravely concerned',
  CONSCIOUS_OF: 'conscious of',
  CONSIDERS: 'considering, considers',
  CONVINCED: 'convinced, deeply convinced',
  DETERMINED: 'determined',
  EMPHASIZES: 'emphasizing, emphasizes, stressing, stresses',
  EXPRESSES: 'expressing, expresses',
  GUIDED_BY: 'guided by',
  NOTES: 'noting, notes, taking note, takes note',
  REAFFIRMS: 'reaffirming, reaffirms',
  RECALLS: 'recalling, recalls',
  RECOGNIZES: 'recognizing, recognizes',
  REITERATES: 'reiterating, reiterates',
  WELCOMES: 'welcoming, welcomes',
  // operative: present-tense verbs
  ADOPTS: 'adopts',
  APPEALS: 'appeals to',
  AUTHORIZES: 'authorizes',
  CALLS_UPON: 'calls upon, calls on, calls again upon',
  COMMENDS: 'commends',
  CONDEMNS: 'condemns',
  DECIDES: 'decides',
  ENCOURAGES: 'encourages',
  ENDORSES: 'endorses',
  INVITES: 'invites',
  REQUESTS: 'requests, also requests',
  TAKES_NOTE: 'takes note of',
  URGES: 'urges',
  OTHER: 'a leading phrase outside this vocabulary; the exact phrase is kept',
} as const;

export type ClauseRelation = keyof typeof CLAUSE_RELATIONS;
export const CLAUSE_RELATION_NAMES = Object.keys(CLAUSE_RELATIONS) as ClauseRelation[];

/** The node types (Neo4j labels) a citation can point at. */
export const ENTITY_TYPES = ['Resolution', 'Document', 'Instrument', 'Body', 'Provision', 'Event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * TREATY and AGREEMENT keep the name a treaty gives itself (the NPT, the Paris Agreement); OUTCOME_DOCUMENT is a
 * conference's or summit's programme, agenda or framework (the Addis Ababa Action Agenda, the Sendai Framework);
 * STANDARDS are rules, principles and guidelines (the Nelson Mandela Rules, the Guiding Principles).
 */
export const INSTRUMENT_KINDS = [
  'CHARTER',
  'DECLARATION',
  'COVENANT',
  'CONVENTION',
  'TREATY',
  'AGREEMENT',
  'PROTOCOL',
  'ILO_CONVENTION',
  'ILO_RECOMMENDATION',
  'OUTCOME_DOCUMENT',
  'STANDARDS',
  'OTHER',
] as const;
export const BODY_KINDS = [
  'PRINCIPAL_ORGAN',
  'SUBSIDIARY_ORGAN',
  'FUNCTIONAL_COMMISSION',
  'TREATY_BODY',
  'SPECIAL_PROCEDURE',
  'SECRETARIAT',
  'OFFICE',
  'CONFERENCE',
  'SPECIALIZED_AGENCY',
  'AGENCY_ORGAN',
  'PROGRAMME',
  /** States, Member States, States parties, Governments: many actors named together, never one organization. */
  'COLLECTIVE',
  'OTHER',
] as const;
export const DOCUMENT_KINDS = ['RESOLUTION', 'DECISION', 'REPORT', 'DRAFT', 'CONFERENCE_OUTCOME', 'OTHER'] as const;
export const EVENT_KINDS = ['MEETING', 'SESSION', 'ENTRY_INTO_FORCE', 'CONFERENCE', 'OTHER'] as const;
export const PARAGRAPH_KINDS = ['PREAMBULAR', 'OPERATIVE'] as const;
export const CITATION_ROLES = ['MENTION', 'ADDRESSEE'] as const;
export const VOTING_OUTCOMES = ['WITHOUT_VOTE', 'RECORDED_VOTE', 'CONSENSUS', 'UNKNOWN'] as const;

/** Relationship types between entities that the loaders may write; anything else is refused. */
export const LINK_TYPES = [
  'PART_OF',
  'ESTABLISHED_BY',
  'SUCCEEDED_BY',
  'MONITORED_BY',
  'ADOPTED_IN',
  'ADOPTED_BY',
  'ADOPTED_AT',
  'IN_SESSION',
  'HELD_BY',
  'CONCERNS',
  'AUTHORED_BY',
  'REPORTED_IN',
  'ABOUT',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export type BodyKind = (typeof BODY_KINDS)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];
export type CitationRole = (typeof CITATION_ROLES)[number];
export type VotingOutcome = (typeof VOTING_OUTCOMES)[number];
