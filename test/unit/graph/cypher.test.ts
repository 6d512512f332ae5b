import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypher, loadAllQueries, QUERY_NAMES, schemaStatements } from '../../../src/graph/cypher';
import { LINK_TYPES } from '../../../src/core/model/vocabulary';
import { ROOT_DIR } from '../../support/paths';

describe('the Cypher files', () => {
  it('exist for every query the code names, and none lies unused', () => {
    expect(loadAllQueries().unused).toEqual([]);
  });

  it('are one statement each, with values passed only as $parameters', () => {
    for (const name of QUERY_NAMES) {
      const text = cypher(name).text.replace(/\/\/.*$/gm, '');
      expect([name, text.includes(';')]).toEqual([name, false]);
      expect([name, /\$\{|'\s*\+|\+\s*'/.test(text)]).toEqual([name, false]);
    }
  });

  it('allow exactly the link types of the vocabulary, no more and no less', () => {
    const link = readFileSync(join(ROOT_DIR, 'cypher/queries/load/link-entities.cypher'), 'utf8');
    const inCypher = [...link.matchAll(/WHEN '([A-Z_]+)' THEN/g)].map((m) => m[1]);
    expect(inCypher.sort()).toEqual([...LINK_TYPES].sort());
    const unlink = cypher('load/unlink-managed').text;
    for (const type of LINK_TYPES) expect(unlink).toContain(type);
  });

  it('create constraints and indexes idempotently', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThanOrEqual(9);
    for (const s of statements) expect(s.text).toMatch(/IF NOT EXISTS/);
  });
});
