import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { ApolloServerPlugin } from '@apollo/server';
import { loadConfig, RequestLimits } from '../../src/config';
import { LoadRepository } from '../../src/graph/load.repository';
import { GraphRuntime } from '../../src/runtime';
import { createApolloServer } from '../../src/api/http/apollo';
import { createHttpApp, listen } from '../../src/api/http/http';
import { createLogger, Logger } from '../../src/api/http/logger';
import { ApiMetrics } from '../../src/api/http/metrics';
import { buildGraphSchema } from '../../src/api/graphql/build-schema';
import { GraphContext } from '../../src/api/graphql/context';

/** What a test server may differ in from the defaults. */
export interface TestHttpOptions {
  limits?: Partial<RequestLimits>;
  apiKey?: string;
  corsOrigins?: string[];
  plugins?: ApolloServerPlugin<GraphContext>[];
  metrics?: ApiMetrics;
  logger?: Logger;
}

/** A running API on a free port over the given graph, as main.ts wires it. */
export interface TestHttp {
  base: string;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the whole HTTP stack (express, Apollo, limits) on 127.0.0.1 with an ephemeral port. */
export async function startTestHttp(graph: GraphRuntime, options: TestHttpOptions = {}): Promise<TestHttp> {
  const limits = { ...loadConfig({}).limits, ...options.limits };
  const logger = options.logger ?? createLogger('silent');
  const apollo = createApolloServer(buildGraphSchema(), logger, { limits, plugins: options.plugins });
  await apollo.start();
  const app = createHttpApp(
    apollo,
    graph.repo,
    {
      host: '127.0.0.1',
      port: 0,
      maxPageSize: limits.maxPageSize,
      apiKey: options.apiKey,
      load: new LoadRepository(graph.executor),
      bodyLimit: limits.bodyLimit,
      writeBodyLimit: limits.writeBodyLimit,
      maxVariablesDepth: limits.maxVariablesDepth,
      maxVariablesValues: limits.maxVariablesValues,
      corsOrigins: options.corsOrigins,
      metrics: options.metrics,
    },
    logger,
  );
  const server: Server = await listen(app, '127.0.0.1', 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    post: (body, headers = {}) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
