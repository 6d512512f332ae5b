import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypher } from '../../src/graph/cypher';
import { citedByCountMismatches, recountAllCitedBy } from '../../src/graph/cited-by-counts';
import { LoadRepository } from '../../src/graph/load.repository';
import { ingestText } from '../../src/services/ingest-service';
import { connectTestGraph, createTestServer, resetAndLoadDefault } from '../support/graph';
import { ROOT_DIR } from '../support/paths';

/**
 * The stored citedByCount is the `citedBy { totalCount }` of every entity, after loading the corpus and after every
 * kind of write that moves citations; the lists ordered by it are right, page cleanly and read the index in order.
 */
const FIXTURE = readFileSync(join(ROOT_DIR, 'test/fixtures/texts/ingest/ga-99-901.txt'), 'utf8');
const ILO_PARAGRAPH = 'Bearing in mind the principles and standards established within the framework of the International Labour Organization,\n\n';
const LISTS = ['instruments', 'bodies', 'documents', 'resolutions'] as const;

let graph: Awaited<ReturnType<typeof connectTestGraph>>;
let run: ReturnType<typeof createTestServer>['run'];
let load: LoadRepository;

beforeAll(async () => {
  graph = await connectTestGraph();
  await resetAndLoadDefault(graph);
  run = createTestServer(graph).run;
  load = new LoadRepository(graph.executor);
}, 300_000);
afterAll(async () => graph.driver.close());

/** Sum of the stored counts, read directly. */
async function storedTotal(): Promise<number> {
  const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
  try {
    const result = await session.run('MATCH (n:Entity) RETURN sum(n.citedByCount) AS total, count(n.citedByCount) AS counted, count(n) AS entities');
    const r = result.records[0];
    expect(r.get('counted').toNumber()).toBe(r.get('entities').toNumber());
    return r.get('total').toNumber();
  } finally {
    await session.close();
  }
}

/** Every page of a list ordered by CITED_BY_COUNT, with each entity's stored and computed count. */
async function wholeList(list: (typeof LISTS)[number], direction: 'ASC' | 'DESC', pageSize = 100) {
  const items: { id: string; citedByCount: number; computed: number }[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const { data, errors }: { data?: any; errors?: any[] } = await run(
      `query ($after: String, $first: Int, $direction: SortDirection!) {
        list: ${list}(first: $first, after: $after, orderBy: {field: CITED_BY_COUNT, direction: $direction}) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { id citedByCount citedBy(first: 0) { totalCount } }
        }
      }`,
      { after, first: pageSize, direction },
    );
    expect(errors).toBeUndefined();
    totalCount = data.list.totalCount;
    items.push(...data.list.nodes.map((n: any) => ({ id: n.id, citedByCount: n.citedByCount, computed: n.citedBy.totalCount })));
    if (!data.list.pageInfo.hasNextPage) break;
    after = data.list.pageInfo.endCursor;
  }
  return { totalCount, items };
}

function expectOrdered(items: { id: string; citedByCount: number }[], direction: 'ASC' | 'DESC') {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1], items[i]];
    const sign = direction === 'DESC' ? a.citedByCount - b.citedByCount : b.citedByCount - a.citedByCount;
    expect(sign > 0 || (sign === 0 && a.id < b.id)).toBe(true);
  }
}

describe('citedByCount on the default graph (seed, catalogue, corpus)', () => {
  it('is stored on every entity and equals a fresh count', async () => {
    expect(await citedByCountMismatches(graph.executor)).toEqual([]);
    expect(await storedTotal()).toBeGreaterThan(20_000);
  });

  it.each(LISTS)('%s ordered by CITED_BY_COUNT: every page in order, no entity twice or missing, each count equal to citedBy.totalCount', async (list) => {
    const desc = await wholeList(list, 'DESC');
    expect(desc.items.length).toBe(desc.totalCount);
    expect(new Set(desc.items.map((i) => i.id)).size).toBe(desc.totalCount);
    expectOrdered(desc.items, 'DESC');
    for (const item of desc.items) expect(item.citedByCount).toBe(item.computed);
    expect(desc.items[0].citedByCount).toBeGreaterThan(0);

    const asc = await wholeList(list, 'ASC', 97);
    expectOrdered(asc.items, 'ASC');
    expect(asc.items.map((i) => i.id).sort()).toEqual(desc.items.map((i) => i.id).sort());
  }, 120_000);

  it.each(['resolutions', 'documents'])('lists %s with their symbol where they have one, and null where they have none', async (list) => {
    // Newest first puts the undated, cited-only resolutions of other bodies (e.g. resolution:ccpcj:25/2) first, and
    // advisory opinions have no symbol at all: the lists answered INTERNAL_SERVER_ERROR while symbol was non-null.
    const nodes: { id: string; symbol: string | null }[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: { data?: any; errors?: any[] } = await run(`query ($after: String) { list: ${list}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id symbol } } }`, { after });
      expect(errors).toBeUndefined();
      nodes.push(...data.list.nodes);
      if (!data.list.pageInfo.hasNextPage) break;
      after = data.list.pageInfo.endCursor;
    }
    for (const n of nodes) expect(n.symbol).toBe(n.id.startsWith('un:') ? n.id.slice(3) : null);
    expect(nodes.some((n) => n.symbol === null)).toBe(true);
  });

  it('puts the Charter and the 2030 Agenda among the most cited instruments, as their citations say', async () => {
    const { data } = await run('{ instruments(first: 5, orderBy: {field: CITED_BY_COUNT, direction: DESC}) { nodes { id citedByCount } } }');
    const ids = data.instruments.nodes.map((n: any) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['instrument:un-charter', 'instrument:2030-agenda']));
  });

  it('keeps the filters of a list: curated bodies only, and kinds', async () => {
    const { data, errors } = await run(`{
      curated: bodies(first: 100, curated: true, orderBy: {field: CITED_BY_COUNT, direction: DESC}) { totalCount nodes { curated citedByCount } }
      all: bodies(first: 0, curated: true) { totalCount }
      treaties: instruments(first: 100, kinds: [COVENANT], orderBy: {field: CITED_BY_COUNT, direction: DESC}) { totalCount nodes { kind } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.curated.totalCount).toBe(data.all.totalCount);
    expect(data.curated.nodes.every((n: any) => n.curated)).toBe(true);
    expect(data.treaties.nodes.every((n: any) => n.kind === 'COVENANT')).toBe(true);
    expect(data.treaties.nodes.length).toBe(data.treaties.totalCount);
  });

  it('answers "the 20 most cited instruments" with one index-ordered read, not a sort of every instrument', async () => {
    const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    try {
      const params = { kinds: null, curated: null, adoptedBy: null, from: null, to: null, cites: null, excludeResolutions: true, descending: true, skip: 0, limit: 20, props: { entity: ['title', 'citedByCount'] } };
      const result = await session.run(`PROFILE ${cypher('entity/most-cited/instrument').text}`, params);
      const operators: { op: string; rows: number }[] = [];
      const visit = (plan: any) => {
        operators.push({ op: `${plan.operatorType} ${String(plan.arguments.Details ?? '')}`, rows: Number(plan.rows) });
        plan.children.forEach(visit);
      };
      visit(result.summary.profile);
      const seeks = operators.filter((o) => /^NodeIndexSeekByRange.*Instrument\(citedByCount\)/.test(o.op));
      expect(seeks.length).toBeGreaterThan(0);
      // The index hands over the instruments in order: a few rows past the page (ties), not all of them.
      expect(Math.max(...seeks.map((s) => s.rows))).toBeLessThan(60);
      expect(operators.filter((o) => /^(Sort|Top)@/.test(o.op))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('citedByCount after writes that move citations', () => {
  it('follows an ingest, and a re-ingest whose corrected text drops a citation', async () => {
    const start = await storedTotal();
    const first = await ingestText(FIXTURE, { load, read: graph.repo });
    expect(await citedByCountMismatches(graph.executor)).toEqual([]);
    expect(await storedTotal()).toBe(start + first.citationCount);
    const ilo = async () => (await run('{ body(abbreviation: "ILO") { citedByCount citedBy(first: 0) { totalCount } } }')).data.body;
    const before = await ilo();

    await ingestText(FIXTURE.replace(ILO_PARAGRAPH, ''), { load, read: graph.repo });

    expect(await citedByCountMismatches(graph.executor)).toEqual([]);
    expect(await storedTotal()).toBe(start + first.citationCount - 1);
    const after = await ilo();
    expect(after.citedByCount).toBe(before.citedByCount - 1);
    expect(after.citedByCount).toBe(after.citedBy.totalCount);
  });

  it('follows the removal of resolutions', async () => {
    await load.removeResolutions(['un:A/RES/99/901', 'un:A/RES/78/2']);
    expect(await citedByCountMismatches(graph.executor)).toEqual([]);
  });

  it('is rebuilt whole by the recount (npm run graph:recount) after a change made by hand', async () => {
    const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    try {
      await session.run("MATCH (n:Entity) WHERE n.id IN ['instrument:udhr', 'body:ilo'] SET n.citedByCount = 1000000");
      await session.run("MATCH (n:Entity {id: 'instrument:un-charter'}) REMOVE n.citedByCount");
    } finally {
      await session.close();
    }
    expect((await citedByCountMismatches(graph.executor)).map((m) => m.id).sort()).toEqual(['body:ilo', 'instrument:udhr', 'instrument:un-charter']);
    const { entities } = await recountAllCitedBy(graph.executor);
    expect(entities).toBeGreaterThan(5_000);
    expect(await citedByCountMismatches(graph.executor)).toEqual([]);
  });
});
