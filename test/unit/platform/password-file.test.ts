import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passwordFilePath, randomPassword, resolveLocalPassword } from '../../../src/platform/neo4j/password-file';

describe('the password file of the embedded Neo4j', () => {
  let home: string;
  beforeEach(() => (home = mkdtempSync(join(tmpdir(), 'neo4j-home-'))));
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('generates a 24-character password once, readable by its owner only, and reuses it', () => {
    const first = resolveLocalPassword(home);
    expect(first).toMatch(/^[A-Za-z2-9]{24}$/);
    expect(statSync(passwordFilePath(home)).mode & 0o777).toBe(0o600);
    expect(resolveLocalPassword(home)).toBe(first);
  });

  it('takes the password from the environment when given, and refuses an empty file', () => {
    expect(resolveLocalPassword(home, 'from-the-env-123')).toBe('from-the-env-123');
    mkdirSync(join(home, 'auth'));
    writeFileSync(passwordFilePath(home), '\n');
    expect(() => resolveLocalPassword(home)).toThrow(/is empty; delete it/);
  });

  it('draws from an alphabet without look-alike characters', () => {
    expect(randomPassword(200)).toMatch(/^[^01IOl]{200}$/);
  });
});
