import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypher } from '../../src/graph/cypher';
import { loadSeedGraph } from '../../src/services/seed-loader';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { connectTestGraph, createTestServer, DATA_DIR, resetAndLoad } from '../support/graph';

const SEED = 'E/CN.4/RES/2003/48';

describe('the seed graph over GraphQL, against a real Neo4j', () => {
  let graph: GraphRuntime & { roundTrips: { count: number; names: string[] } };
  let run: ReturnType<typeof createTestServer>['run'];

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    run = createTestServer(graph).run;
  });
  afterAll(async () => graph.driver.close());

  it('answers "what guides this resolution" with exactly the six instruments, each with paragraph and quote', async () => {
    const { data, errors } = await run(`{
      resolution(symbol: "${SEED}") {
        guidedBy { id label title citations { relation quote start end paragraph { id kind order text } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const guided = data.resolution.guidedBy;
    expect(guided.map((g: any) => g.label).sort()).toEqual(['CEDAW', 'CRC', 'ICCPR', 'ICERD', 'ICESCR', 'UDHR']);
    for (const g of guided) {
      expect(g.citations).toHaveLength(1);
      const [c] = g.citations;
      expect(c.relation).toBe('GUIDED_BY');
      expect(c.paragraph).toMatchObject({ id: `un:${SEED}#pp3`, kind: 'PREAMBULAR', order: 3 });
      expect(c.paragraph.text.slice(c.start, c.end)).toBe(c.quote);
    }
    expect(guided.find((g: any) => g.label === 'ICESCR').citations[0].quote).toBe('International Covenants on Human Rights');
  });

  it("finds the resolution in CEDAW's citedBy, with the paragraph and the relation", async () => {
    const { data } = await run(`{
      instrument(abbreviation: "CEDAW") {
        title entryIntoForce monitoredBy { title }
        citedBy { totalCount edges { node { relation quote resolution { symbol adoptedOn } paragraph { id } } } }
      }
    }`);
    const cedaw = data.instrument;
    expect(cedaw.title).toBe('Convention on the Elimination of All Forms of Discrimination against Women');
    expect(cedaw.entryIntoForce).toBe('1981-09-03');
    expect(cedaw.monitoredBy).toEqual([{ title: 'Committee on the Elimination of Discrimination against Women' }]);
    expect(cedaw.citedBy.totalCount).toBe(1);
    expect(cedaw.citedBy.edges[0].node).toEqual({
      relation: 'GUIDED_BY',
      quote: 'Convention on the Elimination of All Forms of Discrimination against Women',
      resolution: { symbol: SEED, adoptedOn: '2003-04-23' },
      paragraph: { id: `un:${SEED}#pp3` },
    });
  });

  it('holds 10 preambular and 11 operative paragraphs with their leading phrases', async () => {
    const { data } = await run(`{
      resolution(symbol: "${SEED}") {
        paragraphCount adoptedOn votingOutcome adoptedBy { abbreviation } adoptedAt { date title } session { title }
        reportedIn { symbol } about { id }
        pre: paragraphs(kind: PREAMBULAR) { leadingPhrase relation number }
        op: paragraphs(kind: OPERATIVE) { leadingPhrase relation number addressees }
      }
    }`);
    const r = data.resolution;
    expect(r.pre).toHaveLength(10);
    expect(r.op).toHaveLength(11);
    expect(r.paragraphCount).toBe(21);
    expect(r.pre[2]).toEqual({ leadingPhrase: 'Guided by', relation: 'GUIDED_BY', number: null });
    expect(r.op[2]).toEqual({ leadingPhrase: 'Calls again upon', relation: 'CALLS_UPON', number: '3', addressees: ['all States that have not yet done so'] });
    expect(r.op.map((p: any) => p.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(r).toMatchObject({
      adoptedOn: '2003-04-23',
      votingOutcome: 'WITHOUT_VOTE',
      adoptedBy: { abbreviation: 'CHR' },
      adoptedAt: { date: '2003-04-23' },
      reportedIn: { symbol: 'E/CN.4/2003/L.11/Add.4' },
      about: [{ id: 'instrument:icmw' }],
    });
  });

  it('follows the links of the Convention: adopting resolution and body, monitoring committee, the articles the resolution cites', async () => {
    const { data } = await run(`{
      instrument(id: "instrument:icmw") {
        adoptingResolution { symbol adoptedOn } adoptingBody { title } treatySeries { volume number }
        monitoredBy { abbreviation establishedBy { id ... on Provision { number instrument { abbreviation } } } }
        provisions { number citedBy { nodes { paragraph { number } quote } } }
      }
    }`);
    expect(data.instrument).toEqual({
      adoptingResolution: { symbol: 'A/RES/45/158', adoptedOn: '1990-12-18' },
      adoptingBody: { title: 'General Assembly' },
      treatySeries: { volume: 2220, number: 39481 },
      monitoredBy: [{ abbreviation: 'CMW', establishedBy: { id: 'instrument:icmw:article-72', number: '72', instrument: { abbreviation: 'ICMW' } } }],
      provisions: [
        { number: '72', citedBy: { nodes: [{ paragraph: { number: '5' }, quote: 'article 72 of the Convention' }] } },
        { number: '73', citedBy: { nodes: [{ paragraph: { number: '6' }, quote: 'article 73 of the Convention' }] } },
      ],
    });
  });

  it("lists the requests addressed to the Secretary-General, as a connection with pages", async () => {
    const first = await run(`{ body(id: "body:secretary-general") { addressedBy(first: 3, orderBy: {field: DATE, direction: ASC}) {
      totalCount pageInfo { hasNextPage endCursor } nodes { relation phrase paragraph { number } } } } }`);
    const page1 = first.data.body.addressedBy;
    expect(page1.totalCount).toBe(4);
    expect(page1.nodes.map((n: any) => n.paragraph.number)).toEqual(['4', '5', '7']);
    expect(page1.nodes.every((n: any) => n.relation === 'REQUESTS')).toBe(true);
    const second = await run(`query($after: String) { body(id: "body:secretary-general") { addressedBy(first: 3, after: $after, orderBy: {field: DATE, direction: ASC}) {
      pageInfo { hasNextPage hasPreviousPage } nodes { paragraph { number } } } } }`, { after: page1.pageInfo.endCursor });
    expect(second.data.body.addressedBy).toEqual({ pageInfo: { hasNextPage: false, hasPreviousPage: true }, nodes: [{ paragraph: { number: '10' } }] });
  });

  it('shows how the resolution is connected to the ILO: the paragraph that bears it in mind', async () => {
    const { data } = await run(`{ body(abbreviation: "ILO") { kind citedBy { nodes { relation quote paragraph { order leadingPhrase } resolution { symbol } } } } }`);
    expect(data.body.kind).toBe('SPECIALIZED_AGENCY');
    expect(data.body.citedBy.nodes).toEqual([
      { relation: 'BEARS_IN_MIND', quote: 'International Labour Organization', paragraph: { order: 4, leadingPhrase: 'Bearing in mind' }, resolution: { symbol: SEED } },
    ]);
  });

  it('looks up by id, by symbol and through node(id), and returns null for unknown keys', async () => {
    const { data, errors } = await run(`{
      a: node(id: "un:${SEED}#op5") { id ... on Paragraph { number resolution { symbol } } }
      b: node(id: "body:cmw") { id ... on Body { abbreviation } }
      c: document(symbol: "E/CN.4/2003/80") { title authoredBy { shortTitle } }
      d: bySymbol(symbol: "A/CONF.157/23") { entityType label }
      e: resolution(symbol: "A/RES/99/999") { id }
      f: node(id: "instrument:nothing") { id }
      g: resolution(id: "un:A/RES/45/158") { number adoptedInstruments { abbreviation } }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      a: { id: `un:${SEED}#op5`, number: '5', resolution: { symbol: SEED } },
      b: { id: 'body:cmw', abbreviation: 'CMW' },
      c: { title: expect.stringContaining('Report of the Secretary-General'), authoredBy: { shortTitle: 'Secretary-General' } },
      d: { entityType: 'Instrument', label: 'VDPA' },
      e: null,
      f: null,
      g: { number: '45/158', adoptedInstruments: [{ abbreviation: 'ICMW' }] },
    });
  });

  it('answers bad arguments with BAD_USER_INPUT and a message that says what to do', async () => {
    const cases: [string, RegExp][] = [
      ['{ resolution(id: "instrument:icmw") { id } }', /belongs to a Instrument, not a Resolution: query it with instrument\(id: \.\.\.\)/],
      ['{ resolution { id } }', /Give exactly one of "id" or "symbol"/],
      ['{ instruments(first: 1000) { totalCount } }', /"first" must be between 0 and 100/],
      ['{ instruments(after: "garbage") { totalCount } }', /not a cursor this API issued/],
      ['{ search(text: "***") { totalCount } }', /at least one word/],
    ];
    for (const [query, message] of cases) {
      const { errors } = await run(query);
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors![0].message).toMatch(message);
      expect(JSON.stringify(errors)).not.toMatch(/MATCH|stacktrace|at .*\.ts/);
    }
  });

  it('searches titles and paragraph text, returning typed hits with score and snippet', async () => {
    const { data } = await run(`{ search(text: "Special Rapporteur migrants", first: 5) {
      totalCount nodes { score snippet matchedField node { __typename id } } } }`);
    const hits = data.search.nodes;
    expect(data.search.totalCount).toBeGreaterThanOrEqual(2);
    expect(hits.map((h: any) => h.node.id)).toEqual(expect.arrayContaining(['body:sr-migrants', `un:${SEED}#op8`]));
    const paragraphHit = hits.find((h: any) => h.node.id === `un:${SEED}#op8`);
    expect(paragraphHit).toMatchObject({ matchedField: 'text', node: { __typename: 'Paragraph' } });
    expect(paragraphHit.snippet).toContain('Special Rapporteur on the human rights of migrants');
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[hits.length - 1].score);
  });

  it('lists resolutions and instruments as connections with filters, order and totals', async () => {
    const { data } = await run(`{
      byGA: resolutions(filter: { adoptedBy: "body:general-assembly", adoptedFrom: "1980-01-01" }, orderBy: { field: DATE, direction: ASC }) { totalCount nodes { number } }
      citingIcmw: resolutions(filter: { cites: "instrument:icmw" }) { totalCount nodes { symbol } }
      covenants: instruments(kinds: [COVENANT]) { totalCount nodes { abbreviation } }
    }`);
    const catalogue = JSON.parse(readFileSync(join(DATA_DIR, 'catalogue', 'documents.json'), 'utf8')) as { id: string; number: string; adoptedBy?: string; adoptedOn?: string }[];
    // Resolutions of one day come in id order.
    const expected = catalogue
      .filter((d) => d.adoptedBy === 'body:general-assembly' && d.adoptedOn && d.adoptedOn >= '1980-01-01')
      .sort((a, b) => a.adoptedOn!.localeCompare(b.adoptedOn!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((d) => d.number);
    expect(expected.length).toBeGreaterThan(5);
    expect(data.byGA.nodes.map((n: any) => n.number)).toEqual(expected.slice(0, 20));
    expect(data.byGA.totalCount).toBe(expected.length);
    expect(data.citingIcmw).toEqual({ totalCount: 1, nodes: [{ symbol: SEED }] });
    expect(data.covenants).toEqual({ totalCount: 2, nodes: [{ abbreviation: 'ICCPR' }, { abbreviation: 'ICESCR' }] });
  });

  it('answers a nested selection with one round trip per level, whatever the number of parents', async () => {
    const nested = `{ resolution(symbol: "${SEED}") { paragraphs { citations { quote target { label ... on Instrument { monitoredBy { label } } } } } } }`;
    graph.roundTrips.count = 0;
    const { data } = await run(nested);
    const citations = data.resolution.paragraphs.flatMap((p: any) => p.citations);
    expect(citations.length).toBeGreaterThan(30);
    // One planned statement (issue 13) for the symbol lookup, paragraphs, citations with their targets and monitoring
    // bodies; it was one batched round trip per level (4) before.
    expect(graph.roundTrips.count).toBe(1);

    const count = async (first: number) => {
      graph.roundTrips.count = 0;
      const r = await run(`{ instruments(first: ${first}) { nodes { label monitoredBy { label } adoptingResolution { label } citedBy { totalCount } } } }`);
      expect(r.errors).toBeUndefined();
      return graph.roundTrips.count;
    };
    const one = await count(1);
    const all = await count(20);
    // the list, then monitoring bodies, adopting resolutions and citations, each batched for all parents
    expect([one, all]).toEqual([4, 4]);
  });

  it('loads idempotently: loading again gives identical node and relationship counts', async () => {
    const counts = async () => (await graph.executor.read(cypher('health/counts')))[0];
    const before = await counts();
    const summary = await loadSeedGraph(graph.executor, DATA_DIR);
    expect(summary.graph).toEqual(before);
    expect(await counts()).toEqual(before);
    expect(before.nodes).toBeGreaterThan(80);
  });
});
