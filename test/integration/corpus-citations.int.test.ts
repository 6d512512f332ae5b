import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectTestGraph, createTestServer, resetAndLoadDefault } from '../support/graph';
import { corpusDir } from '../support/paths';

/**
 * "Which resolutions cite X?" across the corpus answers one node with every citing resolution. The expected set comes
 * from the shipped texts themselves, read independently of the parser: every resolution whose own text (the
 * paragraphs and footnotes before any annex, lines joined) names X. Annexed declarations are kept apart from the
 * resolution's paragraphs, so a name only in an annex does not count.
 */
let graph: Awaited<ReturnType<typeof connectTestGraph>>;
let run: ReturnType<typeof createTestServer>['run'];

beforeAll(async () => {
  graph = await connectTestGraph();
  await resetAndLoadDefault(graph);
  run = createTestServer(graph).run;
}, 300_000);
afterAll(async () => graph.driver.close());

/** Symbols of the corpus resolutions whose own text matches the pattern. */
function namedIn(pattern: RegExp): string[] {
  return readdirSync(corpusDir())
    .filter((f) => f.endsWith('.txt'))
    .filter((f) => {
      const text = readFileSync(join(corpusDir(), f), 'utf8');
      const annex = /\n\s*Annex\s*\n/.exec(text);
      return pattern.test((annex ? text.slice(0, annex.index) : text).replace(/\s+/g, ' '));
    })
    .map((f) => f.replace(/\.txt$/, '').replace(/_/g, '/'))
    .sort();
}

/** Every resolution citing the entity, paging through citedBy. */
async function citing(lookup: string, variables: Record<string, unknown>, declared: string): Promise<{ ids: string[]; symbols: string[] }> {
  const symbols = new Set<string>();
  const ids = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const { data, errors }: { data?: any; errors?: any[] } = await run(
      `query (${declared}, $after: String) { node: ${lookup} { id citedBy(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { resolution { symbol } } } } }`,
      { ...variables, after },
    );
    expect(errors).toBeUndefined();
    ids.add(data.node.id);
    data.node.citedBy.nodes.forEach((c: any) => symbols.add(c.resolution.symbol));
    if (!data.node.citedBy.pageInfo.hasNextPage) break;
    after = data.node.citedBy.pageInfo.endCursor;
  }
  return { ids: [...ids], symbols: [...symbols].filter((s) => s.startsWith('A/RES/78/')).sort() };
}

/** Ids of the nodes of a label whose title starts with these words: splinters would show here. */
async function nodesTitled(label: 'Instrument' | 'Resolution', prefix: string): Promise<string[]> {
  const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
  try {
    const result = await session.run(`MATCH (n:${label}) WHERE n.title STARTS WITH $prefix OR n.id ENDS WITH $prefix RETURN n.id AS id ORDER BY id`, { prefix });
    return result.records.map((r) => r.get('id') as string);
  } finally {
    await session.close();
  }
}

describe('citations across the corpus: one node each, every citing resolution', () => {
  it('the Convention on Biological Diversity', async () => {
    const expected = namedIn(/Convention on Biological Diversity/);
    expect(expected.length).toBeGreaterThan(20);
    const found = await citing('instrument(id: $id)', { id: 'instrument:cbd' }, '$id: ID');
    expect(found.symbols).toEqual(expected);
    expect(await nodesTitled('Instrument', 'Convention on Biological Diversity')).toEqual(['instrument:cbd']);
  });

  it('the Paris Agreement', async () => {
    const expected = namedIn(/Paris Agreement/);
    expect(expected.length).toBeGreaterThan(40);
    const found = await citing('instrument(id: $id)', { id: 'instrument:paris-agreement' }, '$id: ID');
    expect(found.symbols).toEqual(expected);
    expect(await nodesTitled('Instrument', 'Paris Agreement')).toEqual(['instrument:paris-agreement']);
  });

  it('Human Rights Council resolution 27/21, cited as "Council resolution 27/21" and "its resolution 27/21"', async () => {
    const expected = namedIn(/\b27\/21\b/);
    expect(expected).toEqual(['A/RES/78/202']);
    const found = await citing('resolution(symbol: $symbol)', { symbol: 'A/HRC/RES/27/21' }, '$symbol: String');
    expect(found.ids).toEqual(['un:A/HRC/RES/27/21']);
    expect(found.symbols).toEqual(expected);
    expect(await nodesTitled('Resolution', '27/21')).toEqual(['un:A/HRC/RES/27/21']);
  });
});
