import 'reflect-metadata';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launcherNeo4jVersion } from '../../src/platform/neo4j/local-neo4j';
import { loadSeedGraph } from '../../src/services/seed-loader';
import { repoRoot } from '../../src/repo-root';
import { runHttp, TIMEOUT_S } from '../api/http-load';
import { describeMachine } from '../api/machine';
import { connectBenchGraph, postGraphql, ServerProcess, startServer } from '../api/processes';
import { BENCH_QUERIES, GraphqlRequest, SEED_SYMBOL } from '../api/queries';
import { emptyGraph } from '../api/scale';
import { formatMs, growthVerdict, textTable } from '../api/stats';
import { sampleMemory } from './memory';
import { wholeNumberOption } from '../options';

const USAGE = `usage: npm run bench:load -- [--connections 50] [--duration 60] [--sample 2] [--uncached]

Holds --connections connections for --duration seconds against our API (a child process, node dist/src/main.js, with
its default settings) with a mixed set of queries, then prints requests/s, p50/p90/p99 latency, errors (connection
errors, non-2xx answers and 200 answers carrying GraphQL errors) and the server's memory, sampled every --sample
seconds (RSS from /proc, V8 heap from /metrics when the server has it), with a verdict on whether it keeps growing.
--uncached turns the response cache off (CACHE_ENABLED=false), so every request reaches Neo4j.
Exits with 1 if any request failed. Uses the same Neo4j as npm run bench (.neo4j-bench-http/, or NEO4J_URI).`;

/** The mix: every benchmark query plus lookups a client makes around them. Each connection cycles through it. */
const MIX: readonly GraphqlRequest[] = [
  ...BENCH_QUERIES.map((q) => q.ours),
  { query: 'query Instrument($a: String!) { instrument(abbreviation: $a) { id title monitoredBy { id title } citedBy(first: 5) { totalCount nodes { relation quote resolution { symbol } } } } }', variables: { a: 'ICMW' } },
  { query: 'query Paragraphs($s: String!) { resolution(symbol: $s) { symbol title paragraphs(kind: OPERATIVE) { id number text citations { relation target { id label } } } } }', variables: { s: SEED_SYMBOL } },
  { query: 'query Search($t: String!) { search(text: $t, first: 10) { totalCount nodes { score node { id } } } }', variables: { t: 'human rights defenders' } },
  { query: 'query Node($id: ID!) { node(id: $id) { id ... on Paragraph { text } } }', variables: { id: `un:${SEED_SYMBOL}#op5` } },
];

interface Options {
  help: boolean;
  connections: number;
  duration: number;
  sample: number;
  uncached: boolean;
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const log = (line: string) => console.error(`… ${line}`);
  const graph = await connectBenchGraph(log);
  let server: ServerProcess | undefined;
  let result: Awaited<ReturnType<typeof runHttp>>;
  let samples: ReturnType<ReturnType<typeof sampleMemory>['stop']>;
  try {
    if (graph.owned) await emptyGraph(graph.runtime.executor);
    log('Loading the catalogue and the seed');
    await loadSeedGraph(graph.runtime.executor, join(repoRoot(), 'data'));
    server = await startServer('our API', 'src/main.js', graph, MIX[0], options.uncached ? { CACHE_ENABLED: 'false' } : {});
    // One of each query first, as any running server has seen them: 50 cold connections all asking a new, large Cypher
    // statement at once made Neo4j plan it 50 times over on a busy machine, and the first answers took over 10 s.
    log('Warming up: each query of the mix once');
    for (const request of MIX) {
      const answer = await postGraphql(server.url, request);
      if (answer.errors) throw new Error(`the API answers a query of the mix with errors: ${JSON.stringify(answer.errors).slice(0, 300)}`);
    }
    log(`Holding ${options.connections} connections for ${options.duration} s against ${server.url} (pid ${server.pid})`);
    const sampler = sampleMemory(server.pid, server.url.replace(/\/graphql$/, '/metrics'), options.sample);
    result = await runHttp(server.url, MIX, options.connections, options.duration);
    samples = sampler.stop();
    if (server.child.exitCode !== null) throw new Error(`the API exited during the load test:\n${server.output()}`);
  } finally {
    await server?.stop();
    await graph.runtime.close();
  }

  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const rss = growthVerdict(samples.map((s) => s.rssBytes));
  const heapSamples = samples.filter((s) => s.heapUsedBytes !== undefined).map((s) => s.heapUsedBytes as number);
  const heap = growthVerdict(heapSamples, 0.1, 'min');
  const failures = result.errors + result.non2xx + result.graphqlErrors;
  const verdict = (v: ReturnType<typeof growthVerdict>, what: string, by: string) =>
    v
      ? `${what} (${by} of each third): middle third ${mb(v.middleMean)} MB, last third ${mb(v.lastMean)} MB (${((v.growth - 1) * 100).toFixed(1)}%): ${v.growing ? 'KEEPS GROWING' : 'flat'}`
      : `${what}: not enough samples`;
  console.log(`\nLoad test: ${describeMachine(launcherNeo4jVersion())}`);
  console.log(`${options.connections} connections for ${options.duration} s, ${MIX.length} queries in turn per connection (seed graph), response cache ${options.uncached ? 'off' : 'on'}\n`);
  console.log(
    textTable(
      ['requests', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'errors', 'non-2xx', 'GraphQL errors'],
      [[String(result.requests), result.requestsPerSecond.toFixed(0), formatMs(result.p50), formatMs(result.p90), formatMs(result.p99), String(result.errors), String(result.non2xx), String(result.graphqlErrors)]],
    ),
  );
  console.log('');
  console.log(
    textTable(
      ['at s', 'RSS MB', 'heap used MB'],
      samples.map((s) => [s.atS.toFixed(0), mb(s.rssBytes), s.heapUsedBytes !== undefined ? mb(s.heapUsedBytes) : '-']),
    ),
  );
  console.log(`\n${verdict(rss, 'RSS', 'mean')}`);
  console.log(heapSamples.length ? verdict(heap, 'Heap used', 'minimum') : 'Heap: the server has no /metrics; RSS only.');
  console.log(failures === 0 ? 'Errors: none.' : `Errors: ${failures} failed requests.`);
  for (const [kind, count] of Object.entries(result.errorKinds)) console.log(`  ${count} x ${kind}`);
  if (result.timeouts) console.log(`  ${result.timeouts} of the errors are timeouts (no answer within ${TIMEOUT_S} s)`);
  return failures === 0 ? 0 : 1;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      connections: { type: 'string', default: '50' },
      duration: { type: 'string', default: '60' },
      sample: { type: 'string', default: '2' },
      uncached: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const whole = wholeNumberOption;
  return { help: values.help, connections: whole('connections', values.connections, 1), duration: whole('duration', values.duration, 1), sample: whole('sample', values.sample, 1), uncached: values.uncached };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Load test failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
