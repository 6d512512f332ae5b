import { StoredPathRecord } from '../../../src/graph/explore.repository';
import { NodeRecord } from '../../../src/graph/read.repository';
import { collapsePath, edgeIdOf, explainPath, paragraphLabelOf, selectPaths, toGraphNode } from '../../../src/api/graphql/graph-view';
import { DRAWN_NODE_PROPERTIES } from '../../../src/core/model/explore';
import { cypher } from '../../../src/graph/cypher';

const RES = 'un:E/CN.4/RES/2003/48';
const resolution: NodeRecord = { id: RES, labels: ['Entity', 'Resolution', 'Document'], symbol: 'E/CN.4/RES/2003/48', adoptedOn: '2003-04-23' };
const ilo: NodeRecord = { id: 'body:ilo', labels: ['Entity', 'Body'], abbreviation: 'ILO', title: 'International Labour Organization' };
const ilc: NodeRecord = { id: 'body:ilc', labels: ['Entity', 'Body'], title: 'International Labour Conference' };
const iccpr: NodeRecord = { id: 'instrument:iccpr', labels: ['Entity', 'Instrument'], abbreviation: 'ICCPR' };
const icescr: NodeRecord = { id: 'instrument:icescr', labels: ['Entity', 'Instrument'], abbreviation: 'ICESCR' };
const pp = (n: number) => ({ id: `${RES}#pp${n}`, kind: 'Paragraph' as const, resolution });
const cites = (n: number, target: string, relation: string) => ({
  type: 'CITES',
  source: `${RES}#pp${n}`,
  target,
  props: { key: `${RES}#pp${n}@1>${target}`, relation, quote: 'q', phrase: 'p' },
});
const has = (n: number) => ({ type: 'HAS_PARAGRAPH', source: RES, target: `${RES}#pp${n}`, props: {} });

describe('drawing nodes and edges', () => {
  it('label paragraphs as printed references do, and give edges stable ids', () => {
    expect(paragraphLabelOf(`${RES}#pp3`)).toBe('PP3');
    expect(paragraphLabelOf(`${RES}#op11`)).toBe('OP11');
    expect(paragraphLabelOf('body:ilo')).toBeNull();
    expect(edgeIdOf({ source: 'a', target: 'b', relation: 'PART_OF', paragraphId: null, key: null })).toBe('a|PART_OF|b');
    expect(edgeIdOf({ source: RES, target: 'b', relation: 'RECALLS', paragraphId: `${RES}#pp9`, key: 'k1' })).toBe(`${RES}#pp9/k1`);
  });

  it('draw a resolution as a Resolution (not a Document), dated by its adoption', () => {
    expect(toGraphNode(resolution, 0)).toEqual({ id: RES, label: 'E/CN.4/RES/2003/48', kind: 'Resolution', title: null, symbol: 'E/CN.4/RES/2003/48', date: '2003-04-23', depth: 0 });
    expect(toGraphNode({ id: 'event:chr-59', labels: ['Entity', 'Event'], title: 'Fifty-ninth session', year: 2003 }, 2).date).toBe('2003');
  });
});

describe('collapsing a stored path', () => {
  it('turns resolution -> paragraph -> entity into one citation edge from the resolution', () => {
    const path: StoredPathRecord = { hops: 1, nodes: [resolution, pp(4), ilo], rels: [has(4), cites(4, 'body:ilo', 'BEARS_IN_MIND')] };
    const view = collapsePath(path)!;
    expect(view.length).toBe(1);
    expect(view.nodes.map((n) => [n.id, n.depth])).toEqual([[RES, 0], ['body:ilo', 1]]);
    expect(view.edges[0]).toMatchObject({ source: RES, target: 'body:ilo', relation: 'BEARS_IN_MIND', paragraphId: `${RES}#pp4`, paragraphLabel: 'PP4' });
    expect(view.explanation).toBe('E/CN.4/RES/2003/48 (PP4) BEARS_IN_MIND ILO');
  });

  it('walked backwards, keeps the edge pointing from the resolution and says so', () => {
    const path: StoredPathRecord = { hops: 2, nodes: [ilc, ilo, pp(4), resolution], rels: [{ type: 'PART_OF', source: 'body:ilc', target: 'body:ilo', props: {} }, cites(4, 'body:ilo', 'BEARS_IN_MIND'), has(4)] };
    const view = collapsePath(path)!;
    expect(view.edges.map((e) => [e.source, e.target, e.relation])).toEqual([
      ['body:ilc', 'body:ilo', 'PART_OF'],
      [RES, 'body:ilo', 'BEARS_IN_MIND'],
    ]);
    expect(view.explanation).toBe('International Labour Conference PART_OF ILO <- BEARS_IN_MIND (PP4) E/CN.4/RES/2003/48');
  });

  it('puts the resolution back between two things one paragraph cites', () => {
    const path: StoredPathRecord = { hops: 2, nodes: [iccpr, pp(3), icescr], rels: [cites(3, 'instrument:iccpr', 'GUIDED_BY'), cites(3, 'instrument:icescr', 'GUIDED_BY')] };
    const view = collapsePath(path)!;
    expect(view.nodes.map((n) => n.id)).toEqual(['instrument:iccpr', RES, 'instrument:icescr']);
    expect(view.length).toBe(2);
    expect(view.explanation).toBe('ICCPR <- GUIDED_BY (PP3) E/CN.4/RES/2003/48 -> (PP3) GUIDED_BY ICESCR');
  });

  it('keeps the shortest first, drops repeats and paths longer than asked', () => {
    const direct: StoredPathRecord = { hops: 1, nodes: [resolution, pp(4), ilo], rels: [has(4), cites(4, 'body:ilo', 'BEARS_IN_MIND')] };
    const long: StoredPathRecord = { hops: 2, nodes: [resolution, pp(4), ilo, ilc], rels: [has(4), cites(4, 'body:ilo', 'BEARS_IN_MIND'), { type: 'PART_OF', source: 'body:ilc', target: 'body:ilo', props: {} }] };
    expect(selectPaths([long, direct, direct], 2, 10).map((p) => p.length)).toEqual([1, 2]);
    expect(selectPaths([long, direct], 1, 10).map((p) => p.length)).toEqual([1]);
    expect(selectPaths([long, direct], 2, 1)).toHaveLength(1);
    expect(explainPath([], [])).toBe('');
  });
});

describe('what a drawn node is read with (DRAWN_NODE_PROPERTIES)', () => {
  const whole: NodeRecord[] = [
    { id: 'instrument:udhr', labels: ['Entity', 'Instrument'], title: 'Universal Declaration of Human Rights', abbreviation: 'UDHR', adoptedOn: '1948-12-10', kind: 'DECLARATION', note: 'n', wikidata: 'Q7813', citedByCount: 88 },
    { id: 'un:A/CONF.157/23', labels: ['Entity', 'Document'], title: 'Vienna Declaration', symbol: 'A/CONF.157/23', kind: 'REPORT' },
    { id: 'body:hrc', labels: ['Entity', 'Body'], title: 'Human Rights Council', shortTitle: 'Council', establishedOn: '2006-03-15', kind: 'CHARTER_BODY' },
    { id: 'event:1', labels: ['Entity', 'Event'], title: 'Session', year: 2023, kind: 'SESSION' },
    { id: 'un:A/RES/78/1', labels: ['Entity', 'Resolution', 'Document'], symbol: 'A/RES/78/1', adoptedOn: '2023-10-01', paragraphCount: 12 },
  ];
  it('draws every node the same from those properties alone as from the whole node', () => {
    for (const node of whole) {
      const drawn: NodeRecord = { id: node.id, labels: node.labels };
      for (const p of DRAWN_NODE_PROPERTIES) if (node[p] !== undefined) drawn[p] = node[p];
      expect(toGraphNode(drawn, 1)).toEqual(toGraphNode(node, 1));
    }
  });
  it('are what the drawing reads return', () => {
    for (const name of ['explore/neighbourhood', 'explore/paths']) {
      const text = cypher(name).text;
      expect(text).not.toMatch(/\{\.\*/);
      for (const p of DRAWN_NODE_PROPERTIES) expect(text).toContain(`.${p}`);
    }
  });
});
