import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import { AppConfig } from '../config';
import { loadAllQueries } from '../graph/cypher';
import { ExportRepository } from '../graph/export.repository';
import { LoadRepository } from '../graph/load.repository';
import { LoadSummary, loadStartupGraph } from '../services/seed-loader';
import { warmUp } from '../services/warm-up';
import { warmPages } from './warm-pages';
import { askWarmOperations } from './warm-operations';
import { buildGraphSchema } from '../api/graphql/build-schema';
import { createContext, GraphContext } from '../api/graphql/context';
import { buildSubgraphGraphSchema } from '../api/graphql/subgraph';
import { createApolloServer } from '../api/http/apollo';
import { createHttpApp, listen } from '../api/http/http';
import { createLogger, Logger } from '../api/http/logger';
import { ApiMetrics } from '../api/http/metrics';
import { createOperability } from '../api/http/operability';
import { ParsePool } from '../api/http/parse-pool';
import { connectGraph, GraphRuntime } from './graph-runtime';
import { loadUntilDone } from './load-until-done';

/** How long close() waits for in-flight requests before it cuts their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface ComposeOptions {
  /** Default: the configuration's LOG_LEVEL and LOG_FORMAT. */
  logger?: Logger;
  /** An open connection to use instead of connecting (tests share one per file); close() then leaves it open. */
  graph?: GraphRuntime;
  /** Load the start-up graph (catalogue, seed, corpus) once listening, retrying while Neo4j is unreachable; default true. */
  loadGraph?: boolean;
  /** Where the embedded Neo4j lives when NEO4J_URI is unset (default <repo>/.neo4j). */
  homeDir?: string;
}

/** The whole application, running: what main serves, what tests and benches call. */
export interface App {
  config: AppConfig;
  logger: Logger;
  graph: GraphRuntime;
  schema: GraphQLSchema;
  apollo: ApolloServer<GraphContext>;
  http: express.Express;
  server: Server;
  /** Where it listens, such as http://127.0.0.1:4000 (the real port when the configuration asked for port 0). */
  base: string;
  metrics?: ApiMetrics;
  /** The start-up load's summary once it is done; undefined when it failed or was not asked for. */
  loaded: Promise<LoadSummary | undefined>;
  /** Stops accepting requests, answers those in flight (cut after `graceMs`), then closes Apollo, the parse workers and the graph. */
  close(options?: { graceMs?: number }): Promise<void>;
}

/** The GraphQL server the configuration asks for (the plain schema or the Federation 2 subgraph), without HTTP. */
export function composeGraphql(config: AppConfig, logger: Logger, plugins: ApolloServerPlugin<GraphContext>[] = []): { schema: GraphQLSchema; apollo: ApolloServer<GraphContext> } {
  loadAllQueries();
  const schema = config.federation ? buildSubgraphGraphSchema() : buildGraphSchema();
  return { schema, apollo: createApolloServer(schema, logger, { limits: config.limits, plugins }) };
}

/**
 * Builds and starts the application from its validated configuration alone: the graph (starting the project's own
 * Neo4j when NEO4J_URI is unset), the GraphQL schema and Apollo, the HTTP routes, cache, metrics and logs; listens on
 * HOST:PORT, then loads the start-up graph in the background. One `close()` undoes all of it.
 */
export async function composeApp(config: AppConfig, options: ComposeOptions = {}): Promise<App> {
  loadAllQueries(); // a broken query file fails the start before Neo4j is started
  const logger = options.logger ?? createLogger(config.logLevel, config.logFormat);
  const say = (line: string) => logger.info(line);
  const operability = createOperability(config, logger);
  const owned = !options.graph;
  if (owned) say(config.neo4j.target.mode === 'local' ? "NEO4J_URI is not set: starting the project's own Neo4j" : `Using Neo4j at ${config.neo4j.target.uri}`);
  const graph = options.graph ?? (await connectGraph(config, { log: say, homeDir: options.homeDir }));
  const stopObserving = graph.executor.observe((event) => operability.onQuery(event));
  const { plugins, metrics, versions, answers } = operability.attach(graph.executor);
  const { schema, apollo } = composeGraphql(config, logger, plugins);
  const parsePool = new ParsePool(config.parse);

  let loadedOk = options.loadGraph === false;
  const release = async () => {
    stopObserving();
    await parsePool.close();
    if (owned) await graph.close();
  };
  try {
    await apollo.start();
  } catch (error) {
    await release().catch(() => undefined);
    throw error;
  }
  const http = createHttpApp(
    apollo,
    graph.repo,
    config,
    {
      load: new LoadRepository(graph.executor),
      exporter: new ExportRepository(graph.executor),
      isLoaded: () => loadedOk,
      metrics,
      graphVersion: config.cache.enabled ? () => versions.current() : undefined,
      parsePool,
      answers,
    },
    logger,
  );

  let server: Server;
  try {
    server = await listen(http, config.http.host, config.http.port);
  } catch (error) {
    // Do not leave behind the Neo4j this process started: the next `npm start` would find it running.
    await apollo.stop().catch(() => undefined);
    await release().catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `port ${config.http.port} on ${config.http.host} is already in use (is the API already running?). Stop that process, or set PORT to a free port, then start again.`,
      );
    }
    throw error;
  }
  const base = `http://${config.http.host}:${(server.address() as AddressInfo).port}`;

  const loaded: Promise<LoadSummary | undefined> =
    options.loadGraph === false
      ? Promise.resolve(undefined)
      : loadUntilDone(() => loadStartupGraph(graph.executor, config, say), say, (e) => logger.error({ err: e }, 'loading the graph failed')).then(async (summary) => {
          // Once the graph is loaded and before /ready says ready: warm the read path (issue 13; at most a few seconds).
          if (summary) {
            const context = () => createContext(graph.repo, config.maxPageSize, 'warm-up', {}, config.maxGraphNodes);
            await warmUp(graph.executor, { log: say, operations: () => askWarmOperations(apollo, context) });
          }
          loadedOk = summary !== undefined;
          if (summary) void warmPages(base, logger); // in the background: /ready does not wait for it
          return summary;
        });

  return {
    config,
    logger,
    graph,
    schema,
    apollo,
    http,
    server,
    base,
    metrics,
    loaded,
    async close({ graceMs = SHUTDOWN_GRACE_MS } = {}) {
      const closed = new Promise((resolve) => server.close(resolve));
      // Keep-alive connections become idle as their last response is sent: close them as they do; cut the rest at the deadline.
      const reaper = setInterval(() => server.closeIdleConnections(), 100);
      const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
      server.closeIdleConnections();
      await closed;
      clearInterval(reaper);
      clearTimeout(deadline);
      await apollo.stop();
      await release();
    },
  };
}
