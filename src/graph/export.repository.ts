import { AppError } from '../core/errors';
import { ExportNode, ExportRelationship, GraphData, PropertySchema, propertyTypeOf, relationshipId } from '../core/export/graph-data';
import { cypher } from './cypher';
import { GraphExecutor, Row } from './executor';

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
    const rows = await this.executor.read(cypher('export/property-types'));
    const schema: PropertySchema = { node: new Map(), relationship: new Map() };
    // One row per element and key (the query groups them); sorted so columns and keys come out in a stable order.
    for (const r of [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)))) {
      (r.element === 'node' ? schema.node : schema.relationship).set(r.key as string, propertyTypeOf(r.types as string[]));
    }
    return schema;
  }

  /** Yields the whole graph one page of nodes (with their outgoing relationships) at a time. */
  async *pages(pageSize = DEFAULT_EXPORT_PAGE_SIZE): AsyncGenerator<{ nodes: ExportNode[]; relationships: ExportRelationship[] }> {
    let after = '';
    for (;;) {
      const rows = await this.executor.read(cypher('export/nodes-page'), { after, limit: pageSize });
      if (rows.length === 0) return;
      const nodes = rows.map(toNode);
      const relRows = await this.executor.read(cypher('export/relationships-from'), { ids: nodes.map((n) => n.id) });
      yield { nodes, relationships: relRows.map(toRelationship) };
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
    const nodes = (row.nodes as Row[]).map(toNode).sort((a, b) => a.id.localeCompare(b.id));
    return { nodes, relationships: (row.relationships as Row[]).map(toRelationship), schema };
  }
}

function toNode(r: Row): ExportNode {
  return { id: r.id as string, labels: [...(r.labels as string[])].sort(), properties: r.properties as Record<string, unknown> };
}

function toRelationship(r: Row): ExportRelationship {
  const properties = r.properties as Record<string, unknown>;
  const [type, source, target] = [r.type as string, r.source as string, r.target as string];
  return { id: relationshipId(type, source, target, properties), type, source, target, properties };
}
