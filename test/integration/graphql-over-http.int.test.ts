import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AuditResult, serverAudits } from 'graphql-http';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { connectTestGraph, resetAndLoad } from '../support/graph';
import { startTestHttp } from '../support/http-server';

/** The GraphQL-over-HTTP spec's audits (package graphql-http) against the real HTTP server. */
describe('GraphQL over HTTP audits', () => {
  let graph: GraphRuntime;
  let server: Server;
  let url: string;
  let stopApollo: () => Promise<void>;

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    const api = await startTestHttp(graph);
    stopApollo = () => api.close();
    server = api.app.server;
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await stopApollo();
    await graph.driver.close();
  });

  it('passes every MUST audit; SHOULD and MAY findings are printed', async () => {
    const results: { name: string; result: AuditResult }[] = [];
    for (const audit of serverAudits({ url, fetchFn: fetch })) results.push({ name: audit.name, result: await audit.fn() });
    expect(results.length).toBeGreaterThan(40);
    const notOk = results.filter((r) => r.result.status !== 'ok');
    for (const r of notOk) process.stderr.write(`[graphql-over-http] ${r.result.status}: ${r.name}: ${r.result.status === 'ok' ? '' : r.result.reason}\n`);
    // graphql-http marks MUST audits with status "error" when they fail ("warn" for SHOULD, "notice" for MAY).
    const mustFailures = notOk.filter((r) => r.name.startsWith('MUST') || r.result.status === 'error').map((r) => r.name);
    expect(mustFailures).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });
});
