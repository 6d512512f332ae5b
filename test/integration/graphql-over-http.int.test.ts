import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { AuditResult, serverAudits } from 'graphql-http';
import { GraphRuntime } from '../../src/runtime';
import { createApolloServer } from '../../src/api/http/apollo';
import { createHttpApp, listen } from '../../src/api/http/http';
import { createLogger } from '../../src/api/http/logger';
import { buildGraphSchema } from '../../src/api/graphql/build-schema';
import { connectTestGraph, resetAndLoad } from '../support/graph';

/** The GraphQL-over-HTTP spec's audits (package graphql-http) against the real HTTP server. */
describe('GraphQL over HTTP audits', () => {
  let graph: GraphRuntime;
  let server: Server;
  let url: string;
  let stopApollo: () => Promise<void>;

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    const apollo = createApolloServer(buildGraphSchema(), createLogger('silent'));
    await apollo.start();
    stopApollo = () => apollo.stop();
    server = await listen(createHttpApp(apollo, graph.repo, { host: '127.0.0.1', port: 0, maxPageSize: 100 }, createLogger('silent')), '127.0.0.1', 0);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.close();
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
