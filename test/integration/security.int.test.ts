import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Neo4jError } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { cypher } from '../../src/graph/cypher';
import { ReadRepository } from '../../src/graph/read.repository';
import { connectGraph, GraphRuntime } from '../../src/app/graph-runtime';
import { resetAndLoad } from '../support/graph';
import { startTestHttp, TestHttp } from '../support/http-server';
import { ROOT_DIR } from '../support/paths';

const SEED = 'E/CN.4/RES/2003/48';
const API_KEY = 'security-test-key-0123456789';
const TEXT = readFileSync(join(ROOT_DIR, 'test/fixtures/texts/ingest/ga-99-901.txt'), 'utf8');
const INGEST = 'mutation($text: String!) { ingestResolution(text: $text) { symbol paragraphCount } }';

let graph: GraphRuntime;
const modes: { name: string; mode: string }[] = [];

beforeAll(async () => {
  graph = await connectGraph(loadConfig(process.env), { onQuery: ({ name, mode }) => modes.push({ name, mode }) });
  await resetAndLoad(graph);
});
afterAll(async () => graph.driver.close());

describe('public reads run in READ transactions', () => {
  it('the read path refuses a write statement: Neo4j rejects it in a READ transaction', async () => {
    const write = { name: 'test/write-through-read', text: "CREATE (:Probe {id: 'should-not-exist'}) RETURN 1 AS one" };
    await expect(graph.executor.read(write)).rejects.toThrow(Neo4jError);
    await expect(graph.executor.read(write)).rejects.toMatchObject({ code: expect.stringMatching(/AccessMode|ForbiddenDueToTransactionType/) });
    const [row] = await graph.executor.read({ name: 'test/count-probes', text: 'MATCH (p:Probe) RETURN count(p) AS probes' });
    expect(row.probes).toBe(0);
  });

  it('every round trip of a spread of queries over HTTP is a READ', async () => {
    const api = await startTestHttp(graph);
    try {
      modes.length = 0;
      const queries = [
        `{ resolution(symbol: "${SEED}") { guidedBy { label citations { quote paragraph { id } } } paragraphs { id citations { relation } } } }`,
        '{ instrument(abbreviation: "CEDAW") { title citedBy { totalCount edges { node { quote resolution { symbol } } } } monitoredBy { title } } }',
        '{ search(text: "human rights", first: 5) { totalCount nodes { snippet } } }',
        '{ resolutions(first: 5) { nodes { symbol adoptedBy { abbreviation } } } bodies(first: 5) { nodes { title } } }',
      ];
      for (const query of queries) {
        const response = await api.post({ query });
        expect(response.status).toBe(200);
        expect(((await response.json()) as any).errors).toBeUndefined();
      }
      expect(modes.length).toBeGreaterThan(4);
      expect(modes.filter((m) => m.mode !== 'READ')).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

describe('mutations need the API key, over HTTP', () => {
  const ingest = async (api: TestHttp, headers: Record<string, string> = {}) => {
    const response = await api.post({ query: INGEST, variables: { text: TEXT } }, headers);
    return { status: response.status, body: (await response.json()) as any };
  };

  it('without API_KEY configured, writes are disabled and the message says how to enable them', async () => {
    const api = await startTestHttp(graph);
    try {
      const result = await ingest(api, { 'x-api-key': API_KEY });
      expect(result.body.data).toBeNull();
      expect(result.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(result.body.errors[0].message).toMatch(/Writes are disabled: set API_KEY/);
    } finally {
      await api.close();
    }
  });

  it('with API_KEY configured: no key or a wrong key gets FORBIDDEN, the right key writes', async () => {
    const api = await startTestHttp(graph, { apiKey: API_KEY });
    try {
      for (const headers of [{}, { 'x-api-key': 'wrong-key-0123456789abc' }, { authorization: 'Bearer wrong-key-0123456789abc' }] as Record<string, string>[]) {
        const refused = await ingest(api, headers);
        expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
        expect(refused.body.errors[0].message).toMatch(/Send the API key in the x-api-key header/);
        expect(JSON.stringify(refused.body)).not.toContain(API_KEY);
      }
      const [before] = await graph.executor.read(cypher('entity/by-symbols'), { symbols: ['A/RES/99/901'] });
      expect(before).toBeUndefined();
      const granted = await ingest(api, { 'x-api-key': API_KEY });
      expect(granted.status).toBe(200);
      expect(granted.body).toEqual({ data: { ingestResolution: { symbol: 'A/RES/99/901', paragraphCount: 7 } } });
    } finally {
      await api.close();
    }
  });
});

describe('browsers: CORS allow-list and CSRF prevention', () => {
  let api: TestHttp;
  const ALLOWED = 'https://explorer.example.org';
  beforeAll(async () => {
    api = await startTestHttp(graph, { corsOrigins: [ALLOWED] });
  });
  afterAll(async () => api.close());

  const preflight = (base: string, origin: string) =>
    fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('answers a preflight from a listed origin with that origin, and one from any other origin without CORS headers', async () => {
    const allowed = await preflight(api.base, ALLOWED);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('content-type');
    const refused = await preflight(api.base, 'https://evil.example.com');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const post = await api.post({ query: '{ __typename }' }, { origin: 'https://evil.example.com' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows no cross-origin browser by default (CORS_ORIGINS unset)', async () => {
    const closed = await startTestHttp(graph);
    try {
      const response = await preflight(closed.base, ALLOWED);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await closed.close();
    }
  });

  it('refuses GET and simple POST requests that could skip the preflight (Apollo CSRF prevention), accepts them with a preflight header', async () => {
    const url = `${api.base}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const get = await fetch(url);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const textPost = await fetch(`${api.base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(textPost.status).toBe(400);
    expect(await textPost.text()).toMatch(/Cross-Site Request Forgery/);
    const withHeader = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('internal errors are masked for the client and logged with the request id', () => {
  it('a resolver fed a broken repository: the client sees a code and a requestId, the log has the error and the same id', async () => {
    const lines: any[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) }));
    const secret = 'Neo.ClientError.Statement.SyntaxError: Invalid input near MATCH (n:Secret {password: $pw})';
    const broken = new Proxy({}, { get: () => async () => { throw new Error(secret); } }) as ReadRepository;
    const api = await startTestHttp({ ...graph, repo: broken }, { logger });
    try {
      const response = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'report-me-42' },
        body: JSON.stringify({ query: `query Broken { resolution(symbol: "${SEED}") { id title } }` }),
      });
      expect(response.headers.get('x-request-id')).toBe('report-me-42');
      const text = await response.text();
      expect(text).not.toMatch(/MATCH|Secret|password|Neo\.ClientError|stacktrace|\.ts:\d+/);
      const body = JSON.parse(text);
      expect(body.data).toEqual({ resolution: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'report-me-42' });
      expect(body.errors[0].message).toMatch(/report it with the requestId/);

      const logged = lines.find((l) => l.msg === 'internal error while answering a request');
      expect(logged).toMatchObject({ level: 50, requestId: 'report-me-42', operationName: 'Broken', err: { message: secret } });
      expect(logged.err.stack).toContain('security.int.test.ts');
      const request = lines.find((l) => l.msg === 'graphql request');
      expect(request).toMatchObject({ requestId: 'report-me-42', operationName: 'Broken', operationType: 'query', outcome: 'error', errorCodes: ['INTERNAL_SERVER_ERROR'] });
      expect(typeof request.ms).toBe('number');
    } finally {
      await api.close();
    }
  });

  it('a request without x-request-id gets a generated one, echoed in the response header', async () => {
    const api = await startTestHttp(graph);
    try {
      const response = await api.post({ query: '{ __typename }' });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const hostile = await api.post({ query: '{ __typename }' }, { 'x-request-id': 'bad id\twith spaces' });
      expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await api.close();
    }
  });
});
