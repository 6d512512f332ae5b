import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Driver } from 'neo4j-driver';
import { AppConfig } from '../config';
import { ensureLauncherBuilt, resolveLocalPassword, startLocalNeo4j, stopLocalNeo4j } from '../platform/neo4j/local-neo4j';
import { createDriver } from '../graph/driver';
import { GraphExecutor } from '../graph/executor';
import { ReadRepository } from '../graph/read.repository';
import { repoRoot } from '../repo-root';

const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { name: string; version: string };

/** Name and version reported to Neo4j in transaction metadata and to clients. */
export const APP = { name: pkg.name, version: pkg.version };

/** A live connection to the graph, plus how to undo what connecting started. */
export interface GraphRuntime {
  uri: string;
  driver: Driver;
  executor: GraphExecutor;
  repo: ReadRepository;
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j. Without NEO4J_URI, starts the project's own Neo4j first
 * (or reuses it if it is already running) under `<repo>/.neo4j`.
 */
export async function connectGraph(
  config: AppConfig,
  options: { log?: (line: string) => void; homeDir?: string; onQuery?: ConstructorParameters<typeof GraphExecutor>[1]['onQuery'] } = {},
): Promise<GraphRuntime> {
  const target = config.neo4j.target;
  let uri: string;
  let password: string;
  let stopAfter: (() => Promise<void>) | undefined;
  if (target.mode === 'external') {
    uri = target.uri;
    password = target.password;
  } else {
    const homeDir = options.homeDir ?? join(repoRoot(), '.neo4j');
    password = resolveLocalPassword(homeDir, target.password);
    const local = { port: target.port, password, homeDir, log: options.log };
    await ensureLauncherBuilt(local);
    const started = await startLocalNeo4j(local);
    uri = started.uri;
    if (!started.alreadyRunning) stopAfter = async () => void (await stopLocalNeo4j(local));
  }
  const driver = createDriver({ uri, user: config.neo4j.user, password, maxPoolSize: config.neo4j.maxPoolSize, acquisitionTimeoutMs: config.neo4j.acquisitionTimeoutMs });
  const executor = new GraphExecutor(driver, {
    database: config.neo4j.database,
    appName: APP.name,
    appVersion: APP.version,
    timeoutMs: config.neo4j.queryTimeoutMs,
    clientTimeoutMs: Math.max(config.neo4j.clientTimeoutMs, config.neo4j.queryTimeoutMs + 1_000),
    onQuery: options.onQuery,
  });
  return {
    uri,
    driver,
    executor,
    repo: new ReadRepository(executor),
    async close() {
      await driver.close();
      if (stopAfter) await stopAfter();
    },
  };
}
