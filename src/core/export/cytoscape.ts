import { displayLabel, GraphData, nodeType } from './graph-data';

/** A Cytoscape.js element definition (what `cytoscape({ elements })` and Cytoscape desktop's .cyjs import read). */
export interface CytoscapeElement {
  data: Record<string, unknown> & { id: string };
}

/** The document written by toCytoscape: Cytoscape.js "elements JSON", grouped by nodes and edges. */
export interface CytoscapeDocument {
  format_version: '1.0';
  generated_by: string;
  elements: { nodes: CytoscapeElement[]; edges: CytoscapeElement[] };
}

/**
 * The graph as Cytoscape.js JSON. Node data: `id`, `label` (short display name), `kind` (the node type:
 * Resolution, Instrument, Paragraph...), `labels` (all Neo4j labels) and every property; a property that
 * would clash with those names (an entity's own `kind`, e.g. CONVENTION) is kept as `category`. Edge data:
 * `id`, `source`, `target`, `relation` (the relationship type: CITES, PART_OF...) and every property; the
 * clause relation of a citation (GUIDED_BY, RECALLS...) is kept as `clauseRelation`.
 */
export function toCytoscape(graph: GraphData, generatedBy = 'unhr-graph'): CytoscapeDocument {
  const nodes = graph.nodes.map((n) => {
    const { kind, ...rest } = n.properties;
    const data: CytoscapeElement['data'] = { ...rest, id: n.id, label: displayLabel(n), kind: nodeType(n), labels: n.labels };
    if (kind !== undefined) data.category = kind;
    return { data };
  });
  const edges = graph.relationships.map((r) => {
    const { relation, ...rest } = r.properties;
    const data: CytoscapeElement['data'] = { ...rest, id: r.id, source: r.source, target: r.target, relation: r.type };
    if (relation !== undefined) data.clauseRelation = relation;
    return { data };
  });
  return { format_version: '1.0', generated_by: generatedBy, elements: { nodes, edges } };
}

/** toCytoscape as JSON text. */
export function writeCytoscape(graph: GraphData, generatedBy?: string): string {
  return JSON.stringify(toCytoscape(graph, generatedBy), null, 2) + '\n';
}
