import { parse, validate } from 'graphql';
import { buildGraphSchema } from '../../../src/api/graphql/build-schema';
import { executedShapeRule } from '../../../src/api/http/executed-shape.rule';
import { checkVariablesShape } from '../../../src/api/http/variables-limit';

const schema = buildGraphSchema();
const rule = executedShapeRule({ maxDepth: 3, maxDirectives: 2, depthHint: 'Less.', directiveHint: 'Fewer.' });
const errors = (query: string) => validate(schema, parse(query), [rule]).map((e) => e.message);

describe('executedShapeRule: depth and directives as the operation executes (issue 9)', () => {
  it('does not count fragment spreads or inline fragments as levels: four chained fragments of depth 1 are depth 1', () => {
    const chained = '{ ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...D } fragment D on Query { __typename }';
    expect(errors(chained)).toEqual([]);
    expect(errors('{ body(id: "b") { ... on Body { parent { id } } } }')).toEqual([]);
  });

  it('counts the fields a fragment adds at the depth it is spread', () => {
    expect(errors('{ body(id: "b") { ...P } } fragment P on Body { parent { parent { id } } }')).toEqual(['Query depth limit of 3 exceeded, found 4. Less.']);
  });

  it('counts every directive on every spread, and a fragment\'s directives each time it is spread', () => {
    const spreads = Array.from({ length: 100 }, () => '...F @skip(if: true)').join(' ');
    expect(errors(`{ ${spreads} } fragment F on Query { __typename }`)).toEqual(['Directives limit of 2 exceeded, found 100. Fewer.']);
    expect(errors('{ ...F ...F } fragment F on Query { __typename @include(if: true) }')).toEqual([]);
    expect(errors('{ ...F ...F ...F } fragment F on Query { __typename @include(if: true) }')).toEqual(['Directives limit of 2 exceeded, found 3. Fewer.']);
  });

  it('stays linear when fragments spread fragments many times', () => {
    const defs = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const started = Date.now();
    expect(errors(`{ ...F0 } ${defs} fragment F30 on Query { __typename }`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('checkVariablesShape', () => {
  const bounds = { maxDepth: 4, maxValues: 10 };
  it('accepts plain variables and refuses deep or large ones without overflowing the stack', () => {
    expect(checkVariablesShape({ filter: { adoptedBy: 'body:hrc' }, first: 5 }, bounds)).toBeUndefined();
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkVariablesShape({ x: deep }, bounds)).toMatch(/nest more than 4 levels deep/);
    expect(checkVariablesShape({ x: Array.from({ length: 20 }, () => 1) }, bounds)).toMatch(/more than 10 values/);
  });
});
