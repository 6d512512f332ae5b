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

/** Everything one resolution writes: the transaction unit of the loader and of ingestion. */
export interface ResolutionWrite {
  resolution: EntityRow;
  newEntities: EntityRow[];
  links: LinkRow[];
  paragraphs: ParagraphRow[];
  citations: CitationRow[];
}

/** The curated catalogue as rows. */
export interface CatalogueWrite {
  entities: EntityRow[];
  links: LinkRow[];
}

/** Property names that hold calendar dates (stored as Neo4j `date`). */
export const DATE_PROPS = ['adoptedOn', 'signedOn', 'entryIntoForce', 'date', 'establishedOn'] as const;
