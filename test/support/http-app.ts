import { GraphRuntime } from '../../src/app/graph-runtime';
import { connectTestGraph, resetAndLoad } from './graph';
import { startTestHttp } from './http-server';

/** The whole HTTP app in-process on a free port, over the test Neo4j with the seed loaded; `stop` also closes the driver. */
export async function startTestHttpApp(): Promise<{ base: string; graph: GraphRuntime; stop: () => Promise<void> }> {
  const graph = await connectTestGraph();
  await resetAndLoad(graph);
  const http = await startTestHttp(graph);
  const stop = async () => {
    await http.close();
    await graph.driver.close();
  };
  return { base: http.base, graph, stop };
}
