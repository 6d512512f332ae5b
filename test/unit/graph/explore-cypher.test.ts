import { cypher } from '../../../src/graph/cypher';
import { CLAUSE_RELATIONS, LINK_TYPES } from '../../../src/core/model/vocabulary';
import { GraphRelation } from '../../../src/api/graphql/types/graph-view.type';

describe('the exploration queries', () => {
  it('search paths over exactly the paragraph relationships and the link types, with one branch per maxHops', () => {
    const text = cypher('explore/paths').text;
    const branches = [...text.matchAll(/WHERE \$maxHops = (\d) [\s\S]*?allShortestPaths\(\(a\)-\[:([A-Z_|]+)\*\.\.(\d+)\]-\(b\)\)/g)];
    expect(branches.map((m) => [Number(m[1]), Number(m[3])])).toEqual([1, 2, 3, 4, 5, 6].map((h) => [h, 2 * h]));
    for (const m of branches) expect(m[2].split('|').sort()).toEqual(['CITES', 'HAS_PARAGRAPH', ...LINK_TYPES].sort());
  });

  it('draw edges of the GraphRelation enum: the clause relations and the link types, from the vocabulary', () => {
    expect(Object.keys(GraphRelation).sort()).toEqual([...Object.keys(CLAUSE_RELATIONS), ...LINK_TYPES].sort());
  });

  it('bound every hop of a neighbourhood by the limit and the scan cap', () => {
    const text = cypher('explore/neighbourhood').text;
    expect(text.match(/WITH m LIMIT toInteger\(\$scanCap\)\n\s*RETURN m ORDER BY m\.id LIMIT toInteger\(\$limit\) \+ 1/g)).toHaveLength(3);
  });
});
