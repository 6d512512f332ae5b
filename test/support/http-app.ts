import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { GraphRuntime } from '../../src/runtime';
import { createApolloServer } from '../../src/server/apollo';
import { createHttpApp, listen } from '../../src/server/http';
import { createLogger } from '../../src/server/logger';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { connectTestGraph, resetAndLoad } from './graph';

/** The whole HTTP app in-process on a free port, over the test Neo4j with the seed loaded. */
export async function startTestHttpApp(): Promise<{ base: string; graph: GraphRuntime; stop: () => Promise<void> }> {
  const graph = await connectTestGraph();
  await resetAndLoad(graph);
  const apollo = createApolloServer(buildGraphSchema(), createLogger('silent'));
  await apollo.start();
  const server: Server = await listen(
    createHttpApp(apollo, graph.repo, { host: '127.0.0.1', port: 0, maxPageSize: 100 }, createLogger('silent')),
    '127.0.0.1',
    0,
  );
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stop = async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
    await apollo.stop();
    await graph.driver.close();
  };
  return { base, graph, stop };
}
