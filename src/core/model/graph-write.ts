import { EntityType, LinkType } from './vocabulary';

/** Property values as they go to Neo4j; dates travel as ISO strings until the repository converts them. */
export type PropValue = string | number | boolean | null | string[] | number[];
export type Props = Record<string, PropValue>;

/** A node to write, with its type label and its full property map (including `id`). */
export interface EntityRow {
  id: string;
  type: EntityType;
  props: Props;
}

/** A link between two entities, of an allow-listed type. */
export interface LinkRow {
  from: string;
  to: string;
  type: LinkType;
  props: Props;
}

export interface ParagraphRow {
  id: string;
  props: Props;
}

/** A paragraph-to-entity citation with its provenance (relation, quote, span). */
export interface CitationRow {
  key: string;
  paragraphId: string;
  targetId: string;
  props: Props;
}

/**
 * An agenda item a resolution was considered under, and its place among the resolution's items: the AgendaItem node
 * `agenda:<organ>:<session>:<item>` (see agendaItemId) and its properties, and the title as this text prints it.
 */
export interface AgendaItemRow {
  id: string;
  props: Props;
  /** 1 for the first item the header names. */
  order: number;
  /** The item's title as this text prints it; absent when the header does not tell it reliably. */
  title?: string;
}

/**
 * Which version of a text a resolution was written from: stored on the resolution, compared at start-up (see
 * README "Data", how versions are compared).
 */
export interface TextVersion {
  /** sha256 (hex) of the text as read. */
  contentHash: string;
  /** Where the text came from: the shipped file's path under the project (`data/seed/...`), or `api` / `cli` for a user's ingest. */
  source: string;
  /** Hash of the parser's code and the catalogue it resolved names against: a new parser or catalogue re-reads shipped texts. */
  parserRevision: string;
}

/** Everything one resolution writes: the transaction unit of the loader and of ingestion. */
export interface ResolutionWrite {
  resolution: EntityRow;
  newEntities: EntityRow[];
  links: LinkRow[];
  paragraphs: ParagraphRow[];
  citations: CitationRow[];
  /** The agenda items the header names (none for texts without an agenda line): written by graph/agenda-items.ts. */
  agendaItems?: AgendaItemRow[];
  /** The version of the text, stored on the resolution; absent for rows not read from a text (benchmarks, tests). */
  version?: TextVersion;
  /**
   * The resolution is a document of the curated catalogue: only the text's paragraphs, citations and version are
   * written; its curated facts (title, date, flag, links) stay as the catalogue has them.
   */
  attach?: boolean;
  /** A start-up write: it never replaces a version that came from another source (a user's ingest wins). */
  startup?: boolean;
}

/** The curated catalogue as rows. */
export interface CatalogueWrite {
  entities: EntityRow[];
  links: LinkRow[];
}

/** Property names that hold calendar dates (stored as Neo4j `date`). */
export const DATE_PROPS = ['adoptedOn', 'signedOn', 'entryIntoForce', 'date', 'establishedOn'] as const;
