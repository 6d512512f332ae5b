import { create } from 'xmlbuilder2';
import { displayLabel, GraphData, nodeType, PropertyType } from './graph-data';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const GRAPHML_XSD = 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

/** GraphML attr.type for a property type; lists and dates travel as strings (lists as JSON arrays). */
function graphmlType(t: PropertyType): 'string' | 'long' | 'double' | 'boolean' {
  if (t === 'int') return 'long';
  if (t === 'float') return 'double';
  if (t === 'boolean') return 'boolean';
  return 'string';
}

/** Characters XML 1.0 cannot carry at all, even escaped; they are dropped. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function text(value: unknown): string {
  const s = Array.isArray(value) ? JSON.stringify(value) : String(value);
  return s.replace(INVALID_XML, '');
}

interface KeyDef {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'long' | 'double' | 'boolean';
}

/**
 * The graph as GraphML 1.0, for Gephi, yEd and Cytoscape desktop: one directed <graph>, a <key> with
 * attr.name and attr.type for every attribute, nodes and edges keyed by their stable ids. Besides every
 * stored property, nodes carry `label` (display name), `type` (Resolution, Instrument, Paragraph...) and
 * `labels` (all Neo4j labels as ":A:B", as APOC writes them); edges carry `label` and `type` (the
 * relationship type). List properties are JSON array strings; dates are ISO 8601 strings. The node id is the
 * stable id itself (un:E/CN.4/RES/2003/48...), so it is not repeated as an `id` attribute.
 */
export function writeGraphml(graph: GraphData): string {
  const keys: KeyDef[] = [
    { id: 'n_label', for: 'node', name: 'label', type: 'string' },
    { id: 'n_type', for: 'node', name: 'type', type: 'string' },
    { id: 'n_labels', for: 'node', name: 'labels', type: 'string' },
    ...[...graph.schema.node]
      .filter(([name]) => !['id', 'label', 'type', 'labels'].includes(name))
      .map(([name, t]): KeyDef => ({ id: `n_${name}`, for: 'node', name, type: graphmlType(t) })),
    { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
    { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
    ...[...graph.schema.relationship]
      .filter(([name]) => !['label', 'type'].includes(name))
      .map(([name, t]): KeyDef => ({ id: `e_${name}`, for: 'edge', name, type: graphmlType(t) })),
  ];
  const nodeKeys = new Map(keys.filter((k) => k.for === 'node').map((k) => [k.name, k.id]));
  const edgeKeys = new Map(keys.filter((k) => k.for === 'edge').map((k) => [k.name, k.id]));

  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(GRAPHML_NS, 'graphml').att(XSI_NS, 'xsi:schemaLocation', GRAPHML_XSD);
  for (const k of keys) root.ele(GRAPHML_NS, 'key', { id: k.id, for: k.for, 'attr.name': k.name, 'attr.type': k.type });
  const g = root.ele(GRAPHML_NS, 'graph', { id: 'unhr-graph', edgedefault: 'directed' });

  for (const n of graph.nodes) {
    const el = g.ele(GRAPHML_NS, 'node', { id: text(n.id) });
    el.ele(GRAPHML_NS, 'data', { key: 'n_label' }).txt(text(displayLabel(n)));
    el.ele(GRAPHML_NS, 'data', { key: 'n_type' }).txt(nodeType(n));
    el.ele(GRAPHML_NS, 'data', { key: 'n_labels' }).txt(n.labels.map((l) => `:${l}`).join(''));
    for (const [name, value] of Object.entries(n.properties)) {
      const key = nodeKeys.get(name);
      if (key && value !== null && value !== undefined && name !== 'id') el.ele(GRAPHML_NS, 'data', { key }).txt(text(value));
    }
  }
  for (const r of graph.relationships) {
    const el = g.ele(GRAPHML_NS, 'edge', { id: text(r.id), source: text(r.source), target: text(r.target) });
    el.ele(GRAPHML_NS, 'data', { key: 'e_label' }).txt(r.type);
    el.ele(GRAPHML_NS, 'data', { key: 'e_type' }).txt(r.type);
    for (const [name, value] of Object.entries(r.properties)) {
      const key = edgeKeys.get(name);
      if (key && value !== null && value !== undefined) el.ele(GRAPHML_NS, 'data', { key }).txt(text(value));
    }
  }
  return doc.end({ prettyPrint: true }) + '\n';
}
