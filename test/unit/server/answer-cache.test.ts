import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { AnswerCache } from '../../../src/api/http/answer-cache';
import { createResponseCachePlugins } from '../../../src/api/http/cache';
import { GraphVersionTracker } from '../../../src/graph/graph-version';

/**
 * The HTTP answer cache in front of a real Apollo Server 5, wired as src/api/http/http.ts wires it (body parser, the
 * cache's middleware, expressMiddleware whose context function attaches the response). No database: the graph version
 * is a constant. What is counted is whether Apollo ran at all for a request.
 */
let server: Server;
let base: string;
let apolloRuns = 0;
let resolved = 0;
let apollo: ApolloServer<BaseContext>;

beforeAll(async () => {
  const versions = { current: async () => 'v1', invalidate: () => undefined } as unknown as GraphVersionTracker;
  const answers = new AnswerCache({ version: () => versions.current(), maxAgeS: 300, maxBytes: 1 << 20 });
  const counting: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      apolloRuns += 1;
    },
  };
  apollo = new ApolloServer<BaseContext>({
    typeDefs: 'type Query { hello(name: String): String! }',
    resolvers: { Query: { hello: (_: unknown, a: { name?: string }) => ((resolved += 1), `hello ${a.name ?? 'world'}`) } },
    plugins: [ApolloServerPluginCacheControlDisabled(), counting, ...createResponseCachePlugins({ versions, maxAgeS: 300, maxBytes: 1 << 20 }), answers.plugin() as ApolloServerPlugin<BaseContext>],
  });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json(),
    answers.middleware(),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const context = {};
        answers.attach(context, res);
        return context;
      },
    }),
  );
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await apollo.stop();
});

async function ask(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, age: response.headers.get('age'), type: response.headers.get('content-type'), body: await response.text() };
}

describe('AnswerCache: a repeated query is answered before Apollo runs', () => {
  it('runs Apollo for the first ask only, and sends its answer byte for byte afterwards', async () => {
    const runs = apolloRuns;
    const first = await ask('query Hi($name: String) { hello(name: $name) }', { name: 'a' });
    expect(apolloRuns).toBe(runs + 1);
    const again = [await ask('query Hi($name: String) { hello(name: $name) }', { name: 'a' }), await ask('query Hi($name: String) { hello(name: $name) }', { name: 'a' })];
    expect(apolloRuns).toBe(runs + 1);
    for (const a of again) {
      expect(a).toEqual({ status: 200, age: '0', type: first.type, body: first.body });
    }
    expect(JSON.parse(first.body)).toEqual({ data: { hello: 'hello a' } });
  });

  it('keeps an answer that Apollo served from its own response cache (as after the start-up warm-up)', async () => {
    const query = '{ hello(name: "warm") }';
    // The warm-up asks through executeOperation, without HTTP: Apollo's response cache holds the answer, ours does not.
    await apollo.executeOperation({ query });
    const resolvedBefore = resolved;
    const runs = apolloRuns;
    const first = await ask(query);
    expect(resolved).toBe(resolvedBefore); // Apollo's response cache answered
    expect(apolloRuns).toBe(runs + 1);
    const second = await ask(query);
    expect(apolloRuns).toBe(runs + 1);
    expect(second.body).toBe(first.body);
  });

  it('asks Apollo again for other variables, and never keeps an answer with errors', async () => {
    const runs = apolloRuns;
    await ask('query Hi($name: String) { hello(name: $name) }', { name: 'b' });
    expect(apolloRuns).toBe(runs + 1);
    const bad = [await ask('{ hello(name: 1) }'), await ask('{ hello(name: 1) }')];
    expect(apolloRuns).toBe(runs + 3);
    expect(bad.every((b) => b.age === null && JSON.parse(b.body).errors.length > 0)).toBe(true);
  });
});
