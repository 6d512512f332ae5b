import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { loadConfig } from '../../../src/config';
import { createDriver } from '../../../src/graph/driver';
import { listen } from '../../../src/api/http/http';
import { repoRoot } from '../../../src/repo-root';

/**
 * The comparison server of bench/api: @neo4j/graphql over the same model (type-defs.graphql), on the same HTTP stack as
 * our API (express 5, Apollo Server 5, the same JSON body parser) and the same driver settings, so the library is the
 * only difference. Reads NEO4J_URI, NEO4J_PASSWORD, HOST and PORT like our API (through src/config.ts).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.target.mode !== 'external') throw new Error('set NEO4J_URI and NEO4J_PASSWORD: this server never starts a Neo4j');
  const driver = createDriver({ uri: config.neo4j.target.uri, user: config.neo4j.user, password: config.neo4j.target.password, maxPoolSize: config.neo4j.maxPoolSize });
  const typeDefs = readFileSync(join(repoRoot(), 'bench', 'api', 'neo4j-graphql', 'type-defs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema, includeStacktraceInErrorResponses: false, plugins: [ApolloServerPluginLandingPageDisabled()] });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: config.neo4j.database } }) }));
  const server = await listen(app, config.http.host, config.http.port);
  const stop = async () => {
    server.close();
    server.closeIdleConnections();
    await apollo.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  console.log(`@neo4j/graphql serving http://${config.http.host}:${config.http.port}/graphql`);
}

main().catch((error: unknown) => {
  console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
