import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypher, loadAllQueries, QUERY_NAMES, schemaStatements } from '../../../src/graph/cypher';
import { LINK_TYPES } from '../../../src/core/model/vocabulary';
import { ROOT_DIR } from '../../support/paths';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the Cypher files', () => {
  it('exist for every query the code names, and none lies unused (the folder is the registry)', () => {
    expect(() => loadAllQueries()).not.toThrow();
    const code = [...sourceFiles(join(ROOT_DIR, 'src')), ...sourceFiles(join(ROOT_DIR, 'bench'))].map((f) => readFileSync(f, 'utf8')).join('\n');
    const named = [...code.matchAll(/cypher\(([^()]*)\)/g)].flatMap((m) => [...m[1].matchAll(/'([^']+)'/g)].map((q) => q[1]).filter((s) => s.includes('/')));
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((n) => !QUERY_NAMES.includes(n))).toEqual([]);
    expect(QUERY_NAMES.filter((n) => !code.includes(`'${n}'`))).toEqual([]);
    expect(() => cypher('no/such-query')).toThrow(/cypher\/queries\/no\/such-query\.cypher does not exist/);
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
