import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAUNCHER_CLASS, LAUNCHER_JVM_FLAGS, launcherCommand, launcherNeo4jVersion, LauncherPaths, staleReason } from '../../../src/platform/neo4j/launcher';

describe('the Maven-built launcher', () => {
  let dir: string;
  let p: LauncherPaths;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'launcher-'));
    p = {
      dir,
      pom: join(dir, 'pom.xml'),
      source: join(dir, 'Launcher.java'),
      classesDir: join(dir, 'classes'),
      launcherClass: join(dir, 'classes', 'Launcher.class'),
      libDir: join(dir, 'lib'),
      stamp: join(dir, '.launcher-built'),
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const touch = (file: string, secondsAgo: number) => {
    writeFileSync(file, '');
    const t = Date.now() / 1000 - secondsAgo;
    utimesSync(file, t, t);
  };

  it('is rebuilt when not built, when the jars of the version are missing, or when pom.xml or Launcher.java changed', () => {
    expect(staleReason(p, '5.26.0')).toBe('not built yet');
    mkdirSync(p.classesDir);
    mkdirSync(p.libDir);
    touch(p.pom, 100);
    touch(p.source, 100);
    touch(p.launcherClass, 50);
    touch(p.stamp, 50);
    expect(staleReason(p, '5.26.0')).toMatch(/no Neo4j 5.26.0 jars/);
    touch(join(p.libDir, 'neo4j-kernel-5.26.0.jar'), 50);
    expect(staleReason(p, '5.26.0')).toBeUndefined();
    touch(p.source, 0);
    expect(staleReason(p, '5.26.0')).toBe('Launcher.java changed');
    touch(p.pom, 0);
    expect(staleReason(p, '5.26.0')).toBe('pom.xml changed');
  });

  it('runs with one command line for the server and the import tool: JVM flags, classpath, main class, then the mode', () => {
    const server = launcherCommand(['--data', '/d', '--bolt-port', '7687']);
    expect(server.args.slice(0, LAUNCHER_JVM_FLAGS.length)).toEqual([...LAUNCHER_JVM_FLAGS]);
    expect(server.args.slice(-5)).toEqual([LAUNCHER_CLASS, '--data', '/d', '--bolt-port', '7687']);
    expect(server.args[server.args.indexOf('-cp') + 1]).toMatch(/neo4j[/\\]target[/\\]classes.*lib[/\\]\*/);
    expect(launcherCommand(['import', '--data', '/d']).args.slice(-4)).toEqual([LAUNCHER_CLASS, 'import', '--data', '/d']);
  });

  it('knows the Neo4j version it is built against from neo4j/pom.xml', () => {
    expect(launcherNeo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });
});
