import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LoadRepository } from '../../src/graph/load.repository';
import { ResolutionWrite } from '../../src/core/model/graph-write';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { connectTestGraph, createTestServer, DATA_DIR, resetAndLoad } from '../support/graph';

const SEED = 'un:E/CN.4/RES/2003/48';
type Run = ReturnType<typeof createTestServer>['run'];

async function expectUserError(run: Run, query: string, code: string, message: RegExp) {
  const { data, errors } = await run(query);
  expect(errors).toHaveLength(1);
  expect(errors![0].extensions.code).toBe(code);
  expect(errors![0].message).toMatch(message);
  expect(JSON.stringify(errors)).not.toMatch(/MATCH|CALL \(|stacktrace|at .*\.ts/);
  return data;
}

/** Every edge joins two returned nodes, and ids are unique. */
function expectClosedDrawing(view: { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] }) {
  const ids = new Set(view.nodes.map((n) => n.id));
  expect(ids.size).toBe(view.nodes.length);
  expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
  for (const e of view.edges) {
    expect(ids.has(e.source)).toBe(true);
    expect(ids.has(e.target)).toBe(true);
  }
}

describe('exploration queries (neighbourhood, paths, timeline) against a real Neo4j', () => {
  let graph: GraphRuntime & { roundTrips: { count: number; names: string[] } };
  let run: Run;

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    run = createTestServer(graph).run;
  });
  afterAll(async () => graph.driver.close());

  describe('neighbourhood', () => {
    const VIEW = 'rootId truncated limit nodes { id label kind title symbol date depth } edges { id source target relation paragraphId paragraphLabel quote phrase }';

    it('draws what surrounds the Migrant Workers Convention in one round trip: links and collapsed citations with provenance', async () => {
      graph.roundTrips.count = 0;
      const { data, errors } = await run(`{ neighbourhood(id: "instrument:icmw") { ${VIEW} } }`);
      expect(errors).toBeUndefined();
      expect(graph.roundTrips.count).toBe(1);
      const view = data.neighbourhood;
      expect(view).toMatchObject({ rootId: 'instrument:icmw', truncated: false, limit: 100 });
      expect(view.nodes[0]).toEqual({
        id: 'instrument:icmw',
        label: 'ICMW',
        kind: 'Instrument',
        title: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
        symbol: null,
        date: '1990-12-18',
        depth: 0,
      });
      expect(view.nodes.slice(1).every((n: any) => n.depth === 1)).toBe(true);
      const ids = view.nodes.map((n: any) => n.id);
      expect(ids).toEqual(expect.arrayContaining(['body:cmw', SEED, 'un:A/RES/45/158', 'instrument:icmw:article-72']));
      // Within a hop, a stable order: by id.
      expect(ids.slice(1)).toEqual([...ids.slice(1)].sort());
      expectClosedDrawing(view);

      const monitored = view.edges.find((e: any) => e.relation === 'MONITORED_BY');
      expect(monitored).toEqual({
        id: 'instrument:icmw|MONITORED_BY|body:cmw',
        source: 'instrument:icmw',
        target: 'body:cmw',
        relation: 'MONITORED_BY',
        paragraphId: null,
        paragraphLabel: null,
        quote: null,
        phrase: null,
      });
      // A citation is one edge from the resolution (never from the paragraph), pointing the way the graph does.
      const cited = view.edges.filter((e: any) => e.source === SEED && e.target === 'instrument:icmw' && e.paragraphId !== null);
      expect(cited.length).toBeGreaterThanOrEqual(2);
      for (const e of cited) {
        expect(e.paragraphId.startsWith(`${SEED}#`)).toBe(true);
        expect(e.id.startsWith(`${e.paragraphId}/`)).toBe(true);
        expect(e.paragraphLabel).toMatch(/^(PP|OP)\d+$/);
        expect(e.quote.length).toBeGreaterThan(0);
      }
      // Beside its citations, the resolution is linked to the Convention as what it is ABOUT; and edges between two
      // neighbours are drawn too: the CMW is established by article 72.
      expect(view.edges.map((e: any) => e.id)).toEqual(
        expect.arrayContaining([`${SEED}|ABOUT|instrument:icmw`, 'body:cmw|ESTABLISHED_BY|instrument:icmw:article-72']),
      );
    });

    it('walks only the relations and reaches only the kinds asked for', async () => {
      const { data } = await run(`{
        monitoring: neighbourhood(id: "instrument:icmw", relations: [MONITORED_BY]) { nodes { id depth } edges { id } truncated }
        bodies: neighbourhood(id: "${SEED}", kinds: [Body]) { nodes { kind } edges { relation source } }
        recalls: neighbourhood(id: "${SEED}", relations: [RECALLS]) { edges { relation source paragraphLabel } }
      }`);
      expect(data.monitoring).toEqual({
        nodes: [{ id: 'instrument:icmw', depth: 0 }, { id: 'body:cmw', depth: 1 }],
        edges: [{ id: 'instrument:icmw|MONITORED_BY|body:cmw' }],
        truncated: false,
      });
      expect(data.bodies.nodes[0].kind).toBe('Resolution');
      expect(data.bodies.nodes.slice(1).map((n: any) => n.kind)).toEqual(expect.arrayContaining(['Body']));
      expect(data.bodies.nodes.slice(1).every((n: any) => n.kind === 'Body')).toBe(true);
      expect(data.bodies.nodes.length).toBeGreaterThan(3);
      expect(data.recalls.edges.length).toBeGreaterThan(0);
      expect(data.recalls.edges.every((e: any) => e.relation === 'RECALLS' && e.source === SEED)).toBe(true);
    });

    it('puts the nearest nodes first and cuts at the limit with truncated: true', async () => {
      const wide = (await run(`{ neighbourhood(id: "${SEED}", depth: 2, limit: 500) { truncated nodes { id depth } } }`)).data.neighbourhood;
      expect(wide.truncated).toBe(false);
      const depths = wide.nodes.map((n: any) => n.depth);
      expect(depths).toEqual([...depths].sort((a: number, b: number) => a - b));
      expect(depths).toContain(2);
      const cut = (await run(`{ neighbourhood(id: "${SEED}", depth: 2, limit: 10) { truncated limit nodes { id depth } edges { id source target } } }`)).data.neighbourhood;
      expect(cut.truncated).toBe(true);
      expect(cut.limit).toBe(10);
      expect(cut.nodes).toEqual(wide.nodes.slice(0, 10));
      expectClosedDrawing(cut);
      // Exactly full is not truncated.
      const exact = (await run(`{ neighbourhood(id: "${SEED}", depth: 2, limit: ${wide.nodes.length}) { truncated nodes { id } } }`)).data.neighbourhood;
      expect(exact.truncated).toBe(false);
      expect(exact.nodes).toHaveLength(wide.nodes.length);
    });

    it('refuses depths and limits out of range, and says how to find ids when the id is unknown', async () => {
      await expectUserError(run, `{ neighbourhood(id: "${SEED}", depth: 4) { rootId } }`, 'BAD_USER_INPUT', /"depth" must be between 1 and 3; got 4/);
      await expectUserError(run, `{ neighbourhood(id: "${SEED}", depth: 0) { rootId } }`, 'BAD_USER_INPUT', /"depth" must be between 1 and 3/);
      await expectUserError(run, `{ neighbourhood(id: "${SEED}", limit: 501) { rootId } }`, 'BAD_USER_INPUT', /"limit" must be between 1 and 500; got 501/);
      await expectUserError(run, `{ neighbourhood(id: "${SEED}", limit: 0) { rootId } }`, 'BAD_USER_INPUT', /"limit" must be between 1 and 500/);
      await expectUserError(run, '{ neighbourhood(id: "instrument:nothing") { rootId } }', 'NOT_FOUND', /No entity has the id "instrument:nothing".*search\(text:.*bySymbol\(symbol:/);
    });
  });

  describe('paths', () => {
    const PATH = 'length explanation nodes { id label depth } edges { id source target relation paragraphId paragraphLabel quote }';

    it('answers "how is E/CN.4/RES/2003/48 connected to the ILO?" with the paragraph that bears it in mind', async () => {
      const bodies = JSON.parse(readFileSync(join(DATA_DIR, 'catalogue', 'bodies.json'), 'utf8')) as { id: string; abbreviation?: string }[];
      const ilo = bodies.find((b) => b.abbreviation === 'ILO')!.id;
      graph.roundTrips.count = 0;
      const { data, errors } = await run(`{ paths(from: "${SEED}", to: "${ilo}") { ${PATH} } }`);
      expect(errors).toBeUndefined();
      expect(graph.roundTrips.count).toBe(1);
      expect(data.paths[0]).toEqual({
        length: 1,
        explanation: 'E/CN.4/RES/2003/48 (PP4) BEARS_IN_MIND ILO',
        nodes: [
          { id: SEED, label: 'E/CN.4/RES/2003/48', depth: 0 },
          { id: ilo, label: 'ILO', depth: 1 },
        ],
        edges: [
          {
            id: expect.stringMatching(new RegExp(`^${SEED.replace(/[./]/g, '\\$&')}#pp4/`)),
            source: SEED,
            target: ilo,
            relation: 'BEARS_IN_MIND',
            paragraphId: `${SEED}#pp4`,
            paragraphLabel: 'PP4',
            quote: 'International Labour Organization',
          },
        ],
      });
      const lengths = data.paths.map((p: any) => p.length);
      expect(lengths).toEqual([...lengths].sort((a: number, b: number) => a - b));
    });

    it('walks links against their direction, keeps their direction in the edges and says so in the explanation', async () => {
      const { data } = await run(`{ paths(from: "${SEED}", to: "body:ilc", maxHops: 2) { ${PATH} } }`);
      const viaIlo = data.paths.find((p: any) => p.nodes.map((n: any) => n.id).join(' ') === `${SEED} body:ilo body:ilc`);
      expect(viaIlo.length).toBe(2);
      expect(viaIlo.edges[1]).toMatchObject({ id: 'body:ilc|PART_OF|body:ilo', source: 'body:ilc', target: 'body:ilo', relation: 'PART_OF', paragraphId: null });
      expect(viaIlo.explanation).toBe('E/CN.4/RES/2003/48 (PP4) BEARS_IN_MIND ILO <- PART_OF International Labour Conference');
      const back = (await run(`{ paths(from: "body:ilo", to: "${SEED}", limit: 1) { ${PATH} } }`)).data.paths[0];
      expect(back.explanation).toBe('ILO <- BEARS_IN_MIND (PP4) E/CN.4/RES/2003/48');
      expect(back.edges[0]).toMatchObject({ source: SEED, target: 'body:ilo', paragraphId: `${SEED}#pp4` });
      expect(back.nodes.map((n: any) => n.id)).toEqual(['body:ilo', SEED]);
      const none = await run(`{ paths(from: "${SEED}", to: "body:ilc", maxHops: 1) { length } }`);
      expect(none).toEqual({ data: { paths: [] } });
    });

    it('puts the citing resolution back between two things one paragraph cites together', async () => {
      const { data } = await run(`{ paths(from: "instrument:iccpr", to: "instrument:icescr", maxHops: 2, limit: 10) { ${PATH} } }`);
      expect(data.paths.length).toBeGreaterThanOrEqual(2);
      expect(data.paths.every((p: any) => p.length === 2 && p.nodes.length === 3)).toBe(true);
      const throughSeed = data.paths.filter((p: any) => p.nodes[1].id === SEED);
      expect(throughSeed.length).toBeGreaterThanOrEqual(1);
      for (const p of throughSeed) {
        expect(p.edges.map((e: any) => [e.source, e.target])).toEqual([
          [SEED, 'instrument:iccpr'],
          [SEED, 'instrument:icescr'],
        ]);
        expect(p.explanation).toMatch(/^ICCPR <- GUIDED_BY \(PP3\) E\/CN\.4\/RES\/2003\/48 -> \(PP3\) GUIDED_BY ICESCR$/);
      }
      expect(data.paths.some((p: any) => p.nodes[1].id === 'un:A/RES/2200(XXI)')).toBe(true);
      expect(new Set(data.paths.map((p: any) => p.edges.map((e: any) => e.id).join(' '))).size).toBe(data.paths.length);
    });

    it('refuses the same id twice and numbers out of range, and reports unknown ids', async () => {
      await expectUserError(run, `{ paths(from: "${SEED}", to: "${SEED}") { length } }`, 'BAD_USER_INPUT', /same entity/);
      await expectUserError(run, `{ paths(from: "${SEED}", to: "body:ilo", maxHops: 7) { length } }`, 'BAD_USER_INPUT', /"maxHops" must be between 1 and 6/);
      await expectUserError(run, `{ paths(from: "${SEED}", to: "body:ilo", limit: 11) { length } }`, 'BAD_USER_INPUT', /"limit" must be between 1 and 10/);
      await expectUserError(run, `{ paths(from: "${SEED}", to: "body:nobody") { length } }`, 'NOT_FOUND', /"to" \(body:nobody\).*search\(text:/);
    });
  });

  describe('timeline', () => {
    const ENTRY = 'date kind label entity { __typename id }';

    it('lists entries in date order with captions, in one round trip, and pages with cursors', async () => {
      graph.roundTrips.count = 0;
      const first = (await run(`{ timeline(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ENTRY} } } }`)).data.timeline;
      expect(graph.roundTrips.count).toBe(1);
      expect(first.nodes[0]).toEqual({ date: '1945-06-25', kind: 'ADOPTION', label: 'UN Charter adopted', entity: { __typename: 'Instrument', id: 'instrument:un-charter' } });
      const all = (await run(`{ timeline(first: 100) { totalCount nodes { date kind entity { id } } } }`)).data.timeline;
      expect(all.nodes.length).toBe(Math.min(all.totalCount, 100));
      const dates = all.nodes.map((n: any) => n.date);
      expect(dates).toEqual([...dates].sort());
      const second = (await run(`query($after: String) { timeline(first: 5, after: $after) { pageInfo { hasPreviousPage } nodes { date entity { id } } } }`, { after: first.pageInfo.endCursor })).data.timeline;
      expect(second.pageInfo.hasPreviousPage).toBe(true);
      expect(second.nodes).toEqual(all.nodes.slice(5, 10).map((n: any) => ({ date: n.date, entity: n.entity })));
      // The seed, its meeting and its session (known only by year) are there; an entry into force is listed once.
      const in2003 = (await run(`{ timeline(from: "2003", to: "2003", first: 100) { nodes { date kind entity { id } } } }`)).data.timeline;
      expect(in2003.nodes).toEqual(expect.arrayContaining([
        { date: '2003-04-23', kind: 'ADOPTION', entity: { id: SEED } },
        { date: '2003-04-23', kind: 'MEETING', entity: { id: 'event:chr-59-meeting-59' } },
        { date: '2003', kind: 'SESSION', entity: { id: 'event:chr-59' } },
      ]));
      expect(in2003.nodes.filter((n: any) => n.date === '2003-07-01')).toEqual([{ date: '2003-07-01', kind: 'ENTRY_INTO_FORCE', entity: { id: 'instrument:icmw' } }]);
    });

    it('filters by ISO date range and kinds: entries into force from the catalogue', async () => {
      const instruments = JSON.parse(readFileSync(join(DATA_DIR, 'catalogue', 'instruments.json'), 'utf8')) as { id: string; entryIntoForce?: string }[];
      const expected = instruments
        .filter((i) => i.entryIntoForce && i.entryIntoForce >= '1976-01-01' && i.entryIntoForce <= '2003-12-31')
        .sort((a, b) => a.entryIntoForce!.localeCompare(b.entryIntoForce!) || a.id.localeCompare(b.id))
        .map((i) => ({ date: i.entryIntoForce, entity: { id: i.id } }));
      expect(expected.length).toBeGreaterThan(5);
      const { data } = await run(`{ timeline(from: "1976", to: "2003", kinds: [ENTRY_INTO_FORCE], first: 100) { totalCount nodes { date entity { id } } } }`);
      expect(data.timeline.totalCount).toBe(expected.length);
      expect(data.timeline.nodes).toEqual(expected);
      const month = await run(`{ timeline(from: "2003-04", to: "2003-04") { nodes { date kind entity { id } } } }`);
      expect(month.data.timeline.nodes.map((n: any) => n.date)).toEqual(['2003', '2003-04-23', '2003-04-23']);
    });

    it('refuses dates that are not ISO dates, or a range that ends before it starts', async () => {
      for (const bad of ['2003-13', '2003-02-30', '03', '23 April 2003', '2003-4-23']) {
        await expectUserError(run, `{ timeline(from: "${bad}") { totalCount } }`, 'BAD_USER_INPUT', /"from" must be an ISO date: a year \("1990"\), a month/);
      }
      await expectUserError(run, '{ timeline(from: "2004", to: "2003") { totalCount } }', 'BAD_USER_INPUT', /after "to"/);
    });
  });

  // Last: it adds hundreds of resolutions to the graph.
  describe('on a hub', () => {
    const HUB = 'instrument:udhr';
    const SYNTHETIC = 300;

    beforeAll(async () => {
      const rows: ResolutionWrite[] = Array.from({ length: SYNTHETIC }, (_, i) => {
        const id = `un:A/RES/900/${i + 1}`;
        const paragraphId = `${id}#pp1`;
        const key = `${paragraphId}@10>${HUB}`;
        const iloKey = `${paragraphId}@60>body:ilo`;
        return {
          resolution: { id, type: 'Resolution', props: { id, symbol: `A/RES/900/${i + 1}`, title: `Synthetic resolution ${i + 1}`, adoptedOn: '2099-01-01', curated: false } },
          newEntities: [],
          links: [],
          paragraphs: [{ id: paragraphId, props: { id: paragraphId, kind: 'PREAMBULAR', order: 1, text: 'Recalling the Universal Declaration of Human Rights and the work of the International Labour Organization,', leadingPhrase: 'Recalling', relation: 'RECALLS' } }],
          citations: [
            { key, paragraphId, targetId: HUB, props: { key, relation: 'RECALLS', phrase: 'Recalling', quote: 'Universal Declaration of Human Rights', start: 10, end: 47, role: 'MENTION' } },
            { key: iloKey, paragraphId, targetId: 'body:ilo', props: { key: iloKey, relation: 'RECALLS', phrase: 'Recalling', quote: 'International Labour Organization', start: 60, end: 93, role: 'MENTION' } },
          ],
        };
      });
      await new LoadRepository(graph.executor).writeResolutions(rows, { batchSize: 100, concurrency: 1 });
    });

    it('caps the nodes, sets truncated, and keeps edges inside the drawing', async () => {
      const query = `{ neighbourhood(id: "${HUB}", depth: 3, limit: 50) { truncated limit nodes { id depth } edges { id source target } } }`;
      await run(query); // the first run also plans the query
      graph.roundTrips.count = 0;
      const started = performance.now();
      const { data, errors } = await run(query);
      const ms = performance.now() - started;
      expect(errors).toBeUndefined();
      expect(graph.roundTrips.count).toBe(1);
      expect(data.neighbourhood.nodes).toHaveLength(50);
      expect(data.neighbourhood.truncated).toBe(true);
      expect(data.neighbourhood.nodes.slice(1).every((n: any) => n.depth === 1)).toBe(true);
      expectClosedDrawing(data.neighbourhood);
      expect(data.neighbourhood.edges.length).toBeGreaterThanOrEqual(49);
      // Generous, for a busy two-core machine: reading the whole hub would not make this fail, but blowing up would.
      expect(ms).toBeLessThan(3000);
    });

    it('returns the whole neighbourhood when the limit allows it', async () => {
      const { data } = await run(`{ neighbourhood(id: "${HUB}", limit: 500) { truncated nodes { id } } }`);
      expect(data.neighbourhood.truncated).toBe(false);
      const ids = data.neighbourhood.nodes.map((n: any) => n.id);
      expect(ids.filter((id: string) => id.startsWith('un:A/RES/900/'))).toHaveLength(SYNTHETIC);
      expect(ids).toEqual(expect.arrayContaining([SEED, 'un:A/RES/217(III)']));
      const justBelow = await run(`{ neighbourhood(id: "${HUB}", limit: ${ids.length - 1}) { truncated nodes { id } } }`);
      expect(justBelow.data.neighbourhood.truncated).toBe(true);
      expect(justBelow.data.neighbourhood.nodes).toHaveLength(ids.length - 1);
    });

    it('finds paths through the hub, and stays within the limit when hundreds are equally short', async () => {
      const { data } = await run(`{ paths(from: "un:A/RES/900/1", to: "${SEED}", maxHops: 2) { length explanation } }`);
      expect(data.paths).toEqual([
        { length: 2, explanation: 'A/RES/900/1 (PP1) RECALLS ILO <- BEARS_IN_MIND (PP4) E/CN.4/RES/2003/48' },
        { length: 2, explanation: 'A/RES/900/1 (PP1) RECALLS UDHR <- GUIDED_BY (PP3) E/CN.4/RES/2003/48' },
      ]);
      // Every synthetic paragraph cites both the Declaration and the ILO: 300 equally short connections.
      graph.roundTrips.count = 0;
      const many = await run(`{ paths(from: "${HUB}", to: "body:ilo", limit: 10) { length nodes { id } edges { source relation } } }`);
      expect(graph.roundTrips.count).toBe(1);
      expect(many.data.paths).toHaveLength(10);
      for (const p of many.data.paths) {
        expect(p.length).toBe(2);
        expect(p.edges.map((e: any) => e.source)).toEqual([p.nodes[1].id, p.nodes[1].id]);
      }
    });
  });
});
