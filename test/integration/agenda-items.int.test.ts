import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LoadRepository } from '../../src/graph/load.repository';
import { ExportRepository } from '../../src/graph/export.repository';
import { toJsonLd } from '../../src/core/export/jsonld';
import { ingestText } from '../../src/services/ingest-service';
import { corpusDir } from '../support/corpus';
import { connectTestGraph, createTestServer, resetAndLoad } from '../support/graph';
import { ROOT_DIR } from '../support/paths';

let graph: Awaited<ReturnType<typeof connectTestGraph>>;
let run: ReturnType<typeof createTestServer>['run'];
let deps: Parameters<typeof ingestText>[1];
const corpus = (n: number) => readFileSync(join(corpusDir(), `A_RES_78_${n}.txt`), 'utf8');
const MILLENNIUM = 'Follow-up to the outcome of the Millennium Summit';

beforeAll(async () => {
  graph = await connectTestGraph();
  await resetAndLoad(graph);
  run = createTestServer(graph).run;
  deps = { load: new LoadRepository(graph.executor), read: graph.repo };
  // 78/1 names items 13 and 117 without telling their titles apart; 78/285 and 78/128 print each title on its own.
  for (const n of [1, 285, 128, 27]) await ingestText(corpus(n), deps);
  await ingestText(readFileSync(join(ROOT_DIR, 'test/fixtures/texts/draft-a-c3-78-l30.txt'), 'utf8'), deps);
});
afterAll(async () => graph.driver.close());

describe('agenda items in the graph and the API', () => {
  it('lists the agenda items of a session in item order, with titles and resolution counts', async () => {
    const result = await run('{ agendaItems(session: "78") { totalCount nodes { id organ session number subItem item title resolutionCount } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.agendaItems.nodes.map((a: any) => [a.id, a.item, a.resolutionCount])).toEqual([
      ['agenda:ga:78:13', '13', 3],
      ['agenda:ga:78:70', '70', 1],
      ['agenda:ga:78:75(a)', '75 (a)', 1],
      ['agenda:ga:78:99(aa)', '99 (aa)', 1],
      ['agenda:ga:78:117', '117', 2],
    ]);
    expect(result.data.agendaItems.totalCount).toBe(5);
    // 78/1 prints no title the parser can assign; the item takes the title its other texts print.
    expect(result.data.agendaItems.nodes[4]).toMatchObject({ organ: 'ga', session: '78', number: 117, subItem: null, title: MILLENNIUM });
    expect(result.data.agendaItems.nodes[3]).toMatchObject({ number: 99, subItem: 'aa', title: expect.stringMatching(/^General and complete disarmament: follow-up to the 2013/) });
  });

  it('answers a resolution\'s agenda items in header order, and none for a Commission text without an agenda line', async () => {
    const result = await run('{ a: resolution(symbol: "A/RES/78/1") { agendaItems { id title } } b: resolution(symbol: "E/CN.4/RES/2003/48") { agendaItems { id } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.a.agendaItems.map((a: any) => a.id)).toEqual(['agenda:ga:78:13', 'agenda:ga:78:117']);
    expect(result.data.a.agendaItems[1].title).toBe(MILLENNIUM);
    expect(result.data.b.agendaItems).toEqual([]);
  });

  it('lists the resolutions of an agenda item, paged, drafts included', async () => {
    const result = await run('{ agendaItem(id: "agenda:ga:78:13") { title resolutions(first: 2) { totalCount nodes { symbol } pageInfo { hasNextPage } } } other: agendaItem(id: "agenda:ga:78:70") { resolutions { nodes { symbol kind } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.agendaItem.resolutions).toEqual({ totalCount: 3, nodes: [{ symbol: 'A/RES/78/1' }, { symbol: 'A/RES/78/128' }], pageInfo: { hasNextPage: true } });
    expect(result.data.other.resolutions.nodes).toEqual([{ symbol: 'A/C.3/78/L.30', kind: 'DRAFT' }]);
  });

  it('reads the agenda items of a page of resolutions in one round trip', async () => {
    graph.roundTrips.names.length = 0;
    const result = await run('{ resolutions(first: 10) { nodes { symbol agendaItems { id } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.resolutions.nodes.length).toBeGreaterThan(3);
    expect(graph.roundTrips.names.filter((n) => n === 'agenda/of-resolutions')).toHaveLength(1);
  });

  it('answers an unknown item with null and bad input with BAD_USER_INPUT and what to write', async () => {
    const unknown = await run('{ agendaItem(id: "agenda:ga:78:999") { id } }');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.agendaItem).toBeNull();
    for (const q of ['{ agendaItem(id: "71 (b)") { id } }', '{ agendaItems(session: "seventy-eighth") { totalCount } }', '{ agendaItems(organ: "GA") { totalCount } }', '{ agendaItems(first: 1000) { totalCount } }']) {
      const result = await run(q);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/must be/);
    }
  });

  it('exports agenda items with the whole graph, linked from their resolutions', async () => {
    const data = await new ExportRepository(graph.executor).wholeGraph();
    const item = data.nodes.find((n) => n.id === 'agenda:ga:78:117');
    expect(item).toMatchObject({ labels: ['AgendaItem'], properties: { organ: 'ga', session: '78', number: 117, title: MILLENNIUM } });
    expect(data.relationships.filter((r) => r.type === 'UNDER_AGENDA_ITEM' && r.target === 'agenda:ga:78:117').map((r) => r.source).sort()).toEqual(['un:A/RES/78/1', 'un:A/RES/78/285']);
    // JSON-LD: the item is a unhr:AgendaItem, and the resolution points at it with underAgendaItem.
    const graphLd = toJsonLd(data, { idBase: 'x:' })['@graph'] as Record<string, any>[];
    expect(graphLd.find((o) => o.identifier === 'agenda:ga:78:117')).toMatchObject({ '@type': ['AgendaItem'], item: '117' });
    const first = graphLd.find((o) => o.identifier === 'un:A/RES/78/1')!;
    expect([...first.underAgendaItem].sort()).toEqual([`x:${encodeURIComponent('agenda:ga:78:117')}`, `x:${encodeURIComponent('agenda:ga:78:13')}`]);
    // The header's order travels with the link.
    expect(first.linkDetail.map((d: any) => [d.linkTarget, d.order]).sort()).toEqual([[`x:${encodeURIComponent('agenda:ga:78:117')}`, 2], [`x:${encodeURIComponent('agenda:ga:78:13')}`, 1]]);
  });

  it('exports the neighbourhood of an agenda item: the item and its resolutions', async () => {
    const data = await new ExportRepository(graph.executor).neighbourhood('agenda:ga:78:75(a)', 1);
    expect(data.nodes.map((n) => n.id)).toEqual(['agenda:ga:78:75(a)', 'un:A/RES/78/128']);
    expect(data.relationships.map((r) => [r.type, r.source, r.target])).toEqual([['UNDER_AGENDA_ITEM', 'un:A/RES/78/128', 'agenda:ga:78:75(a)']]);
  });

  it('replaces a resolution\'s items when its text is read again, and drops items no resolution is under any more', async () => {
    // The same text read again under another agenda line: its old links go.
    const only117 = corpus(285).replace(/Agenda items 13 and 117[\s\S]*?related fields \n \n/, 'Agenda item 117 \n');
    expect(only117).not.toBe(corpus(285));
    await ingestText(only117, deps);
    let result = await run('{ agendaItem(id: "agenda:ga:78:13") { resolutionCount } r: resolution(symbol: "A/RES/78/285") { agendaItems { id title } } }');
    expect(result.data.agendaItem.resolutionCount).toBe(2);
    expect(result.data.r.agendaItems).toEqual([{ id: 'agenda:ga:78:117', title: MILLENNIUM }]);
    await new LoadRepository(graph.executor).removeResolutions(['un:A/RES/78/1', 'un:A/RES/78/285']);
    result = await run('{ agendaItem(id: "agenda:ga:78:117") { id } thirteen: agendaItem(id: "agenda:ga:78:13") { resolutionCount title } }');
    expect(result.data.agendaItem).toBeNull();
    expect(result.data.thirteen).toEqual({ resolutionCount: 1, title: expect.stringMatching(/^Integrated and coordinated implementation/) });
  });
});
