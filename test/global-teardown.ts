import { stopLocalNeo4j } from '../src/platform/neo4j/local-neo4j';

/** Stops the test Neo4j if the setup started it (a server that was already running is left alone). */
export default async function globalTeardown(): Promise<void> {
  const started = process.env.UNHR_TEST_STARTED_NEO4J;
  if (!started || process.env.KEEP_TEST_NEO4J) return;
  await stopLocalNeo4j(JSON.parse(started));
}
