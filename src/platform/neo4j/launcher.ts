/**
 * The launcher of the embedded Neo4j: the small Java program in `neo4j/` (an embedded DBMS with the Bolt connector,
 * and neo4j-admin's import), built by Maven from Maven Central artifacts, and the one command line that runs it.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../repo-root';
import { checkJava, javaExecutable, NO_SERVER_HINT } from './java';
import { mtimeMs } from './pid-lock';

/** The launcher's main class; also how a running launcher is recognised in /proc/<pid>/cmdline. */
export const LAUNCHER_CLASS = 'org.unhrgraph.neo4j.Launcher';

/**
 * JVM flags for the launcher: heap, plus the module opens that Neo4j's own start script passes on Java 17
 * (without them the page cache and the transaction-log native accessor fall back to slower paths and warn).
 */
export const LAUNCHER_JVM_FLAGS: readonly string[] = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];


export interface LauncherPaths {
  dir: string;
  pom: string;
  source: string;
  classesDir: string;
  launcherClass: string;
  libDir: string;
  stamp: string;
}

export function launcherPaths(): LauncherPaths {
  const dir = path.join(repoRoot(), 'neo4j');
  const target = path.join(dir, 'target');
  return {
    dir,
    pom: path.join(dir, 'pom.xml'),
    source: path.join(dir, 'src', 'main', 'java', 'org', 'unhrgraph', 'neo4j', 'Launcher.java'),
    classesDir: path.join(target, 'classes'),
    launcherClass: path.join(target, 'classes', 'org', 'unhrgraph', 'neo4j', 'Launcher.class'),
    libDir: path.join(target, 'lib'),
    stamp: path.join(target, '.launcher-built'),
  };
}

/** The Neo4j version the launcher is built against (the `neo4j.version` property of neo4j/pom.xml). */
export function launcherNeo4jVersion(): string {
  const pom = fs.readFileSync(launcherPaths().pom, 'utf8');
  const m = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pom);
  if (!m) throw new Error('neo4j/pom.xml has no <neo4j.version> property');
  return m[1];
}


/** Why the launcher must be (re)built, or undefined when the build is up to date. */
export function staleReason(p: LauncherPaths, version: string): string | undefined {
  const stamp = mtimeMs(p.stamp);
  if (stamp === undefined || mtimeMs(p.launcherClass) === undefined) return 'not built yet';
  if (!fs.existsSync(path.join(p.libDir, `neo4j-kernel-${version}.jar`))) return `no Neo4j ${version} jars in ${p.libDir}`;
  const pom = mtimeMs(p.pom) ?? 0;
  const src = mtimeMs(p.source) ?? 0;
  if (pom > stamp) return 'pom.xml changed';
  if (src > stamp) return 'Launcher.java changed';
  return undefined;
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

/**
 * Builds the launcher (`mvn -q -B -f neo4j/pom.xml -DskipTests package`) when `neo4j/target/lib` or the
 * launcher classes are missing or older than pom.xml / Launcher.java. The first build downloads Neo4j and
 * its dependencies from Maven Central (about 200 jars). Throws a clear error when `mvn` or `java` is missing.
 */
export function ensureLauncherBuilt(opts: { log?: (line: string) => void } = {}): Promise<void> {
  // Once per process: a start checks Java and the build's freshness once, however many callers ask.
  built ??= buildLauncherIfStale(opts).catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return built;
}

let built: Promise<void> | undefined;

async function buildLauncherIfStale(opts: { log?: (line: string) => void }): Promise<void> {
  const log = opts.log ?? (() => undefined);
  const p = launcherPaths();
  if (!fs.existsSync(p.pom)) throw new Error(`launcher project not found: ${p.pom}`);
  checkJava();
  const version = launcherNeo4jVersion();
  const reason = staleReason(p, version);
  if (reason === undefined) return;

  const mvnCheck = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvnCheck.error) {
    const code = (mvnCheck.error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `Maven (mvn) was not found on the PATH; ${NO_SERVER_HINT}`
        : `could not run mvn -v: ${mvnCheck.error.message}; ${NO_SERVER_HINT}`,
    );
  }

  // A changed pom may change the dependency set: start from an empty lib/ so no stale jar stays on the classpath.
  if (reason !== 'Launcher.java changed') fs.rmSync(p.libDir, { recursive: true, force: true });

  log(`Building the Neo4j ${version} launcher with Maven (${reason}; the first build downloads Neo4j from Maven Central)...`);
  const started = Date.now();
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', p.pom, '-DskipTests', 'package'];
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: p.dir, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const onData = (chunk: Buffer): void => {
      for (const raw of chunk.toString('utf8').split(/\r?\n/)) {
        const line = stripAnsi(raw).trimEnd();
        if (line === '') continue;
        output.push(line);
        if (output.length > 200) output.shift();
        log(`[mvn] ${line}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const ticker = setInterval(() => log(`  ...still building (${Math.round((Date.now() - started) / 1000)} s)`), 15_000);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearInterval(ticker);
      reject(
        err.code === 'ENOENT'
          ? new Error(`Maven (mvn) was not found on the PATH; ${NO_SERVER_HINT}`)
          : new Error(`could not run mvn: ${err.message}; ${NO_SERVER_HINT}`),
      );
    });
    child.on('close', (c, signal) => {
      clearInterval(ticker);
      resolve(c ?? (signal ? 128 : 1));
    });
  });
  if (code !== 0) {
    throw new Error(
      `building the Neo4j launcher failed (mvn exited with ${code}):\n${output.slice(-20).join('\n')}\n` +
        `Run "mvn -B -f neo4j/pom.xml -DskipTests package" to see the full output; ${NO_SERVER_HINT}.`,
    );
  }
  if (!fs.existsSync(p.launcherClass) || !fs.existsSync(path.join(p.libDir, `neo4j-kernel-${version}.jar`))) {
    throw new Error(`mvn succeeded but ${p.launcherClass} or the jars in ${p.libDir} are missing`);
  }
  fs.writeFileSync(p.stamp, `${new Date().toISOString()} neo4j ${version}\n`);
  log(`Built the Neo4j ${version} launcher in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/**
 * The command that runs the launcher with `args` (the server: `--data <dir> --bolt-port <port>`; the import tool:
 * `import --data <dir> ...`): java, the JVM flags, the classpath. The one place the JVM's flags are decided (the heap);
 * the server's own settings (the page cache) are launcher arguments, given where the server is started (supervisor.ts).
 */
export function launcherCommand(args: readonly string[]): { java: string; args: string[] } {
  const lp = launcherPaths();
  const classpath = [lp.classesDir, path.join(lp.libDir, '*')].join(path.delimiter);
  return { java: javaExecutable(), args: [...LAUNCHER_JVM_FLAGS, '-cp', classpath, LAUNCHER_CLASS, ...args] };
}
