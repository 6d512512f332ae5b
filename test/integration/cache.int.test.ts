import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { LoadRepository } from '../../src/graph/load.repository';
import { connectGraph, GraphRuntime } from '../../src/app/graph-runtime';
import { resetAndLoad } from '../support/graph';
import { startTestHttp, TestHttp } from '../support/http-server';
import { ROOT_DIR } from '../support/paths';

const API_KEY = 'cache-test-key-0123456789';
const TEXT = readFileSync(join(ROOT_DIR, 'test/fixtures/texts/ingest/ga-99-901.txt'), 'utf8');
const NEW_ID = 'un:A/RES/99/901';
const POLL_MS = 300;
const RESOLUTIONS = '{ resolutions(first: 100) { totalCount nodes { id } } }';

/** An API process as main.ts wires it (cache, metrics, version tracking), with its own driver. */
async function startApi(env: Record<string, string>) {
  const reads: string[] = [];
  const config = loadConfig({ ...process.env, ...env });
  const graph = await connectGraph(config);
  graph.executor.observe((e) => {
    if (e.mode === 'READ' && e.name !== 'graph/version') reads.push(e.name);
  });
  const api = await startTestHttp(graph, { env: { CACHE_ENABLED: 'true', METRICS_ENABLED: 'true', ...env }, apiKey: API_KEY });
  const ask = async (query: string) => {
    const response = await api.post({ query });
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    return { age: response.headers.get('age'), data: body.data };
  };
  return { graph, api, reads, ask, close: async () => (await api.close(), await graph.driver.close()) };
}

describe('response cache, invalidated by every write', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let cli: GraphRuntime;

  beforeAll(async () => {
    api = await startApi({ CACHE_ENABLED: 'true', CACHE_VERSION_POLL_MS: String(POLL_MS) });
    await resetAndLoad(api.graph);
    // Another process writing to the same graph, as `npm run ingest` does: its writes are not seen by the API's hooks.
    cli = await connectGraph(loadConfig(process.env));
  });
  afterAll(async () => {
    await api.close();
    await cli.driver.close();
  });

  const ids = (data: any) => data.resolutions.nodes.map((n: { id: string }) => n.id);

  it('combines identical queries in flight on a cold cache: 20 concurrent requests, one execution (single flight)', async () => {
    const query = '{ neighbourhood(id: "instrument:icmw", depth: 2, limit: 40) { nodes { id } edges { source target } } }';
    const before = api.reads.length;
    const answers = await Promise.all(Array.from({ length: 20 }, () => api.ask(query)));
    const ran = api.reads.slice(before).filter((name) => name.startsWith('explore/'));
    expect(answers.every((a) => JSON.stringify(a.data) === JSON.stringify(answers[0].data))).toBe(true);
    expect(answers[0].data.neighbourhood.nodes.length).toBeGreaterThan(1);
    // One execution's reads, not twenty: the repository reads a neighbourhood in one or two round trips.
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.length).toBeLessThanOrEqual(2);
  });

  it('serves a repeated query from the cache: an age header and no Neo4j round trip', async () => {
    const first = await api.ask(RESOLUTIONS);
    expect(first.age).toBeNull();
    expect(ids(first.data)).not.toContain(NEW_ID);
    const readsAfterFirst = api.reads.length;
    expect(readsAfterFirst).toBeGreaterThan(0);
    const second = await api.ask(RESOLUTIONS);
    expect(second.age).not.toBeNull();
    expect(Number(second.age)).toBeGreaterThanOrEqual(0);
    expect(second.data).toEqual(first.data);
    expect(api.reads.length).toBe(readsAfterFirst);
  });

  it('a mutation through the API: the very next query shows the new data', async () => {
    expect((await api.ask(RESOLUTIONS)).age).not.toBeNull();
    const response = await api.api.post({ query: 'mutation($text: String!) { ingestResolution(text: $text) { symbol } }', variables: { text: TEXT } }, { 'x-api-key': API_KEY });
    expect(((await response.json()) as any).data.ingestResolution.symbol).toBe('A/RES/99/901');
    const after = await api.ask(RESOLUTIONS);
    expect(after.age).toBeNull();
    expect(ids(after.data)).toContain(NEW_ID);
    expect((await api.ask(RESOLUTIONS)).age).not.toBeNull();
  });

  it('a write by another process (LoadRepository on its own driver, like the ingest CLI) shows within the poll interval', async () => {
    expect(ids((await api.ask(RESOLUTIONS)).data)).toContain(NEW_ID);
    const removed = await new LoadRepository(cli.executor).removeResolutions([NEW_ID]);
    expect(removed.resolutions).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS + 100));
    const after = await api.ask(RESOLUTIONS);
    expect(after.age).toBeNull();
    expect(ids(after.data)).not.toContain(NEW_ID);
  });

  it('serves a repeated answer with the headers of the first, per media type the client accepts', async () => {
    const query = '{ instruments(first: 3) { nodes { id } } }';
    const ask = async (accept: string) => {
      const response = await api.api.post({ query }, { accept });
      expect(response.status).toBe(200);
      return { type: response.headers.get('content-type'), age: response.headers.get('age'), csp: response.headers.get('content-security-policy'), body: await response.text() };
    };
    const json = [await ask('application/json'), await ask('application/json')];
    const gql = [await ask('application/graphql-response+json'), await ask('application/graphql-response+json')];
    expect(json[0].type).toMatch(/^application\/json/);
    expect(gql[0].type).toMatch(/^application\/graphql-response\+json/);
    for (const [first, again] of [json, gql]) {
      expect(again.age).not.toBeNull();
      expect(again.type).toBe(first.type);
      expect(again.body).toBe(first.body);
      expect(again.csp).toBe(first.csp);
    }
  });

  it('does not cache answers with errors', async () => {
    const query = '{ resolution(symbol: "E/CN.4/RES/2003/48") { paragraphs { id } } resolutions(first: -1) { totalCount } }';
    for (let i = 0; i < 2; i++) {
      const response = await api.api.post({ query });
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.headers.get('age')).toBeNull();
    }
  });

  it('counts hits and misses in /metrics', async () => {
    const text = await (await fetch(`${api.api.base}/metrics`)).text();
    const value = (result: string) => Number(new RegExp(`^graphql_response_cache_total\\{result="${result}"\\} (\\d+)$`, 'm').exec(text)?.[1]);
    expect(value('hit')).toBeGreaterThanOrEqual(4);
    expect(value('miss')).toBeGreaterThanOrEqual(3);
  });
});

describe('CACHE_ENABLED=false', () => {
  it('answers every query from Neo4j', async () => {
    const api = await startApi({ CACHE_ENABLED: 'false' });
    try {
      await api.ask(RESOLUTIONS);
      const before = api.reads.length;
      const again = await api.ask(RESOLUTIONS);
      expect(again.age).toBeNull();
      expect(api.reads.length).toBeGreaterThan(before);
    } finally {
      await api.close();
    }
  });
});
