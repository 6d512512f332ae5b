import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { javaExecutable, javaMajorVersion } from '../../../src/platform/neo4j/java';

describe('the Java lookup', () => {
  it('reads the major version of old and new version strings', () => {
    expect(javaMajorVersion('java version "1.8.0_392"\nJava(TM) SE Runtime Environment')).toBe(8);
    expect(javaMajorVersion('openjdk version "17.0.9" 2023-10-17')).toBe(17);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('bash: java: command not found')).toBeUndefined();
  });

  it('prefers $JAVA_HOME/bin/java when it exists, else java on the PATH', () => {
    const home = mkdtempSync(join(tmpdir(), 'java-home-'));
    const saved = process.env.JAVA_HOME;
    try {
      process.env.JAVA_HOME = home;
      expect(javaExecutable()).toBe('java');
      mkdirSync(join(home, 'bin'));
      writeFileSync(join(home, 'bin', 'java'), '');
      expect(javaExecutable()).toBe(join(home, 'bin', 'java'));
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
      rmSync(home, { recursive: true, force: true });
    }
  });
});
