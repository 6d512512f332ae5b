/**
 * Supervises the embedded Neo4j 5.26 Community server that the project starts by itself, without Docker: starts the
 * launcher detached so it outlives the starting process, waits for Bolt, stops it and reports its status.
 * Layout under `homeDir` (default `<repo>/.neo4j`):
 *
 *   run/neo4j.pid     pid of the running launcher JVM
 *   run/start.lock    held while a start is in progress (src/platform/neo4j/pid-lock.ts)
 *   logs/neo4j.log    launcher stdout/stderr (Neo4j's user log)
 *   data/             Neo4j home: data/data (databases), data/logs (debug.log, query.log, ...)
 *   auth/password     generated password (mode 0600), see src/platform/neo4j/password-file.ts
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BoltProbe, isAuthFailure, localBoltUri, portInUse, probeBolt } from './bolt-probe';
import { NO_SERVER_HINT } from './java';
import { ensureLauncherBuilt, LAUNCHER_CLASS, launcherCommand, launcherNeo4jVersion } from './launcher';
import { lastLines, readFrom } from './log-file';
import { MIN_PASSWORD_LENGTH } from './password-file';
import { memorySettingsArgs } from './memory-settings';
import { mtimeMs, readPid, removePidFile, withStartLock } from './pid-lock';

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

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 500;
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface HomePaths {
  pidFile: string;
  lockFile: string;
  logFile: string;
  dataDir: string;
}

export function homePaths(homeDir: string): HomePaths {
  const home = path.resolve(homeDir);
  return {
    pidFile: path.join(home, 'run', 'neo4j.pid'),
    lockFile: path.join(home, 'run', 'start.lock'),
    logFile: path.join(home, 'logs', 'neo4j.log'),
    dataDir: path.join(home, 'data'),
  };
}

/**
 * Whether `pid` is a live launcher process. On Linux /proc is consulted, so a zombie or a recycled pid
 * (after a reboot, say) does not count.
 */
export function isLauncherAlive(pid: number): boolean {
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

  // The server's settings as launcher arguments (memory settings are appended here); JVM flags are in launcher.ts.
  const { java, args } = launcherCommand(['--data', paths.dataDir, '--bolt-port', String(opts.port), ...memorySettingsArgs(paths.dataDir)]);

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
