import { unprojectNode } from './projection';
import { FULL_PROJECTION, PlanProjection } from './planned-read';
import { cypher } from './cypher';
import { GraphExecutor, Row } from './executor';

/** A node as the read queries return it: its properties plus its labels. */
export interface NodeRecord {
  id: string;
  labels: string[];
  [property: string]: unknown;
}

/** A paragraph's properties plus the id of its resolution. */
export interface ParagraphRecord {
  id: string;
  resolutionId: string;
  kind: string;
  order: number;
  text: string;
  [property: string]: unknown;
}

/** A citation's provenance plus the ids at both of its ends. */
export interface CitationRecord {
  key: string;
  relation: string;
  phrase: string;
  quote: string;
  start: number;
  end: number;
  role: string;
  paragraphId: string;
  resolutionId: string;
  targetId: string;
}

export interface Page<T> {
  totalCount: number;
  page: T[];
}

export interface LinkedNode {
  node: NodeRecord;
  link: Record<string, unknown>;
}

export interface CitedEntityRecord {
  node: NodeRecord;
  citations: CitationRecord[];
}

export interface CitedByArgs {
  relations: string[] | null;
  roles: string[] | null;
  resolutionId: string | null;
  /** Only citations from resolutions adopted by the body with this id. */
  adoptedBy: string | null;
  /** Only citations from resolutions adopted on or after / on or before these ISO dates. */
  adoptedFrom: string | null;
  adoptedTo: string | null;
  orderField: 'DATE' | 'SYMBOL';
  descending: boolean;
  skip: number;
  limit: number;
}

export interface ListArgs {
  type: string;
  kinds: string[] | null;
  curated: boolean | null;
  adoptedBy: string | null;
  from: string | null;
  to: string | null;
  cites: string | null;
  excludeResolutions: boolean;
  orderField: 'TITLE' | 'DATE' | 'SYMBOL' | 'CITED_BY_COUNT';
  descending: boolean;
  skip: number;
  limit: number;
}

/** The lists that can be ordered by the stored citedByCount, each an index-ordered read of its own label's index. */
const MOST_CITED = {
  Instrument: 'entity/most-cited/instrument',
  Body: 'entity/most-cited/body',
  Document: 'entity/most-cited/document',
  Resolution: 'entity/most-cited/resolution',
  Event: 'entity/most-cited/event',
} as const;

/** A full-text hit: the id of what matched and its score; the record itself is read by id, for the page only. */
export interface SearchRow {
  id: string;
  score: number;
  /** Which index matched: an entity's title, or a paragraph's text. */
  field: 'title' | 'text';
  /** The entity (a NodeRecord) or the paragraph (a ParagraphRecord) that matched. */
  record: Record<string, unknown>;
}

/**
 * Every read of the graph. Each method is one round trip for a whole batch of ids,
 * which is what keeps nested GraphQL selections free of N+1 queries.
 */
export class ReadRepository {
  constructor(readonly executor: GraphExecutor) {}

  async byIds(ids: readonly string[]): Promise<Map<string, NodeRecord>> {
    const rows = await this.executor.read(cypher('entity/by-ids'), { ids: [...ids] });
    return new Map(rows.map((r) => [(r.node as NodeRecord).id, r.node as NodeRecord]));
  }

  async bySymbols(symbols: readonly string[]): Promise<Map<string, NodeRecord>> {
    const rows = await this.executor.read(cypher('entity/by-symbols'), { symbols: [...symbols] });
    return new Map(rows.map((r) => [(r.node as NodeRecord).symbol as string, r.node as NodeRecord]));
  }

  /** Entities by an external identifier (Wikidata item, UN Treaty Collection reference, UN Treaty Series volume/number), keyed by the value asked for. */
  async byExternalIds(scheme: 'WIKIDATA' | 'TREATY_COLLECTION', values: readonly string[]): Promise<Map<string, NodeRecord[]>>;
  async byExternalIds(scheme: 'TREATY_SERIES', refs: readonly { value: string; volume: number; number: number }[]): Promise<Map<string, NodeRecord[]>>;
  async byExternalIds(scheme: string, values: readonly unknown[]): Promise<Map<string, NodeRecord[]>> {
    const rows =
      scheme === 'TREATY_SERIES'
        ? await this.executor.read(cypher('entity/by-treaty-series'), { refs: [...values] })
        : await this.executor.read(cypher(scheme === 'WIKIDATA' ? 'entity/by-wikidata' : 'entity/by-treaty-collection'), { values: [...values] });
    return groupBy(rows, 'value', (r) => r.node as NodeRecord);
  }

  async byAbbreviations(abbreviations: readonly string[]): Promise<Map<string, NodeRecord[]>> {
    const rows = await this.executor.read(cypher('entity/by-abbreviations'), { abbreviations: [...abbreviations] });
    return groupBy(rows, 'abbreviation', (r) => r.node as NodeRecord);
  }

  /** Neighbours over one relationship type; `direction` says which end the given ids are. */
  async links(ids: readonly string[], type: string, direction: 'OUT' | 'IN'): Promise<Map<string, LinkedNode[]>> {
    const rows = await this.executor.read(cypher(direction === 'OUT' ? 'entity/links-out' : 'entity/links-in'), { ids: [...ids], type });
    return groupBy(rows, 'id', (r) => ({ node: r.node as NodeRecord, link: (r.link ?? {}) as Record<string, unknown> }));
  }

  /** One page of a list; with `properties`, its nodes hold only those (and id and labels): see src/graph/projection.ts. */
  async list(args: ListArgs, properties: readonly string[] | null = null): Promise<Page<NodeRecord>> {
    const byCount = args.orderField === 'CITED_BY_COUNT' ? MOST_CITED[args.type as keyof typeof MOST_CITED] : undefined;
    if (args.orderField === 'CITED_BY_COUNT' && !byCount) throw new Error(`no list of ${args.type} ordered by citedByCount`);
    const [row] = await this.executor.read(cypher(byCount ?? (args.cites !== null ? 'entity/list-citing' : 'entity/list')), { ...args, props: { entity: properties } });
    const page = (row?.page as NodeRecord[]) ?? [];
    return { totalCount: (row?.totalCount as number) ?? 0, page: properties ? page.map((n) => unprojectNode(n, properties) as NodeRecord) : page };
  }

  async citedBy(ids: readonly string[], args: CitedByArgs): Promise<Map<string, Page<CitationRecord>>> {
    const rows = await this.executor.read(cypher('entity/cited-by'), { ids: [...ids], ...args });
    return new Map(rows.map((r) => [r.id as string, { totalCount: r.totalCount as number, page: r.page as CitationRecord[] }]));
  }

  async citedEntities(resolutionIds: readonly string[], relations: string[] | null, types: string[] | null): Promise<Map<string, CitedEntityRecord[]>> {
    const rows = await this.executor.read(cypher('resolution/cited-entities'), { ids: [...resolutionIds], relations, types });
    return groupBy(rows, 'id', (r) => ({ node: r.node as NodeRecord, citations: r.citations as CitationRecord[] }));
  }

  async paragraphsOf(resolutionIds: readonly string[], kind: string | null): Promise<Map<string, ParagraphRecord[]>> {
    const rows = await this.executor.read(cypher('resolution/paragraphs'), { ids: [...resolutionIds], kind });
    return groupBy(rows, 'id', (r) => ({ ...(r.paragraph as ParagraphRecord), resolutionId: r.id as string }));
  }

  async paragraphsByIds(ids: readonly string[]): Promise<Map<string, ParagraphRecord>> {
    const rows = await this.executor.read(cypher('paragraph/by-ids'), { ids: [...ids] });
    return new Map(rows.map((r) => [(r.paragraph as ParagraphRecord).id, r.paragraph as ParagraphRecord]));
  }

  async citationsOf(paragraphIds: readonly string[]): Promise<Map<string, { citation: CitationRecord; node: NodeRecord }[]>> {
    const rows = await this.executor.read(cypher('paragraph/citations'), { ids: [...paragraphIds] });
    return groupBy(rows, 'id', (r) => ({ citation: r.citation as CitationRecord, node: r.node as NodeRecord }));
  }

  /**
   * Full-text hits over entity titles (only `types`, null for any) and, with `paragraphs`, paragraph texts: up to
   * `limit` of each ranked by score and counted in Neo4j, and one page of them with their records (an entity's or a
   * paragraph's, with the properties `projection` names, null for all: see src/graph/projection.ts).
   */
  async search(
    query: string,
    types: string[] | null,
    paragraphs: boolean,
    limit: number,
    skip: number,
    pageSize: number,
    projection: Pick<PlanProjection, 'entity' | 'paragraph'> = FULL_PROJECTION,
  ): Promise<Page<SearchRow>> {
    const [row] = await this.executor.read(cypher('search/ranked'), { query, types, paragraphs, limit, skip, pageSize, props: projection });
    const page = ((row?.page as (SearchRow & { record: Record<string, unknown> })[]) ?? []).map((h) => {
      const names = h.field === 'title' ? projection.entity : projection.paragraph;
      return { ...h, record: names ? unprojectNode(h.record, names) : h.record };
    });
    return { totalCount: (row?.totalCount as number) ?? 0, page };
  }

  /** True when the database answers a trivial query. */
  async ping(): Promise<boolean> {
    const rows = await this.executor.read(cypher('health/ping'));
    return rows.length === 1;
  }
}

function groupBy<T>(rows: Row[], key: string, map: (r: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = r[key] as string;
    const list = out.get(k) ?? [];
    list.push(map(r));
    out.set(k, list);
  }
  return out;
}
