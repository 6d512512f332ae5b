import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT_DIR } from './paths';

let built = false;

/** Compiles src/ and bench/ to dist/ once per test file (the fault tests run the real processes, not ts-jest's modules). */
export function buildOnce(): void {
  if (built) return;
  // Compiles only when a source is newer than the last build (as every npm run script does).
  const result = spawnSync(process.execPath, [join(ROOT_DIR, 'scripts', 'build-if-stale.cjs')], {
    cwd: ROOT_DIR,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the build (scripts/build-if-stale.cjs) failed:\n${result.stdout}${result.stderr}`);
  built = true;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A child process of the test with its output kept (both streams, in order) and its exit awaited. */
export class RunningProcess {
  readonly output: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private partial = '';

  constructor(readonly child: ChildProcess) {
    const onData = (chunk: Buffer) => {
      const lines = (this.partial + chunk.toString('utf8')).split('\n');
      this.partial = lines.pop() ?? '';
      this.output.push(...lines);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** All output so far as one string (log lines are JSON with LOG_FORMAT=json). */
  text(): string {
    return [...this.output, this.partial].join('\n');
  }

  /** Waits until a line matches, or fails with the output so far. */
  async waitForLine(pattern: RegExp, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.output.find((l) => pattern.test(l));
      if (line) return line;
      if (!this.running) throw new Error(`process exited before printing ${pattern}:\n${this.text()}`);
      if (Date.now() > deadline) throw new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${this.text()}`);
      await sleep(50);
    }
  }

  /** SIGKILL if still running; for afterAll. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

/** Starts `node dist/<script>` with the given environment added to the test's own (LOG_FORMAT=json). */
export function startNode(script: string, env: Record<string, string>, args: string[] = []): RunningProcess {
  const child = spawn(process.execPath, [join(ROOT_DIR, 'dist', script), ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, LOG_FORMAT: 'json', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new RunningProcess(child);
}

/** The API process (`node dist/src/main.js`) pointed at a Neo4j, listening on `port`. */
export async function startApi(options: { neo4jUri: string; password: string; port: number; env?: Record<string, string> }): Promise<RunningProcess> {
  const api = startNode('src/main.js', {
    // The tests that start the API expect the seed graph; the default (the corpus) is tested through loadStartupGraph.
    GRAPH_DATA: 'seed',
    ...options.env,
    NEO4J_URI: options.neo4jUri,
    NEO4J_PASSWORD: options.password,
    HOST: '127.0.0.1',
    PORT: String(options.port),
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${options.port}/health`)).ok) return api;
    } catch {
      // not listening yet
    }
    if (!api.running) throw new Error(`the API exited during start-up:\n${api.text()}`);
    if (Date.now() > deadline) {
      await api.kill();
      throw new Error(`the API did not listen on ${options.port} within 30 s:\n${api.text()}`);
    }
    await sleep(100);
  }
}

/** Words and shapes that must never reach a client: database and query-language names, stack frames, file paths. */
export const LEAK_PATTERNS: readonly RegExp[] = [
  /neo4j/i,
  /cypher/i,
  /\bat \//,
  /\bat [\w.<>]+ \(/,
  /\.(?:ts|js):\d+/,
  /\/work\/|\/home\/|\/usr\/|node_modules|dist\/src/,
  /bolt:\/\//i,
  /stacktrace/i,
];

/** The first leak pattern a response body matches, or undefined. */
export function findLeak(body: string): RegExp | undefined {
  return LEAK_PATTERNS.find((p) => p.test(body));
}

/** GET with a chosen Host header (fetch sets its own), as a hostile client or a misconfigured proxy would send it. */
export function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Probes `url` every `everyMs` from a separate process, so the test's own work (parsing large answers) does not delay
 * the probes; `stop()` returns each probe's round trip in milliseconds.
 */
export async function startProber(url: string, everyMs = 20): Promise<{ stop(): Promise<number[]> }> {
  const script = `
    const url = process.argv[1], every = Number(process.argv[2]);
    const times = []; let running = true;
    process.stdin.on('data', () => { running = false; });
    (async () => {
      await (await fetch(url)).text(); // warm up: fetch loads lazily and opens the connection
      process.stdout.write('ready\\n');
      while (running) {
        const t = performance.now();
        try { await (await fetch(url)).text(); times.push(performance.now() - t); } catch { times.push(-1); }
        await new Promise((r) => setTimeout(r, every));
      }
      process.stdout.write(JSON.stringify(times) + '\\n');
      process.exit(0);
    })();`;
  const child = spawn(process.execPath, ['-e', script, url, String(everyMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  while (!out.startsWith('ready\n')) {
    if (child.exitCode !== null) throw new Error(`the prober exited: ${out}`);
    await sleep(20);
  }
  return {
    async stop() {
      child.stdin?.write('stop\n');
      await exited;
      return JSON.parse(out.slice('ready\n'.length)) as number[];
    },
  };
}

/** The built API on a free port, against the tests' Neo4j (NEO4J_URI / NEO4J_PASSWORD), with extra environment. */
export async function startTestApi(env: Record<string, string>): Promise<{ api: RunningProcess; base: string }> {
  buildOnce();
  const port = await freePort();
  const api = await startApi({ neo4jUri: process.env.NEO4J_URI as string, password: process.env.NEO4J_PASSWORD as string, port, env });
  return { api, base: `http://127.0.0.1:${port}` };
}
