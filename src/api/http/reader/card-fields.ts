/** What a hover card and a list item show about an entity, as one GraphQL fragment shared by every page. */
export const ENTITY_CARD_FRAGMENT = `
fragment EntityCard on Entity {
  __typename id label title entityType
  citedByCount
  ... on Instrument { instrumentKind: kind instrumentSymbol: symbol abbreviation adoptedOn entryIntoForce monitoredBy { id label } }
  ... on Body { bodyKind: kind abbreviation establishedOn parent { id label } }
  ... on Resolution { symbol adoptedOn adoptedBy { id label } paragraphCount }
  ... on Document { symbol documentKind: kind authoredBy { id label } }
  ... on Provision { number instrument { id label } }
  ... on Event { eventKind: kind date year }
}`;

/** Folds the per-type aliases (GraphQL forbids one name with two types in one selection) into `kind` and `symbol`. */
export function normaliseCard<T extends Record<string, any>>(e: T): T & EntityCard {
  const out: Record<string, any> = { ...e };
  out.kind = e.instrumentKind ?? e.bodyKind ?? e.documentKind ?? e.eventKind ?? null;
  out.symbol = e.symbol ?? e.instrumentSymbol ?? null;
  return out as T & EntityCard;
}

/** The card fields as the pages receive them (after normaliseCard). */
export interface EntityCard {
  __typename: string;
  id: string;
  label: string;
  title: string | null;
  entityType: string;
  /** Citing paragraphs (stored, kept up to date by every write). */
  citedByCount: number;
  kind?: string | null;
  abbreviation?: string | null;
  adoptedOn?: string | null;
  entryIntoForce?: string | null;
  establishedOn?: string | null;
  monitoredBy?: { id: string; label: string }[];
  parent?: { id: string; label: string } | null;
  symbol?: string | null;
  adoptedBy?: { id: string; label: string } | null;
  paragraphCount?: number | null;
  authoredBy?: { id: string; label: string } | null;
  number?: string | null;
  instrument?: { id: string; label: string } | null;
  date?: string | null;
  year?: number | null;
}
