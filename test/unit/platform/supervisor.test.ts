import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastLines, readFrom } from '../../../src/platform/neo4j/log-file';
import { homePaths, isLauncherAlive, startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j } from '../../../src/platform/neo4j/supervisor';

describe('the supervisor of the embedded Neo4j (without starting one)', () => {
  let home: string;
  beforeEach(() => (home = mkdtempSync(join(tmpdir(), 'neo4j-sup-'))));
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('lays out its home: pid file, start lock, log, data', () => {
    expect(homePaths(home)).toEqual({
      pidFile: join(home, 'run', 'neo4j.pid'),
      lockFile: join(home, 'run', 'start.lock'),
      logFile: join(home, 'logs', 'neo4j.log'),
      dataDir: join(home, 'data'),
    });
  });

  it('does not take a live process that is not the launcher (this one) or a dead pid for Neo4j', () => {
    expect(isLauncherAlive(process.pid)).toBe(false);
    expect(isLauncherAlive(2147483646)).toBe(false);
  });

  it('reports a stale pid file as not running and removes it on stop', async () => {
    mkdirSync(join(home, 'run'));
    writeFileSync(join(home, 'run', 'neo4j.pid'), '2147483646\n');
    const opts = { homeDir: home, port: 65_000, password: 'long-enough-password' };
    expect(await statusLocalNeo4j(opts)).toMatchObject({ running: false, uri: 'bolt://127.0.0.1:65000' });
    expect(await stopLocalNeo4j(opts)).toEqual({ wasRunning: false });
  });

  it('refuses a bad port or a short password before doing anything', async () => {
    await expect(startLocalNeo4j({ homeDir: home, port: 0, password: 'long-enough-password' })).rejects.toThrow(/invalid Bolt port/);
    await expect(startLocalNeo4j({ homeDir: home, port: 65_001, password: 'short' })).rejects.toThrow(/at least 8/);
  });

  it('reads the start-up log from where this start began', () => {
    const log = join(home, 'neo4j.log');
    writeFileSync(log, 'old line\n\nnew one\nNEO4J_READY\n');
    expect(readFrom(log, 9)).toBe('\nnew one\nNEO4J_READY\n');
    expect(lastLines(log, 2)).toEqual(['new one', 'NEO4J_READY']);
    expect(lastLines(join(home, 'missing.log'), 2)).toEqual([]);
  });
});
