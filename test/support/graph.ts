import 'reflect-metadata';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { loadConfig } from '../../src/config';
import { LoadSummary, loadSeedGraph, loadStartupGraph } from '../../src/services/seed-loader';
import { GraphRuntime, connectGraph } from '../../src/app/graph-runtime';
import { composeGraphql } from '../../src/app/compose-app';
import { createLogger } from '../../src/api/http/logger';
import { createContext, GraphContext } from '../../src/api/graphql/context';

import { testConfig } from './config';

export { DATA_DIR } from './paths';
import { DATA_DIR } from './paths';

/** A connection to the test Neo4j (see test/global-setup.ts), counting every round trip. */
export async function connectTestGraph(): Promise<GraphRuntime & { roundTrips: { count: number; names: string[] } }> {
  const roundTrips = { count: 0, names: [] as string[] };
  const graph = await connectGraph(loadConfig(process.env), {
    onQuery: ({ name }) => {
      roundTrips.count += 1;
      roundTrips.names.push(name);
    },
  });
  return Object.assign(graph, { roundTrips });
}

/** Empties the test database. */
async function reset(graph: GraphRuntime): Promise<void> {
  const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Empties the test database, then loads the catalogue and the seed. */
export async function resetAndLoad(graph: GraphRuntime): Promise<void> {
  await reset(graph);
  await loadSeedGraph(graph.executor, DATA_DIR);
}

/**
 * Empties the test database, then loads the default graph exactly as `npm start` does (the same function, with the
 * configuration from the environment: the catalogue, the seed and the corpus unless GRAPH_DATA=seed).
 */
export async function resetAndLoadDefault(graph: GraphRuntime): Promise<LoadSummary> {
  await reset(graph);
  return loadStartupGraph(graph.executor, loadConfig(process.env));
}

/** An Apollo server over the real graph, for `executeOperation` tests without HTTP. */
export function createTestServer(graph: GraphRuntime): { server: ApolloServer<GraphContext>; run: (query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: any[] }> } {
  const { apollo: server } = composeGraphql(testConfig(), createLogger('silent'));
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(graph.repo, 100, 'test') });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  };
  return { server, run };
}
