import { expandTemplate, pathRelationshipTypes, shortestPathBranches } from '../../../src/graph/cypher-template';
import { LINK_TYPES } from '../../../src/core/model/vocabulary';
import { MAX_PATH_HOPS } from '../../../src/core/model/explore';

const fragments: Record<string, string> = {
  'x/_hop': '// what the fragment is\nMATCH (n)-->(m)\nRETURN m',
  'x/_nested': 'CALL {\n  {{> x/_hop}}\n}',
  'x/_loop': '{{> x/_loop}}',
  'x/not-a-fragment': 'RETURN 1',
};
const read = (name: string) => {
  if (!(name in fragments)) throw new Error(`no fragment ${name}`);
  return fragments[name];
};

describe('the Cypher templates (src/graph/cypher-template.ts)', () => {
  it('include a fragment where it is named, indented like the placeholder, without its opening comment', () => {
    expect(expandTemplate('MATCH (n)\nCALL (n) {\n    {{> x/_hop}}\n}', read)).toBe('MATCH (n)\nCALL (n) {\n    MATCH (n)-->(m)\n    RETURN m\n}');
    expect(expandTemplate('  {{> x/_nested}}', read)).toBe('  CALL {\n    MATCH (n)-->(m)\n    RETURN m\n  }');
  });

  it('put every link type of the vocabulary where {{link-types}} stands inside a line, and only those', () => {
    expect(expandTemplate('MATCH (n)-[l:{{link-types}}]-(m)', read)).toBe(`MATCH (n)-[l:${LINK_TYPES.join('|')}]-(m)`);
    expect(expandTemplate('MATCH (n)-[l:{{link-types}}]-(m)', read)).not.toMatch(/CITES|HAS_PARAGRAPH/);
    expect(() => expandTemplate('MATCH (n)-[l:{{no-such-list}}]-(m)', read)).toThrow(/not a known placeholder/);
  });

  it('write the projected form of the node a {{projected-entity <variable>}} names', () => {
    const text = expandTemplate('RETURN {{projected-entity t}} AS node', read);
    expect(text).toBe('RETURN CASE WHEN $props.entity IS NULL THEN t {.*, labels: labels(t)} ELSE {id: t.id, labels: labels(t), _values: [k IN $props.entity | t[k]]} END AS node');
    expect(() => expandTemplate('RETURN {{link-types m}}', read)).toThrow(/not a known placeholder/);
  });

  it('refuse unknown placeholders, includes of whole queries and include loops', () => {
    expect(() => expandTemplate('{{nothing-like-this}}', read)).toThrow(/not a known placeholder/);
    expect(() => expandTemplate('{{> x/not-a-fragment}}', read)).toThrow(/only fragments/);
    expect(() => expandTemplate('{{> x/_loop}}', read)).toThrow(/includes itself/);
  });

  it('leave text without placeholders alone, $parameters included', () => {
    const text = 'MATCH (e:Entity {id: $id}) RETURN e {.*, note: "{{not on a line of its own}}"}';
    expect(expandTemplate(text, read)).toBe(text);
  });

  it('walk paragraphs, citations and exactly the link types of the vocabulary on a path', () => {
    expect(pathRelationshipTypes().split('|').sort()).toEqual(['CITES', 'HAS_PARAGRAPH', ...LINK_TYPES].sort());
  });

  it('generate one shortest-path branch per hop count, 2 stored relationships per entity hop', () => {
    const branches = shortestPathBranches().split('\nUNION ALL\n');
    expect(branches).toHaveLength(MAX_PATH_HOPS);
    branches.forEach((branch, i) => {
      expect(branch).toContain(`WHERE $maxHops = ${i + 1} AND`);
      expect(branch).toContain(`allShortestPaths((a)-[:${pathRelationshipTypes()}*..${2 * (i + 1)}]-(b))`);
    });
  });
});
