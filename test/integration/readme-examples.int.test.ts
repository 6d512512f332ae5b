import { GraphRuntime } from '../../src/app/graph-runtime';
import { connectTestGraph, createTestServer, resetAndLoadDefault } from '../support/graph';
import { docExamples, docFiles } from '../support/docs';

/**
 * Each ```graphql block followed by a ```json block, in the README and then in every page of docs/ (a page without
 * examples adds none): a query for the plain API and its exact answer. (The Federation example runs through a
 * gateway; its answer is a ```jsonc block, tested in federation.int.test.ts.)
 */
function readmeExamples(): { file: string; query: string; expected: unknown }[] {
  return docFiles().flatMap(({ file, text }) => docExamples(text).map((e) => ({ file, ...e })));
}

describe('the examples of the README and docs/', () => {
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

  it('are in the README and in docs/', () => {
    expect(examples[0].file).toBe('README.md');
    expect(examples.some((e) => e.file.startsWith('docs/'))).toBe(true);
  });

  it.each(examples.map((e, i) => [i + 1, e.file, e] as const))('example %i (%s) gives exactly the documented answer', async (_i, _file, example) => {
    expect(await run(example.query)).toEqual(example.expected);
  });
});
