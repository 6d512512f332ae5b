import { z } from 'zod';
import { CLAUSE_RELATION_NAMES, ENTITY_TYPES, PARAGRAPH_KINDS, VOTING_OUTCOMES } from '../model/vocabulary';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** One clause of a paragraph: its leading phrase as printed, the relation it maps to, and whom it addresses. */
export const clauseSchema = z.strictObject({
  phrase: z.string().min(1),
  relation: z.enum(CLAUSE_RELATION_NAMES as [string, ...string[]]),
  addressee: z.string().min(1).optional(),
});

/** A mention of an entity in a paragraph: the exact quoted words, and which occurrence of them if they repeat. */
export const citationSchema = z.strictObject({
  target: z.string().min(1),
  quote: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
});

/** A footnote a paragraph's marker points to: the marker's number, where it stood in the paragraph text, and the note. */
export const footnoteSchema = z.strictObject({
  marker: z.number().int().positive(),
  at: z.number().int().nonnegative(),
  text: z.string().min(1),
});

export const paragraphSchema = z.strictObject({
  kind: z.enum(PARAGRAPH_KINDS),
  number: z.string().min(1).optional(),
  /** The part ("A") or section ("II") of a resolution in parts or in sections each numbered from 1. */
  part: z.string().min(1).optional(),
  text: z.string().min(1),
  /**
   * The words printed once above a run of numbered paragraphs that each continues ("Resolves that:" above "1. The
   * Working Capital Fund shall ..."): not in `text`; the first clause's phrase is taken from it.
   */
  chapeau: z.string().min(1).optional(),
  /** Tables the paragraph announced ("as set out in the table below:"), kept apart from `text`: cells joined by " | ". */
  tables: z.array(z.string().min(1)).optional(),
  clauses: z.array(clauseSchema).min(1),
  citations: z.array(citationSchema),
  /** The footnotes its markers point to, in text order (markers are removed from `text`; `at` is where each stood). */
  footnotes: z.array(footnoteSchema).optional(),
});

/**
 * An agenda item the text's header names ("Agenda item 71 (b)" and the item's title printed under it): its id
 * (`agenda:ga:78:71(b)`, see agendaItemId), session, number and sub-item letter, and the title when the header tells it.
 */
export const agendaItemSchema = z.strictObject({
  id: z.string().regex(/^agenda:[a-z]+:[\w-]+:\d{1,3}(?:\([a-z]{1,3}\))?$/),
  session: z.string().min(1),
  number: z.number().int().positive(),
  subItem: z.string().regex(/^[a-z]{1,3}$/).optional(),
  title: z.string().min(1).optional(),
});

/** An entity first met in this text, not (yet) in the curated catalogue. */
export const newEntitySchema = z.strictObject({
  id: z.string().regex(/^(un|instrument|body|event|resolution|document):\S.*$/),
  type: z.enum(ENTITY_TYPES),
  kind: z.string().min(1),
  title: z.string().min(1).optional(),
  symbol: z.string().min(1).optional(),
  number: z.string().min(1).optional(),
  date: isoDate.optional(),
  concerns: z.string().min(1).optional(),
  partOf: z.string().min(1).optional(),
  heldBy: z.string().min(1).optional(),
});

export type NewEntity = z.infer<typeof newEntitySchema>;

/** The structure of one resolution: what the ingestion pipeline produces and the loader writes. */
export const parsedResolutionSchema = z.strictObject({
  symbol: z.string().min(1),
  /** DRAFT for a draft resolution; absent for an adopted resolution. */
  kind: z.enum(['RESOLUTION', 'DRAFT']).optional(),
  number: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  /** The sponsors a draft names, as printed ("Bolivia (Plurinational State of)"). */
  sponsors: z.array(z.string().min(1)).optional(),
  adoptedBy: z.string().min(1).optional(),
  adoptedOn: isoDate.optional(),
  adoptedAt: z.string().min(1).optional(),
  session: z.string().min(1).optional(),
  votingOutcome: z.enum(VOTING_OUTCOMES).optional(),
  votes: z.strictObject({ inFavour: z.number().int().min(0), against: z.number().int().min(0), abstentions: z.number().int().min(0) }).optional(),
  reportedIn: z.strictObject({ target: z.string().min(1), chapter: z.string().min(1).optional() }).optional(),
  about: z.array(z.string().min(1)).optional(),
  /** The agenda item(s) the text was considered under, in the order the header names them. */
  agendaItems: z.array(agendaItemSchema).optional(),
  newEntities: z.array(newEntitySchema).optional(),
  paragraphs: z.array(paragraphSchema).min(1),
  /** What the parser could not account for (text left out, paragraph numbers that jump); absent when all went well. */
  warnings: z.array(z.string().min(1)).optional(),
});

export type ParsedAgendaItem = z.infer<typeof agendaItemSchema>;
export type ParsedClause = z.infer<typeof clauseSchema>;
export type ParsedCitation = z.infer<typeof citationSchema>;
export type ParsedParagraph = z.infer<typeof paragraphSchema>;
export type ParsedResolution = z.infer<typeof parsedResolutionSchema>;

