import { GraphRuntime } from '../../src/app/graph-runtime';
import { startTestHttpApp } from '../support/http-app';

describe('the API over a real HTTP socket', () => {
  let graph: GraphRuntime;
  let base: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ base, graph, stop } = await startTestHttpApp());
  });
  afterAll(async () => {
    await stop();
  });

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers the README query "what guides this resolution" over POST /graphql', async () => {
    const response = await post(JSON.stringify({ query: '{ resolution(symbol: "E/CN.4/RES/2003/48") { guidedBy { label } } }' }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.data.resolution.guidedBy.map((g: { label: string }) => g.label)).toEqual(['UDHR', 'ICCPR', 'ICESCR', 'ICERD', 'CEDAW', 'CRC']);
  });

  it('reports liveness and readiness', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'reachable' });
  });

  it('answers malformed JSON and unknown fields with 400 and a code, never a stack trace', async () => {
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    const malformedBody = await malformed.text();
    expect(malformedBody).not.toMatch(/at .*\.(js|ts):\d+/);
    const unknown = await post(JSON.stringify({ query: '{ resolution(symbol: "x") { nope } }' }));
    expect(unknown.status).toBe(400);
    const body = (await unknown.json()) as any;
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].extensions.stacktrace).toBeUndefined();
  });
});
