import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { AppConfig, loadConfig } from '../../src/config';
import { resolveLocalPassword } from '../../src/platform/neo4j/local-neo4j';
import { repoRoot } from '../../src/repo-root';
import { connectGraph, GraphRuntime } from '../../src/runtime';
import { GraphqlRequest } from './queries';

/** Bolt port of the HTTP benchmarks' own Neo4j unless NEO4J_LOCAL_PORT names another: apart from npm start (7687), the tests (7688) and bench:ingest (7689). */
export const BENCH_HTTP_PORT = 7690;
const DEFAULT_LOCAL_PORT = 7687;

/** The graph a benchmark runs on, with what a child process needs to reach it. */
export interface BenchGraph {
  runtime: GraphRuntime;
  config: AppConfig;
  uri: string;
  password: string;
  /** True when this process started (and will stop) the Neo4j; only then may the benchmark empty it. */
  owned: boolean;
}

/**
 * Connects to NEO4J_URI, or starts the benchmarks' own Neo4j under `.neo4j-bench-http/` (port BENCH_HTTP_PORT, or
 * NEO4J_LOCAL_PORT when set to something else than the default of npm start).
 */
export async function connectBenchGraph(log: (line: string) => void): Promise<BenchGraph> {
  const config = loadConfig();
  const homeDir = join(repoRoot(), '.neo4j-bench-http');
  let password: string;
  if (config.neo4j.target.mode === 'local') {
    const port = config.neo4j.target.port === DEFAULT_LOCAL_PORT ? BENCH_HTTP_PORT : config.neo4j.target.port;
    password = resolveLocalPassword(homeDir, config.neo4j.target.password);
    config.neo4j.target = { mode: 'local', port, password };
  } else password = config.neo4j.target.password;
  // Loading and emptying run on a machine the benchmark itself keeps busy: give them time (the servers keep their own limit).
  config.neo4j.queryTimeoutMs = Math.max(config.neo4j.queryTimeoutMs, 300_000);
  const runtime = await connectGraph(config, { homeDir, log });
  return { runtime, config, uri: runtime.uri, password, owned: config.neo4j.target.mode === 'local' };
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** A server under test, running as a child process. */
export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  child: ChildProcess;
  /** Its last lines of output, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `node <script>` (a file under dist/) with NEO4J_URI and NEO4J_PASSWORD of the benchmark's graph, on a free port,
 * and waits until `probe` gets an answer without errors from its /graphql.
 */
export async function startServer(
  name: string,
  script: string,
  graph: BenchGraph,
  probe: GraphqlRequest,
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    NEO4J_URI: graph.uri,
    NEO4J_PASSWORD: graph.password,
    HOST: '127.0.0.1',
    PORT: String(port),
    NODE_ENV: 'production',
    // Per-request info logs cost our API about a tenth of its throughput; @neo4j/graphql logs nothing per request.
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  const child = spawn(process.execPath, [join(repoRoot(), 'dist', script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}/graphql`;
  const server: ServerProcess = {
    name,
    url,
    pid: child.pid ?? -1,
    child,
    output: () => lines.join('\n'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${server.output()}`);
    try {
      const answer = await postGraphql(url, probe);
      if (!answer.errors) return server;
      if (Date.now() > deadline) throw new Error(`${name} answers with errors: ${JSON.stringify(answer.errors)}`);
    } catch (error) {
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`${name} did not answer within 60 s (${(error as Error).message}):\n${server.output()}`);
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** One GraphQL request over HTTP; throws on a non-2xx status. */
export async function postGraphql(url: string, request: GraphqlRequest): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as { data?: any; errors?: any[] };
}
