import { join } from 'node:path';
import { ensureLauncherBuilt, resolveLocalPassword, startLocalNeo4j } from '../src/platform/neo4j/local-neo4j';

/**
 * Gives the integration tests a real Neo4j: the one named by NEO4J_URI, or the project's own, started under
 * `.neo4j-test/` (NEO4J_TEST_HOME) on port 7688 (NEO4J_TEST_PORT) so tests never touch the data of `npm start`.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const homeDir = process.env.NEO4J_TEST_HOME ?? join(__dirname, '..', '.neo4j-test');
  const port = Number(process.env.NEO4J_TEST_PORT ?? 7688);
  const password = resolveLocalPassword(homeDir, process.env.NEO4J_PASSWORD);
  const options = { homeDir, port, password, log: (line: string) => process.stderr.write(`[neo4j] ${line}\n`) };
  await ensureLauncherBuilt(options);
  const started = await startLocalNeo4j(options);
  process.env.NEO4J_URI = started.uri;
  process.env.NEO4J_PASSWORD = password;
  process.env.UNHR_TEST_STARTED_NEO4J = started.alreadyRunning ? '' : JSON.stringify({ homeDir, port, password });
}
