import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphRuntime } from '../../src/runtime';
import { connectTestGraph, createTestServer, resetAndLoad } from '../support/graph';
import { ROOT_DIR } from '../support/paths';

/** Each ```graphql block of the README's example section followed by a ```json block: the query and its exact answer. */
function readmeExamples(): { query: string; expected: unknown }[] {
  const readme = readFileSync(join(ROOT_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Example queries'), readme.indexOf('## Graph model'));
  return [...section.matchAll(/```graphql\n([\s\S]*?)\n```\s*```json\n([\s\S]*?)\n```/g)].map((m) => ({ query: m[1], expected: JSON.parse(m[2]) }));
}

describe('the README examples', () => {
  let graph: GraphRuntime;
  let run: ReturnType<typeof createTestServer>['run'];
  const examples = readmeExamples();

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    run = createTestServer(graph).run;
  });
  afterAll(async () => graph.driver.close());

  it('are there, "what guides this resolution" first', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(examples[0].query).toContain('guidedBy');
  });

  it.each(examples.map((e, i) => [i + 1, e] as const))('example %i gives exactly the documented answer', async (_i, example) => {
    expect(await run(example.query)).toEqual(example.expected);
  });
});
