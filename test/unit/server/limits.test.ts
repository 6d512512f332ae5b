import { parse } from 'graphql';
import { buildGraphSchema } from '../../../src/api/graphql/build-schema';
import { estimateCost, explainTokenLimit } from '../../../src/api/http/limits';
import { loadConfig } from '../../../src/config';
import { DEFAULT_LIST_SIZE, LIST_SIZES, plainObjectLists } from '../../../src/api/http/list-sizes';

const cost = (query: string, variables: Record<string, unknown> = {}, maxPageSize = 100) =>
  estimateCost({ schema: buildGraphSchema(), query: parse(query), variables }, maxPageSize);

describe('estimateCost', () => {
  it('counts 1 per field and multiplies a list selection by "first"', () => {
    expect(cost('{ resolutions(first: 10) { nodes { id label } } }').cost).toBe(1 + 10 * 3);
    expect(cost('{ resolutions(first: 0) { nodes { id } } }').cost).toBe(1);
  });

  it('uses the default page size (20) when "first" is absent, and reads variables', () => {
    expect(cost('{ resolutions { totalCount } }').cost).toBe(1 + 20 * 1);
    expect(cost('query($n: Int) { resolutions(first: $n) { totalCount } }', { n: 7 }).cost).toBe(1 + 7);
  });

  it('multiplies nested pages', () => {
    // 1 + 10 × (nodes: 1 + (id 1 + citedBy: 1 + 5 × (nodes: 1 + quote 1)))
    expect(cost('{ resolutions(first: 10) { nodes { id citedBy(first: 5) { nodes { quote } } } } }').cost).toBe(1 + 10 * (1 + 1 + 1 + 5 * 2));
  });

  it('notes every "first" over the page-size limit', () => {
    expect(cost('{ resolutions(first: 101) { totalCount } }').oversized).toEqual([{ field: 'Query.resolutions', first: 101 }]);
    expect(cost('{ resolutions(first: 100) { totalCount } }').oversized).toEqual([]);
  });

  it('counts a plain list of objects as its estimated size, and a list of scalars or a page list at 1', () => {
    const P = LIST_SIZES['Resolution.paragraphs'];
    // 1 + (paragraphs: 1 + P × (id 1 + text 1))
    expect(cost('{ resolution(id: "x") { paragraphs { id text } } }').cost).toBe(1 + 1 + P * 2);
    expect(cost('{ resolution(id: "x") { paragraphs { addressees } } }').cost).toBe(1 + 1 + P * 1);
    expect(cost('{ resolutions(first: 2) { nodes { id } edges { cursor } } }').cost).toBe(1 + 2 * (1 + 1 + 1 + 1));
  });

  it('makes a back-link cycle (paragraphs → resolution → paragraphs …) cost its real fan-out, so the bomb of issue 9 is far over the limit', () => {
    const { maxCost } = loadConfig({}).limits;
    const bomb = '{ resolution(symbol: "E/CN.4/RES/2003/48") { paragraphs { resolution { paragraphs { resolution { paragraphs { resolution { paragraphs { id text } } } } } } } } }';
    expect(cost(bomb).cost).toBeGreaterThan(maxCost * 1000);
    // One turn of the cycle is allowed; two are not.
    expect(cost('{ resolution(id: "x") { paragraphs { resolution { paragraphs { id } } } } }').cost).toBeLessThan(maxCost);
    expect(cost('{ resolution(id: "x") { paragraphs { resolution { paragraphs { resolution { paragraphs { id } } } } } } }').cost).toBeGreaterThan(maxCost);
  });

  it('has a size estimate for every plain list of objects in the schema (a new list field must get one)', () => {
    const lists = plainObjectLists(buildGraphSchema());
    expect(lists.filter((f) => !(f in LIST_SIZES))).toEqual([]);
    expect(Object.keys(LIST_SIZES).filter((f) => !lists.includes(f))).toEqual([]);
    expect(DEFAULT_LIST_SIZE).toBeGreaterThan(1);
  });

  it('keeps the README-style queries far under the default MAX_COST', () => {
    const { maxCost } = loadConfig({}).limits;
    const readmeLike = '{ instrument(abbreviation: "CEDAW") { title citedBy { totalCount nodes { relation quote resolution { symbol adoptedOn } paragraph { id } } } } }';
    expect(cost(readmeLike).cost).toBeLessThan(maxCost / 10);
  });
});

describe('explainTokenLimit', () => {
  it("rewrites graphql-js's parse error into one naming the limit and what to do", () => {
    const out = explainTokenLimit({ message: 'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(out.message).toMatch(/more than 2000 tokens .* the limit\. Send a shorter document/);
    expect(out.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('leaves other errors alone', () => {
    const error = { message: 'Syntax Error: Unexpected Name "x".' };
    expect(explainTokenLimit(error)).toBe(error);
  });
});

describe('the default limits and GraphiQL', () => {
  it("let the full introspection query through (GraphiQL and the explorer send it on load)", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const { composeGraphql } = await import('../../../src/app/compose-app');
    const { createLogger } = await import('../../../src/api/http/logger');
    const { loadConfig } = await import('../../../src/config');
    const server = composeGraphql(loadConfig({}), createLogger('silent')).apollo;
    await server.start();
    try {
      const response = await server.executeOperation({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) }, { contextValue: {} as never });
      const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(result?.errors).toBeUndefined();
      expect((result?.data as any).__schema.queryType.name).toBe('Query');
    } finally {
      await server.stop();
    }
  });
});
