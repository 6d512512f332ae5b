import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { supportedOperationTypeRule } from '../../../src/api/http/operation-type.rule';

describe('supportedOperationTypeRule', () => {
  const schema = buildSchema('type Query { a: Int } type Mutation { b: Int }');
  const errors = (source: string) => validate(schema, parse(source), [...specifiedRules, supportedOperationTypeRule]).map((e) => e.message);

  it('refuses a subscription when the schema has none, with a message that says what to send', () => {
    expect(errors('subscription { a }')).toContain('This API does not support subscription operations; send a query or a mutation.');
  });

  it('accepts queries and mutations', () => {
    expect(errors('{ a }')).toEqual([]);
    expect(errors('mutation { b }')).toEqual([]);
  });

  it('refuses a mutation when the schema has no mutation type', () => {
    expect(validate(buildSchema('type Query { a: Int }'), parse('mutation { a }'), [supportedOperationTypeRule]).map((e) => e.message)).toEqual([
      'This API does not support mutation operations; send a query or a mutation.',
    ]);
  });
});
