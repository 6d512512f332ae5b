import { GraphRuntime } from '../../src/app/graph-runtime';
import { connectTestGraph, createTestServer, resetAndLoadDefault } from '../support/graph';
import { docExamples, readmeText } from '../support/docs';

/**
 * Each ```graphql block of the README followed by a ```json block: a query for the plain API and its exact answer.
 * (The Federation example runs through a gateway; its answer is a ```jsonc block, tested in federation.int.test.ts.)
 */
function readmeExamples(): { query: string; expected: unknown }[] {
  return docExamples(readmeText());
}

describe('the README examples', () => {
  let graph: GraphRuntime;
  let run: ReturnType<typeof createTestServer>['run'];
  const examples = readmeExamples();

  // The README's answers come from the default graph: the catalogue, the seed and the corpus, loaded as npm start loads them.
  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoadDefault(graph);
    run = createTestServer(graph).run;
  });
  afterAll(async () => graph.driver.close());

  it('are there, "what guides this resolution" first', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(examples[0].query).toContain('guidedBy');
  });

  it.each(examples.map((e, i) => [i + 1, e] as const))('example %i gives exactly the documented answer', async (_i, example) => {
    expect(await run(example.query)).toEqual(example.expected);
  });
});
