import { ENTITY_TYPES, LinkType } from '../core/model/vocabulary';
import { cypher } from './cypher';
import { GraphExecutor } from './executor';
import { NodeRecord, Page } from './read.repository';
import { col, mapRow } from './rows';

/** An entity of a drawing, with its distance from the root. */
export interface ViewNodeRecord {
  node: NodeRecord;
  depth: number;
}

/** An edge as the explore queries return it: a collapsed citation (with paragraph and key) or a catalogue link. */
export interface ViewEdgeRecord {
  source: string;
  target: string;
  relation: string;
  paragraphId: string | null;
  key: string | null;
  quote: string | null;
  phrase: string | null;
}

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  /** Clause relations whose citations are walked; null walks all. */
  citationRelations: string[] | null;
  /** Link types walked (they become a list parameter, checked by the query with `type(l) IN $linkTypes`). */
  linkTypes: LinkType[];
  /** Entity types that may be reached; null reaches all. */
  kinds: string[] | null;
  limit: number;
}

export interface NeighbourhoodRecord {
  nodes: ViewNodeRecord[];
  edges: ViewEdgeRecord[];
  truncated: boolean;
}

/** A node of a stored path: an entity, or a paragraph with its resolution. */
export type PathNodeRecord = NodeRecord | { id: string; kind: 'Paragraph'; resolution: NodeRecord | null };

/** A relationship of a stored path, in the direction it is stored. */
export interface PathRelRecord {
  /** HAS_PARAGRAPH, CITES or a LinkType: what explore/paths walks (src/graph/cypher-template.ts). */
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

export interface StoredPathRecord {
  hops: number;
  nodes: PathNodeRecord[];
  rels: PathRelRecord[];
}

export interface PathsRecord {
  fromFound: boolean;
  toFound: boolean;
  paths: StoredPathRecord[];
}

export interface TimelineArgs {
  from: string | null;
  to: string | null;
  kinds: string[] | null;
  skip: number;
  limit: number;
}

export interface TimelineRow {
  date: string;
  kind: string;
  node: NodeRecord;
}

/**
 * The most neighbours of one node that `neighbourhood` reads before choosing the first by id: beyond it, a hub's drawn
 * neighbours are a stable but arbitrary selection. It bounds the cost of a hop by the frontier, not by the hubs' degree.
 */
export const NEIGHBOUR_SCAN_CAP = 5000;

const NEIGHBOURHOOD_ROW = { nodes: col.list, edges: col.list, truncated: col.boolean };
const PATHS_ROW = { fromFound: col.boolean, toFound: col.boolean, paths: col.list };
const TIMELINE_ROW = { totalCount: col.number, page: col.list };

/** The reads behind neighbourhood, paths and timeline: each is one statement, so one round trip per root field. */
export class ExploreRepository {
  constructor(private readonly executor: GraphExecutor) {}

  /** The bounded neighbourhood of an entity, or null when no entity has that id. */
  async neighbourhood(args: NeighbourhoodArgs): Promise<NeighbourhoodRecord | null> {
    const [row] = await this.executor.read(cypher('explore/neighbourhood'), { ...args, entityTypes: [...ENTITY_TYPES], scanCap: NEIGHBOUR_SCAN_CAP });
    if (!row) return null;
    const r = mapRow('explore/neighbourhood', NEIGHBOURHOOD_ROW, row);
    return { nodes: r.nodes as ViewNodeRecord[], edges: r.edges as ViewEdgeRecord[], truncated: r.truncated };
  }

  /** Candidate shortest paths between two entities, shortest in entity hops first, with whether both ends exist. */
  async paths(from: string, to: string, maxHops: number): Promise<PathsRecord> {
    const [row] = await this.executor.read(cypher('explore/paths'), { from, to, maxHops });
    const r = mapRow('explore/paths', PATHS_ROW, row);
    return { fromFound: r.fromFound, toFound: r.toFound, paths: r.paths as StoredPathRecord[] };
  }

  /** One page of dated entries, oldest first, with the total. */
  async timeline(args: TimelineArgs): Promise<Page<TimelineRow>> {
    const [row] = await this.executor.read(cypher('explore/timeline'), { ...args });
    if (!row) return { totalCount: 0, page: [] };
    const r = mapRow('explore/timeline', TIMELINE_ROW, row);
    return { totalCount: r.totalCount, page: r.page as TimelineRow[] };
  }
}
