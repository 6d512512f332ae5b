import { warmUp, warmUpAll } from '../../src/services/warm-up';
import { connectTestGraph, resetAndLoad } from '../support/graph';

/** The start-up warm-up (src/services/warm-up.ts) runs every read it lists without error, and never holds start-up long. */
let graph: Awaited<ReturnType<typeof connectTestGraph>>;

beforeAll(async () => {
  graph = await connectTestGraph();
  await resetAndLoad(graph);
});
afterAll(async () => graph.driver.close());

it('resamples the indexes, reads the whole store and runs every read statement of the API once, none failing', async () => {
  graph.roundTrips.names.length = 0;
  const lines: string[] = [];
  const summary = await warmUpAll(graph.executor, { log: (l) => lines.push(l) });
  expect(summary.failed).toEqual([]);
  expect(summary.nodes).toBeGreaterThan(600);
  expect(summary.relationships).toBeGreaterThan(300);
  expect(summary.reads).toBeGreaterThanOrEqual(18);
  for (const name of ['entity/cited-by', 'resolution/cited-entities', 'entity/most-cited/instrument', 'search/ranked', 'explore/neighbourhood']) {
    expect(graph.roundTrips.names).toContain(name);
  }
  expect(lines.at(-1)).toMatch(/^Warmed up in \d+ ms/);
});

it('returns after its budget and leaves the rest to run in the background', async () => {
  const started = Date.now();
  const summary = await warmUp(graph.executor, { budgetMs: 1 });
  expect(Date.now() - started).toBeLessThan(1_000);
  expect(summary.pending).toBe(true);
  // Let the background run finish before the connection closes.
  await warmUpAll(graph.executor);
});
