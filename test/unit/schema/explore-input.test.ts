import { GraphQLError } from 'graphql';
import { checkRange, readDateBound, readDateRange, splitRelations } from '../../../src/api/graphql/explore-input';
import { CLAUSE_RELATION_NAMES, LINK_TYPES } from '../../../src/core/model/vocabulary';

const codeOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return (e as GraphQLError).extensions?.code;
  }
  return 'no error';
};

describe('date bounds of the timeline', () => {
  it('widen a year or a month to whole days: the first day for "from", the last for "to"', () => {
    expect(readDateBound('from', '2003')).toBe('2003-01-01');
    expect(readDateBound('to', '2003')).toBe('2003-12-31');
    expect(readDateBound('from', '2004-02')).toBe('2004-02-01');
    expect(readDateBound('to', '2004-02')).toBe('2004-02-29');
    expect(readDateBound('to', '2003-02')).toBe('2003-02-28');
    expect(readDateBound('from', '2003-04-23')).toBe('2003-04-23');
    expect(readDateBound('to', null)).toBeNull();
  });

  it('refuse anything but YYYY, YYYY-MM or YYYY-MM-DD, and days that do not exist', () => {
    for (const bad of ['', '03', '2003-13', '2003-00', '2003-02-29', '2003-04-31', '2003-4-2', '23/04/2003', '2003-04-23T00:00']) {
      expect([bad, codeOf(() => readDateBound('from', bad))]).toEqual([bad, 'BAD_USER_INPUT']);
    }
    expect(() => readDateBound('to', '2003-13')).toThrow(/"to" must be an ISO date/);
  });

  it('refuse a range that ends before it starts, but accept one day', () => {
    expect(codeOf(() => readDateRange('2004', '2003'))).toBe('BAD_USER_INPUT');
    expect(readDateRange('2003-04-23', '2003-04-23')).toEqual({ from: '2003-04-23', to: '2003-04-23' });
    expect(readDateRange('2003-05', '2003')).toEqual({ from: '2003-05-01', to: '2003-12-31' });
  });
});

describe('relations of a neighbourhood', () => {
  it('walk everything when not given', () => {
    expect(splitRelations(null)).toEqual({ citationRelations: null, linkTypes: [...LINK_TYPES] });
    expect(splitRelations([])).toEqual({ citationRelations: null, linkTypes: [...LINK_TYPES] });
  });

  it('split into clause relations and link types, and let nothing else through', () => {
    expect(splitRelations(['RECALLS', 'MONITORED_BY', 'GUIDED_BY', 'DROP_ALL'])).toEqual({
      citationRelations: ['GUIDED_BY', 'RECALLS'],
      linkTypes: ['MONITORED_BY'],
    });
    expect(splitRelations(['PART_OF'])).toEqual({ citationRelations: [], linkTypes: ['PART_OF'] });
    expect(CLAUSE_RELATION_NAMES.filter((r) => (LINK_TYPES as readonly string[]).includes(r))).toEqual([]);
  });
});

describe('ranges', () => {
  it('name the argument and the range', () => {
    expect(checkRange('depth', 2, 1, 3)).toBe(2);
    expect(() => checkRange('depth', 4, 1, 3)).toThrow('"depth" must be between 1 and 3; got 4.');
    expect(codeOf(() => checkRange('limit', 0, 1, 500))).toBe('BAD_USER_INPUT');
  });
});
