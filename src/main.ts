import 'reflect-metadata';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { loadAllQueries } from './graph/cypher';
import { GraphUnavailableError } from './graph/errors';
import { LoadRepository } from './graph/load.repository';
import { loadSeedGraph } from './graph/seed-loader';
import { repoRoot } from './repo-root';
import { APP, connectGraph } from './runtime';
import { createApolloServer } from './server/apollo';
import { createHttpApp, listen } from './server/http';
import { createLogger } from './server/logger';
import { createOperability } from './server/operability';
import { buildGraphSchema } from './schema/build-schema';

/** The main job: start Neo4j if needed, load the graph, serve GraphQL until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.logFormat);
  const say = (line: string) => logger.info(line);
  loadAllQueries();
  const schema = buildGraphSchema();

  say(config.neo4j.target.mode === 'local' ? 'NEO4J_URI is not set: starting the project\'s own Neo4j' : `Using Neo4j at ${config.neo4j.target.uri}`);
  const operability = createOperability(config, logger);
  const graph = await connectGraph(config, { log: say, onQuery: (e) => operability.onQuery(e) });
  const { plugins, metrics } = operability.attach(graph.executor);

  const apollo = createApolloServer(schema, logger, { limits: config.limits, plugins });
  await apollo.start();
  const app = createHttpApp(
    apollo,
    graph.repo,
    {
      ...config.http,
      maxPageSize: config.maxPageSize,
      maxGraphNodes: config.maxGraphNodes,
      apiKey: config.apiKey,
      load: new LoadRepository(graph.executor),
      bodyLimit: config.limits.bodyLimit,
      writeBodyLimit: config.limits.writeBodyLimit,
      corsOrigins: config.corsOrigins,
      metrics,
    },
    logger,
  );
  const server = await listen(app, config.http.host, config.http.port);
  const url = `http://${config.http.host}:${config.http.port}/graphql`;

  const loaded = loadUntilDone(graph.executor, say, (e) => logger.error({ err: e }, 'loading the graph failed'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: finishing in-flight requests`);
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    await closed;
    await apollo.stop();
    await graph.close();
    say('Stopped cleanly.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const summary = await loaded;
  if (summary) {
    const r = summary.resolutions.reduce((a, s) => ({ p: a.p + s.paragraphs, c: a.c + s.citations }), { p: 0, c: 0 });
    say(
      `${APP.name} ${APP.version} serving ${url}: loaded ${summary.catalogue.entities} catalogue entities and ` +
        `${summary.resolutions.length} resolution(s) (${r.p} paragraphs, ${r.c} citations) in ${summary.ms} ms; ` +
        `graph has ${summary.graph.nodes} nodes and ${summary.graph.relationships} relationships.`,
    );
  }
}

/** Loads the seed graph, retrying while Neo4j is unreachable so the API keeps serving (and says it is not ready). */
async function loadUntilDone(executor: Parameters<typeof loadSeedGraph>[0], say: (l: string) => void, fail: (e: unknown) => void) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadSeedGraph(executor, join(repoRoot(), 'data'), say);
    } catch (error) {
      if (!(error instanceof GraphUnavailableError)) {
        fail(error);
        return undefined;
      }
      const wait = Math.min(30, 2 ** attempt);
      say(`Neo4j is not reachable; retrying the load in ${wait} s (attempt ${attempt})`);
      await new Promise((r) => setTimeout(r, wait * 1000));
    }
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`Could not start: ${message}`);
  process.exit(1);
});
