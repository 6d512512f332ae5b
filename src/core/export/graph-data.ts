/**
 * The graph as the export writers take it: plain data, no driver types. Every writer is a pure function of
 * a GraphData value, so each format can be tested without a database.
 */

/** A node: an entity (labels Entity plus its type), a paragraph (label Paragraph) or an agenda item (label AgendaItem). */
export interface ExportNode {
  /** The stable id (`un:<symbol>`, `instrument:<slug>`, `<resolutionId>#op5`...). */
  id: string;
  labels: string[];
  /** Every property as stored, temporal values as ISO strings. */
  properties: Record<string, unknown>;
}

/** A relationship between two exported nodes, named by their ids. */
export interface ExportRelationship {
  /** A stable id derived from the ends, the type and, for CITES, the citation key. */
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** The value type of a property, from Cypher's valueType(); decides CSV column types and GraphML attr.type. */
export type PropertyType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'datetime' | 'localdatetime' | 'string[]' | 'int[]' | 'float[]' | 'boolean[]';

/** Property keys with their types, for nodes and for relationships, in a stable (sorted) order. */
export interface PropertySchema {
  node: Map<string, PropertyType>;
  relationship: Map<string, PropertyType>;
}

/** What every writer takes. */
export interface GraphData {
  nodes: ExportNode[];
  relationships: ExportRelationship[];
  schema: PropertySchema;
}

/** The node types, most specific first: a resolution is also a Document and an Entity. */
const TYPE_LABELS = ['Resolution', 'Instrument', 'Provision', 'Body', 'Event', 'Document', 'Paragraph', 'AgendaItem'] as const;

/** The most specific type label of a node (`Resolution` rather than `Document` or `Entity`). */
export function nodeType(node: Pick<ExportNode, 'labels'>): string {
  return TYPE_LABELS.find((t) => node.labels.includes(t)) ?? node.labels.find((l) => l !== 'Entity') ?? 'Entity';
}

/**
 * A short human label for viewers: the abbreviation, short title, UN symbol or title of an entity;
 * `op5` / `pp3` for a paragraph; the id when nothing better exists.
 */
export function displayLabel(node: ExportNode): string {
  const p = node.properties;
  if (node.labels.includes('Paragraph')) return node.id.slice(node.id.lastIndexOf('#') + 1);
  for (const key of ['abbreviation', 'shortTitle', 'symbol', 'title']) {
    const v = p[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return node.id;
}

/** The stable id of a relationship: CITES by its citation key (a paragraph may cite one target twice), others by their ends. */
export function relationshipId(type: string, source: string, target: string, properties: Record<string, unknown>): string {
  return typeof properties.key === 'string' ? `${type}:${properties.key}` : `${type}:${source}>${target}`;
}

/**
 * Maps a Cypher valueType() string ("STRING NOT NULL", "LIST<FLOAT NOT NULL> NOT NULL", "DATE"...) to a
 * PropertyType. Several types for one key (an empty list is LIST<NOTHING>) are merged; a real conflict
 * falls back to string, which every format can carry.
 */
export function propertyTypeOf(cypherTypes: string[]): PropertyType {
  const found = new Set<PropertyType>();
  for (const raw of cypherTypes) {
    const t = raw.replace(/ NOT NULL/g, '').trim();
    const list = /^LIST<(.+)>$/.exec(t);
    if (list) {
      if (list[1] === 'NOTHING' || list[1] === 'NULL') continue;
      const inner = scalarType(list[1]);
      found.add(inner === 'int' || inner === 'float' || inner === 'boolean' ? (`${inner}[]` as PropertyType) : 'string[]');
    } else {
      found.add(scalarType(t));
    }
  }
  if (found.size === 0) return cypherTypes.some((t) => t.startsWith('LIST')) ? 'string[]' : 'string';
  if (found.size === 1) return [...found][0];
  if ([...found].every((t) => t === 'int' || t === 'float')) return 'float';
  return [...found].every((t) => t.endsWith('[]')) ? 'string[]' : 'string';
}

function scalarType(t: string): PropertyType {
  switch (t) {
    case 'INTEGER':
      return 'int';
    case 'FLOAT':
      return 'float';
    case 'BOOLEAN':
      return 'boolean';
    case 'DATE':
      return 'date';
    case 'ZONED DATETIME':
      return 'datetime';
    case 'LOCAL DATETIME':
      return 'localdatetime';
    default:
      return 'string';
  }
}

/** Counts per label and per relationship type, for summaries and tests. */
export function countGraph(data: Pick<GraphData, 'nodes' | 'relationships'>): { nodes: number; relationships: number } {
  return { nodes: data.nodes.length, relationships: data.relationships.length };
}
