import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { connectGraph, GraphRuntime } from '../../src/app/graph-runtime';
import { resetAndLoad } from '../support/graph';
import { startTestHttp, TestHttp } from '../support/http-server';

const SEED = 'E/CN.4/RES/2003/48';

/** The value of one sample in Prometheus text, or NaN. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels);
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    if (wanted.every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return NaN;
}

describe('GET /metrics and the request and slow-query logs', () => {
  let graph: GraphRuntime;
  let api: TestHttp;
  const lines: any[] = [];

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) }));
    // SLOW_QUERY_MS=0 makes every Neo4j round trip "slow", so the warning can be checked without a slow query.
    const env = { SLOW_QUERY_MS: '0', CACHE_ENABLED: 'true', METRICS_ENABLED: 'true' };
    graph = await connectGraph(loadConfig({ ...process.env, ...env }));
    // The app observes the graph from its start: the load below is counted, as main counts its start-up load.
    api = await startTestHttp(graph, { env, logger });
    await resetAndLoad(graph);
  });
  afterAll(async () => {
    await api.close();
    await graph.driver.close();
  });

  const scrape = async () => {
    const response = await fetch(`${api.base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  it('moves the request, latency, error, cache and Neo4j counters', async () => {
    const before = await scrape();
    const guided = `query Guided { resolution(symbol: "${SEED}") { guidedBy { label } } }`;
    for (let i = 0; i < 3; i++) expect((await api.post({ query: guided })).status).toBe(200);
    expect((await api.post({ query: '{ nope }' })).status).toBe(400);
    expect((await api.post({ query: 'query Bad { resolutions(first: -1) { totalCount } }' })).status).toBe(200);
    expect((await api.post('{"query": ')).status).toBe(400);
    const after = await scrape();

    const delta = (name: string, labels: Record<string, string>) => (sample(after, name, labels) || 0) - (sample(before, name, labels) || 0);
    expect(delta('graphql_requests_total', { operation_type: 'query', operation_name: 'Guided', outcome: 'success' })).toBe(3);
    expect(delta('graphql_requests_total', { operation_type: 'unknown', operation_name: '__anonymous', outcome: 'error' })).toBe(1);
    expect(delta('graphql_requests_total', { operation_type: 'query', operation_name: 'Bad', outcome: 'error' })).toBe(1);
    expect(delta('graphql_request_duration_seconds_count', { operation_type: 'query', operation_name: 'Guided' })).toBe(3);
    expect(delta('graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'BAD_REQUEST' })).toBe(1);
    expect(delta('graphql_response_cache_total', { result: 'miss' })).toBeGreaterThanOrEqual(1);
    expect(delta('graphql_response_cache_total', { result: 'hit' })).toBe(2);
    // A root lookup with its selection is one planned statement (issue 13), named after the root field.
    expect(sample(after, 'neo4j_query_duration_seconds_count', { query: 'plan/resolution', mode: 'READ' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'neo4j_query_duration_seconds_count', { query: 'load/catalogue', mode: 'WRITE' })).toBe(1);
    expect(sample(after, 'neo4j_sessions_in_flight')).toBe(0);
    expect(sample(after, 'neo4j_pool_max_size')).toBe(loadConfig({}).neo4j.maxPoolSize);
    expect(sample(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('bounds operation-name cardinality: client-chosen names beyond the first 50 count as __other', async () => {
    for (let i = 0; i < 60; i++) await api.post({ query: `query Op${i} { __typename }` });
    const text = await scrape();
    const names = new Set([...text.matchAll(/^graphql_requests_total\{[^}]*operation_name="([^"]+)"/gm)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(51 + 1);
    expect(sample(text, 'graphql_requests_total', { operation_name: '__other', outcome: 'success' })).toBeGreaterThanOrEqual(10);
  });

  it('logs one line per request with id, operation, duration and outcome, and slow queries by name without parameters', async () => {
    lines.length = 0;
    const response = await api.post({ query: 'query Search($text: String!) { search(text: $text, first: 2) { totalCount } }', variables: { text: 'secret-search-words' } }, { 'x-request-id': 'metrics-log-1' });
    expect(response.status).toBe(200);
    const request = lines.find((l) => l.msg === 'graphql request' && l.requestId === 'metrics-log-1');
    expect(request).toMatchObject({ level: 30, operationType: 'query', operationName: 'Search', outcome: 'success' });
    expect(request.ms).toBeGreaterThanOrEqual(0);
    const slow = lines.filter((l) => l.msg === 'slow neo4j query');
    expect(slow.length).toBeGreaterThan(0);
    expect(slow[0]).toMatchObject({ level: 40, mode: 'READ', thresholdMs: 0 });
    expect(slow.map((l) => l.file)).toContain('cypher/queries/search/ranked.cypher');
    expect(JSON.stringify(lines)).not.toContain('secret-search-words');
  });
});

describe('METRICS_ENABLED=false', () => {
  it('serves no /metrics', async () => {
    const graph = await connectGraph(loadConfig({ ...process.env, METRICS_ENABLED: 'false' }));
    const api = await startTestHttp(graph, { env: { METRICS_ENABLED: 'false' } });
    expect(api.app.metrics).toBeUndefined();
    try {
      expect((await fetch(`${api.base}/metrics`)).status).toBe(404);
    } finally {
      await api.close();
      await graph.driver.close();
    }
  });
});
