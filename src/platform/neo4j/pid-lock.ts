import * as fs from 'node:fs';
import * as path from 'node:path';

const POLL_MS = 500;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Modification time of a file in ms; undefined when it does not exist. */
export function mtimeMs(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Runs `fn` holding `<homeDir>/run/start.lock` (created exclusively, holding our pid). Waits for another
 * holder; a lock whose pid is dead, or older than the start timeout plus a build allowance, is taken over.
 */
export async function withStartLock<T>(
  paths: { lockFile: string },
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

export function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function removePidFile(pidFile: string): void {
  fs.rmSync(pidFile, { force: true });
}
