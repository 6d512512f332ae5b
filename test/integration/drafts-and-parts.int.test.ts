import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { LoadRepository } from '../../src/graph/load.repository';
import { ingestText } from '../../src/services/ingest-service';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { createLogger } from '../../src/api/http/logger';
import { createContext, GraphContext } from '../../src/api/graphql/context';
import { corpusDir } from '../support/corpus';
import { connectTestGraph, resetAndLoad } from '../support/graph';
import { ROOT_DIR } from '../support/paths';
import { composeGraphql } from '../../src/app/compose-app';
import { testConfig } from '../support/config';

let graph: GraphRuntime;
let server: ApolloServer<GraphContext>;

const query = async (q: string) => {
  const response = await server.executeOperation({ query: q }, { contextValue: createContext(graph.repo, 100, 'test', {}) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as { data?: any; errors?: any[] };
};

beforeAll(async () => {
  graph = await connectTestGraph();
  await resetAndLoad(graph);
  server = composeGraphql(testConfig(), createLogger('silent')).apollo;
  const deps = { load: new LoadRepository(graph.executor), read: graph.repo };
  await ingestText(readFileSync(join(ROOT_DIR, 'test/fixtures/texts/draft-a-78-l104-rev1.txt'), 'utf8'), deps);
  await ingestText(readFileSync(join(corpusDir(), 'A_RES_78_247.txt'), 'utf8'), deps);
  await ingestText(readFileSync(join(corpusDir(), 'A_RES_78_256.txt'), 'utf8'), deps);
});
afterAll(async () => graph.driver.close());

describe('drafts and resolutions in sections, read from their texts, in the graph', () => {
  it('answers a draft with its kind, sponsors and paragraphs', async () => {
    const result = await query('{ resolution(symbol: "A/78/L.104/Rev.1") { kind sponsors adoptedOn paragraphs { kind number part } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.resolution).toMatchObject({ kind: 'DRAFT', sponsors: ['Argentina', 'Brazil', 'Chile', 'Costa Rica', 'El Salvador', 'Portugal', 'Slovenia'], adoptedOn: null });
    expect(result.data.resolution.paragraphs.map((p: any) => [p.kind, p.number])).toEqual([
      ['PREAMBULAR', null], ['PREAMBULAR', null], ['PREAMBULAR', null], ['PREAMBULAR', null], ['OPERATIVE', '1'], ['OPERATIVE', '2'], ['OPERATIVE', '3'],
    ]);
  });

  it('lists drafts apart from adopted resolutions when asked by kind', async () => {
    const list = async (kinds: string) => {
      const result = await query(`{ resolutions(first: 100, filter: {kinds: ${kinds}}) { totalCount nodes { symbol kind } } }`);
      expect(result.errors).toBeUndefined();
      return result.data.resolutions as { totalCount: number; nodes: { symbol: string; kind: string }[] };
    };
    const drafts = await list('[DRAFT]');
    expect(drafts.nodes).toEqual([{ symbol: 'A/78/L.104/Rev.1', kind: 'DRAFT' }]);
    const adopted = await list('[RESOLUTION]');
    expect(adopted.totalCount).toBeGreaterThan(1);
    expect(adopted.nodes.every((r) => r.kind === 'RESOLUTION')).toBe(true);
    expect(adopted.nodes.map((r) => r.symbol)).toContain('A/RES/78/247');
    const all = await query('{ resolutions(first: 1) { totalCount } }');
    expect(all.data.resolutions.totalCount).toBe(adopted.totalCount + drafts.totalCount);
  });

  it('answers the operative paragraphs under a chapeau ("Resolves that:") with the chapeau and its verb as their first clause', async () => {
    const result = await query('{ resolution(symbol: "A/RES/78/256") { paragraphs { kind number chapeau text clauses { phrase relation start } } } }');
    expect(result.errors).toBeUndefined();
    const operative = result.data.resolution.paragraphs.filter((p: any) => p.kind === 'OPERATIVE');
    expect(operative.length).toBeGreaterThan(1);
    expect(operative[0]).toMatchObject({ number: '1', chapeau: 'Resolves that:' });
    expect(operative[0].text).toMatch(/^The Working Capital Fund shall be established for 2024/);
    expect(operative[0].clauses[0]).toMatchObject({ phrase: 'Resolves', relation: 'RESOLVES', start: 0 });
    expect(operative.every((p: any) => p.chapeau === 'Resolves that:')).toBe(true);
  });

  it('answers a resolution in sections numbered from 1 with each paragraph\'s section', async () => {
    const result = await query('{ resolution(symbol: "A/RES/78/247") { kind sponsors paragraphs { id kind number part } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.resolution).toMatchObject({ kind: 'RESOLUTION', sponsors: null });
    const nodes = result.data.resolution.paragraphs;
    expect(nodes.filter((p: any) => p.part === 'II' && p.kind === 'OPERATIVE').map((p: any) => p.number)).toEqual(['1', '2']);
    expect(nodes.map((p: any) => p.id)).toEqual(expect.arrayContaining(['un:A/RES/78/247#I-op1', 'un:A/RES/78/247#II-op1']));
  });
});
