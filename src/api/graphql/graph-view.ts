/**
 * Pure mapping from stored records to the drawing view (nodes and edges with paragraphs collapsed) and to readable
 * path explanations. No driver here; unit-tested on plain records.
 */
import { DATE_PROPERTIES } from '../../core/model/explore';
import { ENTITY_TYPES, EntityType } from '../../core/model/vocabulary';
import { labelOf } from './resolvers/follow';
import { PathNodeRecord, PathRelRecord, StoredPathRecord, ViewEdgeRecord } from '../../graph/explore.repository';
import { NodeRecord } from '../../graph/read.repository';

/** A node of a drawing. */
export interface GraphNodeView {
  id: string;
  label: string;
  kind: EntityType;
  title: string | null;
  symbol: string | null;
  date: string | null;
  depth: number;
}

/** An edge of a drawing, in the direction it has in the graph. */
export interface GraphEdgeView {
  id: string;
  source: string;
  target: string;
  relation: string;
  paragraphId: string | null;
  paragraphLabel: string | null;
  quote: string | null;
  phrase: string | null;
}

/** A connection between two entities. */
export interface GraphPathView {
  length: number;
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  explanation: string;
}

/** The entity type a node is drawn as: Resolution before Document, as everywhere in the API. */
export function kindOf(node: NodeRecord): EntityType {
  const order: EntityType[] = ['Resolution', ...ENTITY_TYPES.filter((t) => t !== 'Resolution')];
  const kind = order.find((t) => node.labels.includes(t));
  if (!kind) throw new Error(`Node ${node.id} has no entity label`);
  return kind;
}

/** The date a node is placed at: adoption, the day (or year) of an event, or the establishment of a body. */
export function dateOf(node: NodeRecord): string | null {
  for (const key of DATE_PROPERTIES) {
    const v = node[key];
    if (typeof v === 'string' && v.length > 0) return v;
    if (typeof v === 'number') return String(v);
  }
  return null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

export function toGraphNode(node: NodeRecord, depth: number): GraphNodeView {
  return { id: node.id, label: labelOf(node), kind: kindOf(node), title: str(node.title), symbol: str(node.symbol), date: dateOf(node), depth };
}

/** "PP3" for `...#pp3`, "OP5" for `...#op5`: the paragraph's place as resolutions print it. */
export function paragraphLabelOf(paragraphId: string): string | null {
  const m = /#(pp|op)(\d+)$/.exec(paragraphId);
  return m ? `${m[1].toUpperCase()}${m[2]}` : null;
}

/** Stable, unique edge ids: `<paragraphId>/<citation key>` for citations, `<source>|<TYPE>|<target>` for links. */
export function edgeIdOf(e: { source: string; target: string; relation: string; paragraphId: string | null; key: string | null }): string {
  return e.paragraphId ? `${e.paragraphId}/${e.key ?? e.target}` : `${e.source}|${e.relation}|${e.target}`;
}

export function toGraphEdge(e: ViewEdgeRecord): GraphEdgeView {
  return {
    id: edgeIdOf(e),
    source: e.source,
    target: e.target,
    relation: e.relation,
    paragraphId: e.paragraphId,
    paragraphLabel: e.paragraphId ? paragraphLabelOf(e.paragraphId) : null,
    quote: e.quote,
    phrase: e.phrase,
  };
}

/** Edges in a stable order: by id. */
export function sortEdges(edges: GraphEdgeView[]): GraphEdgeView[] {
  return [...edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function isParagraph(n: PathNodeRecord): n is { id: string; kind: 'Paragraph'; resolution: NodeRecord | null } {
  return (n as { kind?: unknown }).kind === 'Paragraph' && !('labels' in n);
}

function citationEdge(resolutionId: string, paragraphId: string, cites: PathRelRecord): GraphEdgeView {
  const p = cites.props;
  return toGraphEdge({
    source: resolutionId,
    target: cites.target,
    relation: String(p.relation),
    paragraphId,
    key: str(p.key),
    quote: str(p.quote),
    phrase: str(p.phrase),
  });
}

/**
 * Turns a stored path into an entity path: `res -> paragraph -> x` becomes one edge res -> x, and `x <- paragraph -> y`
 * (two citations in one paragraph) becomes x <- res -> y with the paragraph's resolution put in between.
 * Returns null for a path that cannot be read that way (it should not happen with the stored model).
 */
export function collapsePath(path: StoredPathRecord): GraphPathView | null {
  const nodes: GraphNodeView[] = [];
  const edges: GraphEdgeView[] = [];
  const push = (n: NodeRecord) => nodes.push(toGraphNode(n, nodes.length));
  const [first] = path.nodes;
  if (!first || isParagraph(first)) return null;
  push(first);
  for (let i = 1; i < path.nodes.length; i++) {
    const node = path.nodes[i];
    const rel = path.rels[i - 1];
    if (!isParagraph(node)) {
      edges.push(toGraphEdge({ source: rel.source, target: rel.target, relation: rel.type, paragraphId: null, key: null, quote: null, phrase: null }));
      push(node);
      continue;
    }
    // A paragraph in the middle: look at the relationship that leaves it.
    const next = path.nodes[i + 1];
    const out = path.rels[i];
    if (!next || !out || isParagraph(next)) return null;
    if (rel.type === 'HAS_PARAGRAPH' && out.type === 'CITES') {
      edges.push(citationEdge(rel.source, node.id, out));
    } else if (rel.type === 'CITES' && out.type === 'HAS_PARAGRAPH') {
      edges.push(citationEdge(out.source, node.id, rel));
    } else if (rel.type === 'CITES' && out.type === 'CITES' && node.resolution) {
      edges.push(citationEdge(node.resolution.id, node.id, rel));
      push(node.resolution);
      edges.push(citationEdge(node.resolution.id, node.id, out));
    } else {
      return null;
    }
    push(next);
    i += 1;
  }
  return { length: edges.length, nodes, edges, explanation: explainPath(nodes, edges) };
}

/**
 * A sentence chain such as `E/CN.4/RES/2003/48 (PP4) BEARS_IN_MIND ILO -> PART_OF ...`: each hop names its relation
 * and paragraph; a hop walked against the graph's direction reads `X <- RELATION (OP5) Y` ("Y RELATION X").
 */
export function explainPath(nodes: GraphNodeView[], edges: GraphEdgeView[]): string {
  let text = nodes[0]?.label ?? '';
  edges.forEach((e, i) => {
    const here = nodes[i];
    const there = nodes[i + 1];
    const para = e.paragraphLabel ? `(${e.paragraphLabel})` : '';
    if (e.source === here.id) {
      text += `${i === 0 ? ' ' : ' -> '}${para ? `${para} ` : ''}${e.relation} ${there.label}`;
    } else {
      text += ` <- ${e.relation}${para ? ` ${para}` : ''} ${there.label}`;
    }
  });
  return text;
}

/** Collapses candidate paths, drops repeats and paths through an entity twice, and keeps the first `limit`, shortest first. */
export function selectPaths(paths: StoredPathRecord[], maxHops: number, limit: number): GraphPathView[] {
  const out: GraphPathView[] = [];
  const seen = new Set<string>();
  const collapsed = paths
    .map(collapsePath)
    .filter((p): p is GraphPathView => p !== null && p.length <= maxHops && new Set(p.nodes.map((n) => n.id)).size === p.nodes.length);
  collapsed.sort((a, b) => a.length - b.length || a.explanation.localeCompare(b.explanation) || key(a).localeCompare(key(b)));
  for (const p of collapsed) {
    const k = key(p);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
    if (out.length === limit) break;
  }
  return out;
}

const key = (p: GraphPathView) => p.edges.map((e) => e.id).join(' ');
