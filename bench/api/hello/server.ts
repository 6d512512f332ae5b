import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadConfig } from '../../../src/config';
import { listen } from '../../../src/api/http/http';

/**
 * The ceiling of bench/api: Apollo Server answering `{ hello }` from memory on the same HTTP stack as our API (express 5,
 * Apollo Server 5, the same JSON body parser). Our cached answers cannot be faster than this; the target is
 * 0.7x its throughput. Reads HOST and PORT like our API.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const apollo = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'hello' } },
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));
  const server = await listen(app, config.http.host, config.http.port);
  process.on('SIGTERM', () => {
    server.close();
    server.closeIdleConnections();
    void apollo.stop().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(`hello server failed: ${(error as Error).message}`);
  process.exit(1);
});
