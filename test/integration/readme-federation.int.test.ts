import { docExamples, federationDoc } from '../support/docs';
import { connectTestGraph, createTestServer, resetAndLoad } from '../support/graph';

describe('the examples of docs/readme/federation.md', () => {
  let graph: Awaited<ReturnType<typeof connectTestGraph>>;
  let run: ReturnType<typeof createTestServer>['run'];
  const examples = docExamples(federationDoc());

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    run = createTestServer(graph).run;
  });
  afterAll(async () => graph.driver.close());

  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((e, i) => [i + 1, e] as const))('example %i gives exactly the documented answer', async (_i, example) => {
    expect(await run(example.query)).toEqual(example.expected);
  });
});
