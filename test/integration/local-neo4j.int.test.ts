/**
 * Starts a real Neo4j 5.26 Community server (the Maven-built launcher in neo4j/) in a throw-away home
 * directory on a free port, and checks start/status/idempotence/Cypher/password reset/stop.
 * Needs Java 17+ and Maven (the first run downloads Neo4j from Maven Central).
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import {
  LocalNeo4jOptions,
  ensureLauncherBuilt,
  startLocalNeo4j,
  statusLocalNeo4j,
  stopLocalNeo4j,
} from '../../src/platform/neo4j/local-neo4j';

const TEST_TIMEOUT_MS = 240_000;

/** The first port from `preferred` on that nothing listens on at 127.0.0.1. */
async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.once('listening', () => server.close(() => resolve(true)));
      server.listen({ port, host: '127.0.0.1', exclusive: true });
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${preferred}..${preferred + 99}`);
}

/** Runs one query with its own driver (always closed). */
async function query<T>(uri: string, password: string, cypher: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 5_000 });
  try {
    const result = await driver.executeQuery(cypher, params, { database: 'neo4j' });
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

async function authError(uri: string, password: string): Promise<string | undefined> {
  try {
    await query(uri, password, 'RETURN 1');
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

describe('local Neo4j 5.26 server (startLocalNeo4j / statusLocalNeo4j / stopLocalNeo4j)', () => {
  const logLines: string[] = [];
  let opts: LocalNeo4jOptions;
  let firstPid = 0;

  beforeAll(async () => {
    const homeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unhr-neo4j-it-'));
    opts = {
      port: await freePort(17688),
      password: `it-${randomBytes(12).toString('hex')}`,
      homeDir,
      log: (line) => logLines.push(line),
    };
    // Separate from the timed tests: a cold Maven build downloads ~200 jars.
    await ensureLauncherBuilt(opts);
  }, 600_000);

  afterAll(async () => {
    if (!opts) return;
    await stopLocalNeo4j(opts).catch(() => undefined);
    fs.rmSync(opts.homeDir, { recursive: true, force: true });
  }, 120_000);

  it(
    'starts the server detached and reports it running',
    async () => {
      const started = Date.now();
      const first = await startLocalNeo4j(opts);
      logLines.push(`start took ${Date.now() - started} ms`);

      expect(first.alreadyRunning).toBe(false);
      expect(first.uri).toBe(`bolt://127.0.0.1:${opts.port}`);
      expect(first.pid).toBeGreaterThan(0);
      firstPid = first.pid;
      expect(fs.readFileSync(path.join(opts.homeDir, 'run', 'neo4j.pid'), 'utf8').trim()).toBe(String(first.pid));
      expect(fs.readFileSync(path.join(opts.homeDir, 'logs', 'neo4j.log'), 'utf8')).toContain(
        `NEO4J_READY bolt://127.0.0.1:${opts.port}`,
      );
      // Neo4j's own files stay inside the home directory.
      expect(fs.existsSync(path.join(opts.homeDir, 'data', 'data', 'databases'))).toBe(true);
      expect(fs.existsSync(path.join(opts.homeDir, 'data', 'logs', 'debug.log'))).toBe(true);

      const status = await statusLocalNeo4j(opts);
      expect(status).toEqual({ running: true, pid: first.pid, uri: first.uri, boltAnswers: true });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'is idempotent: a second start finds the running server',
    async () => {
      const second = await startLocalNeo4j(opts);
      expect(second).toEqual({ uri: `bolt://127.0.0.1:${opts.port}`, pid: firstPid, alreadyRunning: true });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'serves Cypher writes and reads over Bolt, with authentication on',
    async () => {
      const uri = `bolt://127.0.0.1:${opts.port}`;
      const id = randomBytes(6).toString('hex');
      await query(uri, opts.password, 'CREATE (:ItProbe {id: $id, n: 42})', { id });
      const rows = await query<{ n: number }>(uri, opts.password, 'MATCH (p:ItProbe {id: $id}) RETURN p.n AS n', { id });
      expect(rows).toHaveLength(1);
      expect(Number(rows[0].n)).toBe(42);

      expect(await authError(uri, 'not-the-password')).toBe('Neo.ClientError.Security.Unauthorized');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'stops the server and reports it stopped',
    async () => {
      expect(await stopLocalNeo4j(opts)).toEqual({ wasRunning: true });
      expect(fs.existsSync(path.join(opts.homeDir, 'run', 'neo4j.pid'))).toBe(false);
      // The launcher is this process's child: once it exits it may stay a zombie until Node reaps it.
      expect(await exitedWithin(firstPid, 5000)).toBe(true);

      const status = await statusLocalNeo4j(opts);
      expect(status).toEqual({ running: false, uri: `bolt://127.0.0.1:${opts.port}`, boltAnswers: false });
      expect(await stopLocalNeo4j(opts)).toEqual({ wasRunning: false });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'resets the password at the next start and keeps the data',
    async () => {
      const oldPassword = opts.password;
      opts = { ...opts, password: `it2-${randomBytes(12).toString('hex')}` };
      const again = await startLocalNeo4j(opts);
      expect(again.alreadyRunning).toBe(false);

      expect(await authError(again.uri, oldPassword)).toBe('Neo.ClientError.Security.Unauthorized');
      const rows = await query<{ c: number }>(again.uri, opts.password, 'MATCH (p:ItProbe) RETURN count(p) AS c');
      expect(Number(rows[0].c)).toBe(1);

      expect(await stopLocalNeo4j(opts)).toEqual({ wasRunning: true });
      expect((await statusLocalNeo4j(opts)).running).toBe(false);
    },
    TEST_TIMEOUT_MS,
  );
});

/** Whether `pid` is gone (or a zombie waiting to be reaped) within `ms`. */
async function exitedWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      process.kill(pid, 0);
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return true;
    } catch {
      return true;
    }
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
