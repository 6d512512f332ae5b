import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { loadAllQueries } from './graph/cypher';
import { GraphBusyError, GraphUnavailableError, QueryTimeoutError } from './graph/errors';
import { ExportRepository } from './graph/export.repository';
import { LoadRepository } from './graph/load.repository';
import { describeTexts, loadStartupGraph } from './services/seed-loader';
import { warmUp } from './services/warm-up';
import { APP, connectGraph } from './runtime';
import { createApolloServer } from './api/http/apollo';
import { createHttpApp, listen } from './api/http/http';
import { createLogger } from './api/http/logger';
import { createOperability } from './api/http/operability';
import { ParsePool } from './api/http/parse-pool';
import { buildGraphSchema } from './api/graphql/build-schema';
import { buildSubgraphGraphSchema } from './api/graphql/subgraph';

/** Longest pause between attempts to load the graph while Neo4j is unreachable: short, so the API is ready soon after Neo4j. */
const LOAD_RETRY_MAX_S = 5;

/** How long SIGTERM waits for in-flight requests before it closes their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

/** The main job: start Neo4j if needed, load the graph, serve GraphQL until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.logFormat);
  const say = (line: string) => logger.info(line);
  loadAllQueries();
  const schema = config.federation ? buildSubgraphGraphSchema() : buildGraphSchema();

  say(config.neo4j.target.mode === 'local' ? 'NEO4J_URI is not set: starting the project\'s own Neo4j' : `Using Neo4j at ${config.neo4j.target.uri}`);
  const operability = createOperability(config, logger);
  const graph = await connectGraph(config, { log: say, onQuery: (e) => operability.onQuery(e) });
  const { plugins, metrics, versions } = operability.attach(graph.executor);

  let loadedOk = false;
  const parsePool = new ParsePool(config.parse);
  const apollo = createApolloServer(schema, logger, { limits: config.limits, plugins });
  const options = {
    ...config.http,
    maxPageSize: config.maxPageSize,
    maxGraphNodes: config.maxGraphNodes,
    apiKey: config.apiKey,
    load: new LoadRepository(graph.executor),
    bodyLimit: config.limits.bodyLimit,
    writeBodyLimit: config.limits.writeBodyLimit,
    corsOrigins: config.corsOrigins,
    metrics,
    exporter: new ExportRepository(graph.executor),
    graphVersion: config.cache.enabled ? () => versions.current() : undefined,
    publicBaseUrl: config.publicBaseUrl,
    parsePool,
    readyTimeoutMs: config.readyTimeoutMs,
    maxVariablesDepth: config.limits.maxVariablesDepth,
    maxVariablesValues: config.limits.maxVariablesValues,
    exportCacheMaxBytes: config.exportCacheMaxBytes,
    isLoaded: () => loadedOk,
  };
  let server: Awaited<ReturnType<typeof listen>>;
  try {
    await apollo.start();
    server = await listen(createHttpApp(apollo, graph.repo, options, logger), config.http.host, config.http.port);
  } catch (error) {
    // Do not leave behind the Neo4j this process started: the next `npm start` would find it running.
    await apollo.stop().catch(() => undefined);
    await graph.close().catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(
        `port ${config.http.port} on ${config.http.host} is already in use (is the API already running?). Stop that process, or set PORT to a free port, then start again.`,
      );
    }
    throw error;
  }
  const url = `http://${config.http.host}:${config.http.port}/graphql`;

  const loaded = loadUntilDone(() => loadStartupGraph(graph.executor, config, say), say, (e) => logger.error({ err: e }, 'loading the graph failed'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: finishing in-flight requests`);
    const closed = new Promise((resolve) => server.close(resolve));
    // Keep-alive connections become idle as their last response is sent: close them as they do; cut the rest at the deadline.
    const reaper = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    server.closeIdleConnections();
    await closed;
    clearInterval(reaper);
    clearTimeout(deadline);
    await apollo.stop();
    await parsePool.close();
    await graph.close();
    say('Stopped cleanly: in-flight requests answered, Neo4j driver closed.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A closed terminal: stop cleanly too, rather than leave the Neo4j this process started running.
  process.on('SIGHUP', () => void stop('SIGHUP'));

  const summary = await loaded;
  if (summary) await warmUp(graph.executor, { log: say }); // issue 13: first questions as fast as later ones (≤ a few s)
  loadedOk = summary !== undefined;
  if (summary) {
    for (const r of summary.texts.refused) logger.warn(`Refused ${r.source}: ${r.reason}`);
    say(
      `${APP.name} ${APP.version} serving ${url}${config.federation ? ' (as a Federation 2 subgraph)' : ''}: loaded ${summary.catalogue.entities} catalogue entities and ` +
        `${describeTexts(summary.texts)} in ${summary.ms} ms; graph has ${summary.graph.nodes} nodes and ${summary.graph.relationships} relationships.`,
    );
  }
}

/** Loads the graph, retrying while Neo4j is unreachable so the API keeps serving (and says it is not ready). */
async function loadUntilDone<T>(load: () => Promise<T>, say: (l: string) => void, fail: (e: unknown) => void): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      // Unreachable, busy or too slow (a Neo4j still warming up on a loaded machine) passes; anything else will not.
      const passing = error instanceof GraphUnavailableError || error instanceof GraphBusyError || error instanceof QueryTimeoutError;
      if (!passing) {
        fail(error);
        return undefined;
      }
      const wait = Math.min(LOAD_RETRY_MAX_S, 2 ** attempt);
      const why = error instanceof GraphUnavailableError ? 'Neo4j is not reachable' : `Neo4j is ${error instanceof GraphBusyError ? 'busy' : 'slow'}`;
      say(`${why}; retrying the load in ${wait} s (attempt ${attempt})`);
      await new Promise((r) => setTimeout(r, wait * 1000));
    }
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`Could not start: ${message}`);
  process.exit(1);
});
