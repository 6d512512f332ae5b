/**
 * Manages a local Neo4j 5.26 Community server that the project starts by itself, without Docker.
 *
 * The server is the small Java program in `neo4j/` (an embedded DBMS with the Bolt connector, built by
 * Maven from Maven Central artifacts). This module builds it when needed, starts it detached so it outlives
 * the starting process, stops it and reports its status. Layout under `homeDir` (default `<repo>/.neo4j`):
 *
 *   run/neo4j.pid     pid of the running launcher JVM
 *   logs/neo4j.log    launcher stdout/stderr (Neo4j's user log)
 *   data/             Neo4j home: data/data (databases), data/logs (debug.log, query.log, ...)
 *   auth/password     generated password (mode 0600), see resolveLocalPassword
 */
import { spawn, spawnSync } from 'node:child_process';
import { repoRoot } from '../../repo-root';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import { memorySettingsArgs } from './memory-settings';

/** Options shared by the functions that manage the local server. */
export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Password of user `neo4j`; (re)set at every start. At least 8 characters. */
  password: string;
  /** Home of the local server (pid file, logs, data); the CLI uses `<repo>/.neo4j`, see defaultHomeDir. */
  homeDir: string;
  /** Receives progress lines (build, start, stop). */
  log?: (line: string) => void;
  /** How long startLocalNeo4j waits for Bolt to answer; default 120 000 ms. */
  startTimeoutMs?: number;
}

/** The user the local server is managed with. */
export const LOCAL_NEO4J_USER = 'neo4j';

/** Neo4j 5 refuses shorter passwords. */
export const MIN_PASSWORD_LENGTH = 8;

const LAUNCHER_CLASS = 'org.unhrgraph.neo4j.Launcher';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 500;
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;
const NO_SERVER_HINT = 'install Java 17 and Maven, or set NEO4J_URI to an existing server';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

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


/** The default home of the local server: `<repo>/.neo4j`. */
export function defaultHomeDir(): string {
  return path.join(repoRoot(), '.neo4j');
}

/** Where the generated password of the local server is kept: `<homeDir>/auth/password`. */
export function passwordFilePath(homeDir: string): string {
  return path.join(homeDir, 'auth', 'password');
}

/**
 * The password for the local server: `fromEnv` when given and not empty, else the content of
 * `<homeDir>/auth/password`, which is created with a random 24-character password (mode 0600) if absent.
 */
export function resolveLocalPassword(homeDir: string, fromEnv?: string): string {
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const file = passwordFilePath(homeDir);
  const existing = readPasswordFile(file);
  if (existing !== undefined) return existing;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const password = randomPassword(24);
  try {
    fs.writeFileSync(file, password + '\n', { mode: 0o600, flag: 'wx' });
    return password;
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      const raced = readPasswordFile(file);
      if (raced !== undefined) return raced;
    }
    throw err;
  }
}

function readPasswordFile(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const password = text.trim();
  if (password === '') throw new Error(`${file} is empty; delete it to have a new password generated`);
  return password;
}

function randomPassword(length: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const out: string[] = [];
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      // Rejection sampling keeps the distribution uniform.
      if (b < 256 - (256 % alphabet.length) && out.length < length) out.push(alphabet[b % alphabet.length]);
    }
  }
  return out.join('');
}

/** The Bolt URI of the local server on `port`. */
export function localBoltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

interface LauncherPaths {
  dir: string;
  pom: string;
  source: string;
  classesDir: string;
  launcherClass: string;
  libDir: string;
  stamp: string;
}

function launcherPaths(): LauncherPaths {
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

function mtimeMs(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why the launcher must be (re)built, or undefined when the build is up to date. */
function staleReason(p: LauncherPaths, version: string): string | undefined {
  const stamp = mtimeMs(p.stamp);
  if (stamp === undefined || mtimeMs(p.launcherClass) === undefined) return 'not built yet';
  if (!fs.existsSync(path.join(p.libDir, `neo4j-kernel-${version}.jar`))) return `no Neo4j ${version} jars in ${p.libDir}`;
  const pom = mtimeMs(p.pom) ?? 0;
  const src = mtimeMs(p.source) ?? 0;
  if (pom > stamp) return 'pom.xml changed';
  if (src > stamp) return 'Launcher.java changed';
  return undefined;
}

/** Finds the java executable: $JAVA_HOME/bin/java when it exists, else `java` on the PATH. */
function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (fs.existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** Checks that Java 17 or newer is installed; returns its major version. */
function checkJava(): number {
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
  const m = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) throw new Error(`could not read the Java version from "${text.trim()}"; ${NO_SERVER_HINT}`);
  const major = m[1] === '1' ? Number(m[2]) : Number(m[1]);
  if (major < 17) throw new Error(`Neo4j 5.26 needs Java 17 or newer, found Java ${major} (${java}); ${NO_SERVER_HINT}`);
  return major;
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
export async function ensureLauncherBuilt(opts: Pick<LocalNeo4jOptions, 'log'> = {}): Promise<void> {
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

interface HomePaths {
  pidFile: string;
  lockFile: string;
  logFile: string;
  dataDir: string;
}

function homePaths(homeDir: string): HomePaths {
  const home = path.resolve(homeDir);
  return {
    pidFile: path.join(home, 'run', 'neo4j.pid'),
    lockFile: path.join(home, 'run', 'start.lock'),
    logFile: path.join(home, 'logs', 'neo4j.log'),
    dataDir: path.join(home, 'data'),
  };
}

/**
 * Runs `fn` holding `<homeDir>/run/start.lock` (created exclusively, holding our pid). Waits for another
 * holder; a lock whose pid is dead, or older than the start timeout plus a build allowance, is taken over.
 */
async function withStartLock<T>(
  paths: HomePaths,
  startTimeoutMs: number,
  log: ((line: string) => void) | undefined,
  fn: () => Promise<T>,
): Promise<T> {
  fs.mkdirSync(path.dirname(paths.lockFile), { recursive: true });
  const staleAfterMs = startTimeoutMs + 10 * 60_000;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(paths.lockFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readPid(paths.lockFile);
    const age = Date.now() - (mtimeMs(paths.lockFile) ?? Date.now());
    let holderAlive = false;
    if (holder !== undefined) {
      try {
        process.kill(holder, 0);
        holderAlive = true;
      } catch (err) {
        holderAlive = (err as NodeJS.ErrnoException).code === 'EPERM';
      }
    }
    if (!holderAlive || age > staleAfterMs) {
      fs.rmSync(paths.lockFile, { force: true });
      continue;
    }
    if (!announced) {
      log?.(`Another start of this Neo4j is in progress (pid ${holder}); waiting for it...`);
      announced = true;
    }
    await sleep(POLL_MS);
  }
  try {
    return await fn();
  } finally {
    if (readPid(paths.lockFile) === process.pid) fs.rmSync(paths.lockFile, { force: true });
  }
}

function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function removePidFile(pidFile: string): void {
  fs.rmSync(pidFile, { force: true });
}

/**
 * Whether `pid` is a live launcher process. On Linux /proc is consulted, so a zombie or a recycled pid
 * (after a reboot, say) does not count.
 */
function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const procDir = `/proc/${pid}`;
  if (!fs.existsSync('/proc/self')) return true;
  try {
    const stat = fs.readFileSync(`${procDir}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
    const cmdline = fs.readFileSync(`${procDir}/cmdline`, 'utf8');
    return cmdline.includes(LAUNCHER_CLASS);
  } catch {
    return false;
  }
}

interface BoltProbe {
  ok: boolean;
  /** Neo4j error code when the server answered but refused (e.g. Neo.ClientError.Security.Unauthorized). */
  code?: string;
  message?: string;
}

/** Runs `RETURN 1` over Bolt with the given credentials; never throws. The driver is always closed. */
async function probeBolt(uri: string, password: string): Promise<BoltProbe> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(LOCAL_NEO4J_USER, password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
    userAgent: 'unhr-graph/local-neo4j',
  });
  try {
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run('RETURN 1 AS ok');
      return { ok: true };
    } finally {
      await session.close();
    }
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { ok: false, code: e.code, message: e.message };
  } finally {
    await driver.close().catch(() => undefined);
  }
}

function isAuthFailure(probe: BoltProbe): boolean {
  return probe.code !== undefined && probe.code.startsWith('Neo.ClientError.Security.');
}

/** Whether something already listens on 127.0.0.1:port. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolve(true);
      else reject(err);
    });
    server.once('listening', () => server.close(() => resolve(false)));
    server.listen({ port, host: '127.0.0.1', exclusive: true });
  });
}

function lastLines(file: string, n: number, fromOffset = 0): string[] {
  let text: string;
  try {
    const buf = fs.readFileSync(file);
    text = buf.subarray(Math.min(fromOffset, buf.length)).toString('utf8');
  } catch {
    return [];
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(-n);
}

function readFrom(file: string, offset: number): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size <= offset) return '';
      const buf = Buffer.alloc(size - offset);
      fs.readSync(fd, buf, 0, buf.length, offset);
      return buf.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

function validateOptions(opts: LocalNeo4jOptions): void {
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) {
    throw new Error(`invalid Bolt port: ${opts.port}`);
  }
  if (!opts.homeDir) throw new Error('homeDir is required');
}

/**
 * Starts the local Neo4j server, or finds it already running (idempotent).
 *
 * If `<homeDir>/run/neo4j.pid` names a live launcher and Bolt on `port` answers with the given
 * credentials, returns `alreadyRunning: true`. Otherwise builds the launcher if needed, spawns it detached
 * (it outlives this process; output goes to `<homeDir>/logs/neo4j.log`), writes the pid file and waits up to
 * 120 s until a Bolt session runs `RETURN 1`. Throws with the last log lines if the server exits early, and
 * a clear message if the port is taken by something else.
 */
export async function startLocalNeo4j(
  opts: LocalNeo4jOptions,
): Promise<{ uri: string; pid: number; alreadyRunning: boolean }> {
  validateOptions(opts);
  // Serialise concurrent starts on one home directory (two `db:start`s, a test setup and a CLI...).
  return withStartLock(homePaths(opts.homeDir), opts.startTimeoutMs ?? START_TIMEOUT_MS, opts.log, () =>
    startUnlocked(opts),
  );
}

async function startUnlocked(opts: LocalNeo4jOptions): Promise<{ uri: string; pid: number; alreadyRunning: boolean }> {
  const log = opts.log ?? (() => undefined);
  const uri = localBoltUri(opts.port);
  const paths = homePaths(opts.homeDir);
  const timeoutMs = opts.startTimeoutMs ?? START_TIMEOUT_MS;

  if (opts.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(
      `the Neo4j password is ${opts.password.length} characters long; Neo4j 5 requires at least ${MIN_PASSWORD_LENGTH}`,
    );
  }

  const existingPid = readPid(paths.pidFile);
  if (existingPid !== undefined && isLauncherAlive(existingPid)) {
    const probe = await probeBolt(uri, opts.password);
    if (probe.ok) return { uri, pid: existingPid, alreadyRunning: true };
    if (isAuthFailure(probe)) {
      throw new Error(
        `a local Neo4j is running (pid ${existingPid}, ${uri}) but refuses the password (${probe.message}). ` +
          'Stop it (npm run db:stop) and start it again: the password is set at every start.',
      );
    }
    // Alive but not answering yet: another start may be in progress, or it runs on another port.
    log(`Local Neo4j (pid ${existingPid}) is running but Bolt on ${uri} does not answer yet; waiting...`);
    await waitForBolt({ uri, password: opts.password, pid: existingPid, paths, timeoutMs, offset: 0, log, spawned: false });
    return { uri, pid: existingPid, alreadyRunning: true };
  }
  if (existingPid !== undefined) {
    log(`Removing stale pid file (pid ${existingPid} is not running).`);
    removePidFile(paths.pidFile);
  }

  if (await portInUse(opts.port)) {
    const probe = await probeBolt(uri, opts.password);
    const what = probe.ok
      ? 'a Neo4j server that accepts these credentials but was not started from this home directory'
      : 'another process';
    throw new Error(
      `port ${opts.port} on 127.0.0.1 is already in use by ${what}; stop it, choose another port ` +
        '(NEO4J_LOCAL_PORT), or set NEO4J_URI to use an existing server.',
    );
  }

  await ensureLauncherBuilt({ log });

  for (const dir of [path.dirname(paths.pidFile), path.dirname(paths.logFile), paths.dataDir]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  const logSize = mtimeMs(paths.logFile) === undefined ? 0 : fs.statSync(paths.logFile).size;
  if (logSize > LOG_ROTATE_BYTES) fs.renameSync(paths.logFile, `${paths.logFile}.1`);

  const lp = launcherPaths();
  const classpath = [lp.classesDir, path.join(lp.libDir, '*')].join(path.delimiter);
  const java = javaExecutable();
  const args = [
    ...LAUNCHER_JVM_FLAGS,
    '-cp',
    classpath,
    LAUNCHER_CLASS,
    '--data',
    paths.dataDir,
    '--bolt-port',
    String(opts.port),
    ...memorySettingsArgs(paths.dataDir), // issue 13: page cache sized to the store (memory-settings.ts)
  ];

  const fd = fs.openSync(paths.logFile, 'a');
  let offset: number;
  let child;
  try {
    fs.writeSync(fd, `\n=== ${new Date().toISOString()} starting Neo4j on ${uri} (home ${paths.dataDir})\n`);
    offset = fs.fstatSync(fd).size;
    log(`Starting Neo4j ${launcherNeo4jVersion()} on ${uri} (log: ${paths.logFile})...`);
    child = spawn(java, args, {
      cwd: path.resolve(opts.homeDir),
      detached: true,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, NEO4J_LOCAL_PASSWORD: opts.password },
    });
  } finally {
    fs.closeSync(fd);
  }

  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let spawnError: Error | undefined;
  child.on('exit', (code, signal) => {
    exit = { code, signal };
  });
  child.on('error', (err) => {
    spawnError = err;
  });
  child.unref();
  await sleep(0); // let a synchronous spawn error surface
  if (spawnError || child.pid === undefined) {
    throw new Error(`could not start ${java}: ${spawnError?.message ?? 'no pid'}; ${NO_SERVER_HINT}`);
  }
  const pid = child.pid;
  fs.writeFileSync(paths.pidFile, `${pid}\n`);

  const started = Date.now();
  try {
    await waitForBolt({
      uri,
      password: opts.password,
      pid,
      paths,
      timeoutMs,
      offset,
      log,
      spawned: true,
      exited: () => exit ?? (spawnError ? { code: null, signal: null } : undefined),
    });
  } catch (err) {
    if (!isLauncherAlive(pid) && readPid(paths.pidFile) === pid) removePidFile(paths.pidFile);
    throw err;
  }
  log(`Neo4j is up on ${uri} (pid ${pid}) after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { uri, pid, alreadyRunning: false };
}

interface WaitArgs {
  uri: string;
  password: string;
  pid: number;
  paths: HomePaths;
  timeoutMs: number;
  /** Offset in the log file where this start's output begins. */
  offset: number;
  log: (line: string) => void;
  spawned: boolean;
  exited?: () => { code: number | null; signal: NodeJS.Signals | null } | undefined;
}

/**
 * Waits until Bolt answers `RETURN 1` with the credentials. For a process we spawned, the driver is only
 * tried once the launcher printed NEO4J_READY (after it set the password), so early attempts with the new
 * password cannot trip Neo4j's failed-login lockout.
 */
async function waitForBolt(a: WaitArgs): Promise<void> {
  const deadline = Date.now() + a.timeoutMs;
  let lastProbe: BoltProbe | undefined;
  let nextNotice = Date.now() + 15_000;
  for (;;) {
    const exited = a.exited?.();
    if (exited || !isLauncherAlive(a.pid)) {
      const how = exited
        ? exited.signal
          ? `was killed by ${exited.signal}`
          : `exited with code ${exited.code}`
        : 'is no longer running';
      const tail = lastLines(a.paths.logFile, 20, a.offset);
      const launcherLines = readFrom(a.paths.logFile, a.offset)
        .split(/\r?\n/)
        .filter((l) => l.startsWith('neo4j-launcher:') && !tail.includes(l));
      throw new Error(
        `Neo4j (pid ${a.pid}) ${how} during start-up. Last lines of ${a.paths.logFile}:\n` +
          (tail.length ? tail.map((l) => `  ${l}`).join('\n') : '  (empty)') +
          (launcherLines.length ? `\n${launcherLines.join('\n')}` : '') +
          `\nCheck the messages above (port ${a.uri.replace(/^.*:/, '')} free? Java 17+? password at least ${MIN_PASSWORD_LENGTH} characters?). ` +
          `If the store under ${a.paths.dataDir} is damaged or from another Neo4j version, stop everything and delete that directory to start fresh; ` +
          `otherwise ${NO_SERVER_HINT}.`,
      );
    }
    const ready = !a.spawned || readFrom(a.paths.logFile, a.offset).includes('NEO4J_READY');
    if (ready) {
      lastProbe = await probeBolt(a.uri, a.password);
      if (lastProbe.ok) return;
      if (a.spawned && isAuthFailure(lastProbe)) {
        throw new Error(`Neo4j started (pid ${a.pid}) but refuses the password: ${lastProbe.message}`);
      }
    }
    if (Date.now() >= deadline) {
      const tail = lastLines(a.paths.logFile, 20, a.offset);
      if (a.spawned) {
        a.log(`Neo4j did not answer within ${a.timeoutMs / 1000} s; stopping pid ${a.pid}.`);
        await terminate(a.pid, 10_000);
      }
      throw new Error(
        `Neo4j (pid ${a.pid}) did not answer on ${a.uri} within ${Math.round(a.timeoutMs / 1000)} s` +
          (lastProbe?.message ? ` (last error: ${lastProbe.message})` : '') +
          `. Last lines of ${a.paths.logFile}:\n${tail.map((l) => `  ${l}`).join('\n')}\n` +
          'The machine may be overloaded; try again, or look at the whole log.',
      );
    }
    if (Date.now() >= nextNotice) {
      a.log(`  ...waiting for Neo4j to accept Bolt connections (${Math.round((Date.now() - (deadline - a.timeoutMs)) / 1000)} s)`);
      nextNotice = Date.now() + 15_000;
    }
    await sleep(POLL_MS);
  }
}

/** SIGTERM, wait up to `timeoutMs`, then SIGKILL. Resolves true when the process is gone. */
async function terminate(pid: number, timeoutMs: number, log?: (line: string) => void): Promise<boolean> {
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(pid, sig);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isLauncherAlive(pid)) return true;
    await sleep(200);
  }
  log?.(`Neo4j (pid ${pid}) did not stop within ${Math.round(timeoutMs / 1000)} s; killing it.`);
  signal('SIGKILL');
  for (let i = 0; i < 50; i++) {
    if (!isLauncherAlive(pid)) return true;
    await sleep(100);
  }
  return !isLauncherAlive(pid);
}

/**
 * Stops the local server: SIGTERM to the pid in `<homeDir>/run/neo4j.pid` (the launcher shuts Neo4j down
 * cleanly), SIGKILL after 60 s, then removes the pid file. Does nothing (wasRunning false) if not running.
 */
export async function stopLocalNeo4j(opts: LocalNeo4jOptions): Promise<{ wasRunning: boolean }> {
  const log = opts.log ?? (() => undefined);
  const paths = homePaths(opts.homeDir);
  const pid = readPid(paths.pidFile);
  if (pid === undefined || !isLauncherAlive(pid)) {
    removePidFile(paths.pidFile);
    return { wasRunning: false };
  }
  log(`Stopping Neo4j (pid ${pid})...`);
  const gone = await terminate(pid, STOP_TIMEOUT_MS, log);
  if (!gone) throw new Error(`Neo4j (pid ${pid}) is still running after SIGKILL`);
  removePidFile(paths.pidFile);
  return { wasRunning: true };
}

/**
 * Status of the local server: whether the pid file names a live launcher, and whether Bolt on `port`
 * answers `RETURN 1` with the given credentials.
 */
export async function statusLocalNeo4j(
  opts: LocalNeo4jOptions,
): Promise<{ running: boolean; pid?: number; uri: string; boltAnswers: boolean }> {
  validateOptions(opts);
  const uri = localBoltUri(opts.port);
  const pid = readPid(homePaths(opts.homeDir).pidFile);
  const running = pid !== undefined && isLauncherAlive(pid);
  const boltAnswers = (await portInUse(opts.port)) ? (await probeBolt(uri, opts.password)).ok : false;
  return running ? { running, pid, uri, boltAnswers } : { running, uri, boltAnswers };
}
