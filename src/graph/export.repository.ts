import { AppError } from '../core/errors';
import { ExportNode, ExportRelationship, GraphData, PropertySchema, propertyTypeOf, relationshipId } from '../core/export/graph-data';
import { cypher } from './cypher';
import { GraphExecutor, Row } from './executor';
import { col, mapRow, mapRows, RowOf } from './rows';

/** The depths a neighbourhood export accepts: beyond 3 hops the neighbourhood is most of the graph. */
export const MAX_EXPORT_DEPTH = 3;

/** How many nodes one page of the whole-graph export reads (each page is one READ transaction per query). */
export const DEFAULT_EXPORT_PAGE_SIZE = 500;

/** Raised when the root of a neighbourhood export is not in the graph. */
export class ExportRootNotFoundError extends AppError {
  override name = 'ExportRootNotFoundError';
  constructor(readonly rootId: string) {
    super('NOT_FOUND', `No node has the id "${rootId}". Use an entity id such as un:E/CN.4/RES/2003/48 or instrument:icmw, or a paragraph id such as un:E/CN.4/RES/2003/48#op5.`);
  }
}

/** Progress of a whole-graph export, after each page. */
export interface ExportProgress {
  nodes: number;
  relationships: number;
}

/**
 * Reads the graph for the export writers, through the executor's READ path only: the whole graph page by
 * page (keyset paging on the node id; each page's outgoing relationships with it), or the neighbourhood of
 * one node in one bounded query.
 */
export class ExportRepository {
  constructor(private readonly executor: GraphExecutor) {}

  /** The types of every property key in the graph. */
  async propertySchema(): Promise<PropertySchema> {
    const rows = mapRows('export/property-types', PROPERTY_TYPE_ROW, await this.executor.read(cypher('export/property-types')));
    const schema: PropertySchema = { node: new Map(), relationship: new Map() };
    // One row per element and key (the query groups them); sorted so columns and keys come out in a stable order.
    for (const r of [...rows].sort((a, b) => a.key.localeCompare(b.key))) {
      (r.element === 'node' ? schema.node : schema.relationship).set(r.key, propertyTypeOf(r.types));
    }
    return schema;
  }

  /** Yields the whole graph one page of nodes (with their outgoing relationships) at a time. */
  async *pages(pageSize = DEFAULT_EXPORT_PAGE_SIZE): AsyncGenerator<{ nodes: ExportNode[]; relationships: ExportRelationship[] }> {
    let after = '';
    for (;;) {
      const rows = await this.executor.read(cypher('export/nodes-page'), { after, limit: pageSize });
      if (rows.length === 0) return;
      const nodes = mapRows('export/nodes-page', NODE_ROW, rows).map(toNode);
      const relRows = await this.executor.read(cypher('export/relationships-from'), { ids: nodes.map((n) => n.id) });
      yield { nodes, relationships: mapRows('export/relationships-from', RELATIONSHIP_ROW, relRows).map(toRelationship) };
      if (rows.length < pageSize) return;
      after = nodes[nodes.length - 1].id;
    }
  }

  /** The whole graph, read page by page; `onProgress` is called after every page. */
  async wholeGraph(onProgress?: (p: ExportProgress) => void, pageSize = DEFAULT_EXPORT_PAGE_SIZE): Promise<GraphData> {
    const schema = await this.propertySchema();
    const nodes: ExportNode[] = [];
    const relationships: ExportRelationship[] = [];
    for await (const page of this.pages(pageSize)) {
      nodes.push(...page.nodes);
      relationships.push(...page.relationships);
      onProgress?.({ nodes: nodes.length, relationships: relationships.length });
    }
    return { nodes, relationships, schema };
  }

  /** The nodes within `depth` hops of `rootId` and the relationships between them; throws ExportRootNotFoundError. */
  async neighbourhood(rootId: string, depth: number): Promise<GraphData> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EXPORT_DEPTH) throw new RangeError(`depth must be 1-${MAX_EXPORT_DEPTH}`);
    const [row] = await this.executor.read(cypher('export/neighbourhood'), { rootId, depth });
    if (!row) throw new ExportRootNotFoundError(rootId);
    const schema = await this.propertySchema();
    const r = mapRow('export/neighbourhood', NEIGHBOURHOOD_ROW, row);
    const nodes = mapRows('export/neighbourhood', NODE_ROW, r.nodes as Row[]).map(toNode).sort((a, b) => a.id.localeCompare(b.id));
    return { nodes, relationships: mapRows('export/neighbourhood', RELATIONSHIP_ROW, r.relationships as Row[]).map(toRelationship), schema };
  }
}

const PROPERTY_TYPE_ROW = { element: col.oneOf(['node', 'relationship'] as const), key: col.string, types: col.stringList };
const NODE_ROW = { id: col.string, labels: col.stringList, properties: col.map };
const RELATIONSHIP_ROW = { type: col.string, source: col.string, target: col.string, properties: col.map };
const NEIGHBOURHOOD_ROW = { nodes: col.list, relationships: col.list };

function toNode(r: RowOf<typeof NODE_ROW>): ExportNode {
  return { id: r.id, labels: [...r.labels].sort(), properties: r.properties };
}

function toRelationship(r: RowOf<typeof RELATIONSHIP_ROW>): ExportRelationship {
  return { id: relationshipId(r.type, r.source, r.target, r.properties), type: r.type, source: r.source, target: r.target, properties: r.properties };
}
