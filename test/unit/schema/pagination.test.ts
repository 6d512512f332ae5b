import { GraphQLError } from 'graphql';
import { encodeCursor, readPageArgs, toConnection } from '../../../src/api/graphql/pagination';
import { snippetOf, wordsOf } from '../../../src/api/graphql/resolvers/search.resolver';

describe('pagination', () => {
  it('reads the page after a cursor it issued', () => {
    expect(readPageArgs({ first: 5, after: encodeCursor(9) }, 100)).toEqual({ skip: 10, limit: 5 });
    expect(readPageArgs({}, 100)).toEqual({ skip: 0, limit: 20 });
  });

  it('refuses sizes out of range and foreign cursors with BAD_USER_INPUT', () => {
    for (const args of [{ first: -1 }, { first: 101 }, { after: 'bm9wZQ' }, { after: '!!!' }]) {
      try {
        readPageArgs(args, 100);
        throw new Error('accepted');
      } catch (e) {
        expect(e).toBeInstanceOf(GraphQLError);
        expect((e as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('builds Relay page info', () => {
    const c = toConnection(['a', 'b'], 5, 2);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(2), endCursor: encodeCursor(3) });
    expect(c.edges.map((e) => e.node)).toEqual(['a', 'b']);
  });
});

describe('search text', () => {
  it('keeps only words, so Lucene syntax in user input is never interpreted', () => {
    expect(wordsOf('"}) MATCH (n) DETACH DELETE n //')).toEqual(['match', 'n', 'detach', 'delete', 'n']);
    expect(wordsOf('title:foo* OR bar~2')).toEqual(['title', 'foo', 'bar', '2']);
    expect(() => wordsOf('*** ~~~')).toThrow(/at least one word/);
    expect(() => wordsOf('x'.repeat(201))).toThrow(/200 characters/);
  });

  it('cuts a snippet around the first match', () => {
    const text = 'a'.repeat(300) + ' migrant workers ' + 'b'.repeat(300);
    const snippet = snippetOf(text, ['migrant']);
    expect(snippet).toContain('migrant workers');
    expect(snippet.length).toBeLessThanOrEqual(202);
    expect(snippet.startsWith('…')).toBe(true);
  });
});
