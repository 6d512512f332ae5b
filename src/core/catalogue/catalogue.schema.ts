import { z } from 'zod';
import { BODY_KINDS, DOCUMENT_KINDS, EVENT_KINDS, INSTRUMENT_KINDS } from '../model/vocabulary';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
/** A Wikidata item, e.g. "Q42". */
export const wikidataId = z.string().regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q42');
/** A treaty's place in the UN Treaty Collection's "Status of Treaties": chapter (Roman), number, optional letter, e.g. "IV-13" or "IV-8-b". */
export const treatyCollectionRef = z.string().regex(/^[IVXL]+-\d+(-[a-z])?$/, 'must be a UN Treaty Collection reference such as IV-13 or IV-8-b');

const entityId = z.string().regex(/^(un|instrument|body|event):\S+$/, 'must be an id such as instrument:iccpr or un:A/RES/45/158');

const common = {
  id: entityId,
  title: z.string().min(1),
  shortTitle: z.string().min(1).optional(),
  abbreviation: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).optional(),
  note: z.string().min(1).optional(),
};

export const bodySchema = z.strictObject({
  ...common,
  kind: z.enum(BODY_KINDS),
  parent: entityId.optional(),
  establishedBy: z.string().min(1).optional(),
  establishedOn: isoDate.optional(),
  succeededBy: entityId.optional(),
  concerns: entityId.optional(),
  /** Identifiers of this body in other systems, each only where known for certain. */
  externalIds: z.strictObject({ wikidata: wikidataId.optional() }).optional(),
});

export const instrumentSchema = z.strictObject({
  ...common,
  kind: z.enum(INSTRUMENT_KINDS),
  symbol: z.string().min(1).optional(),
  adoptingResolution: entityId.optional(),
  adoptedBy: entityId.optional(),
  /** The day the text was adopted (by a conference, an organ or by its negotiators), not the day it was signed. */
  adoptedOn: isoDate.optional(),
  /** The day the text was signed or opened for signature, where that is its date (the Charter: adopted 25 June, signed 26 June 1945). */
  signedOn: isoDate.optional(),
  entryIntoForce: isoDate.optional(),
  monitoredBy: z.array(entityId).optional(),
  treatySeries: z
    .strictObject({ volume: z.number().int().positive(), number: z.number().int().positive(), page: z.number().int().positive().optional() })
    .optional(),
  /** Identifiers of this instrument in other systems, each only where known for certain. */
  externalIds: z.strictObject({ wikidata: wikidataId.optional(), treatyCollection: treatyCollectionRef.optional() }).optional(),
  provisions: z.array(z.strictObject({ number: z.string().min(1), title: z.string().min(1).optional() })).optional(),
});

export const documentSchema = z.strictObject({
  id: entityId,
  kind: z.enum(DOCUMENT_KINDS),
  symbol: z.string().min(1),
  /** The symbol the id was derived from when first published, if the symbol was corrected since: the id stays. */
  publishedAs: z.string().min(1).optional(),
  number: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  adoptedBy: entityId.optional(),
  adoptedOn: isoDate.optional(),
  authoredBy: entityId.optional(),
  concerns: entityId.optional(),
  note: z.string().min(1).optional(),
});

export const eventSchema = z.strictObject({
  id: entityId,
  kind: z.enum(EVENT_KINDS),
  title: z.string().min(1),
  date: isoDate.optional(),
  year: z.number().int().optional(),
  heldBy: entityId.optional(),
  partOf: entityId.optional(),
  concerns: entityId.optional(),
  note: z.string().min(1).optional(),
});

/** A phrase texts use for one or more catalogue entries ("the International Covenants on Human Rights"). */
export const aliasSchema = z.strictObject({
  phrase: z.string().min(1),
  targets: z.array(entityId).min(1),
  note: z.string().min(1).optional(),
});

export const catalogueSchema = z.strictObject({
  bodies: z.array(bodySchema),
  instruments: z.array(instrumentSchema),
  documents: z.array(documentSchema),
  events: z.array(eventSchema),
  aliases: z.array(aliasSchema),
});

export type BodyEntry = z.infer<typeof bodySchema>;
export type InstrumentEntry = z.infer<typeof instrumentSchema>;
export type DocumentEntry = z.infer<typeof documentSchema>;
export type EventEntry = z.infer<typeof eventSchema>;
export type AliasEntry = z.infer<typeof aliasSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
