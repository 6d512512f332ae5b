import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What to do when there is no way to run the embedded Neo4j. */
export const NO_SERVER_HINT = 'install Java 17 and Maven, or set NEO4J_URI to an existing server';

/** Finds the java executable: $JAVA_HOME/bin/java when it exists, else `java` on the PATH. */
export function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (fs.existsSync(candidate)) return candidate;
  }
  return 'java';
}


/** Checks that Java 17 or newer is installed; returns its major version. */
export function checkJava(): number {
  const java = javaExecutable();
  const res = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (res.error) {
    const code = (res.error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `Java was not found (${java}); ${NO_SERVER_HINT}`
        : `could not run ${java} -version: ${res.error.message}; ${NO_SERVER_HINT}`,
    );
  }
  const text = `${res.stderr ?? ''}${res.stdout ?? ''}`;
  const major = javaMajorVersion(text);
  if (major === undefined) throw new Error(`could not read the Java version from "${text.trim()}"; ${NO_SERVER_HINT}`);
  if (major < 17) throw new Error(`Neo4j 5.26 needs Java 17 or newer, found Java ${major} (${java}); ${NO_SERVER_HINT}`);
  return major;
}

/** Reads the major version from the output of `java -version` (`1.8.0_392` is 8, `17.0.9` is 17); undefined when absent. */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}
