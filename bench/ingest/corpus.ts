import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config';
import { cypher } from '../../src/graph/cypher';
import { DEFAULT_WRITE_BATCH_SIZE, DEFAULT_WRITE_CONCURRENCY } from '../../src/graph/load.repository';
import { describeTexts, LoadSummary, loadDefaultGraph } from '../../src/services/seed-loader';
import { repoRoot } from '../../src/repo-root';
import { launcherNeo4jVersion } from '../../src/platform/neo4j/local-neo4j';
import { connectGraph } from '../../src/runtime';
import { describeMachine } from '../api/machine';
import { table, runBenchmark } from '../report';
import { diffDumps, dumpGraph, GraphDump } from './graph-dump';
import { processCpuSeconds } from './process-cpu';

/** Port of the benchmark's own Neo4j, apart from npm start (7687) and the tests (7688); BENCH_NEO4J_PORT moves it (two checkouts on one machine). */
const BENCH_PORT = Number(process.env.BENCH_NEO4J_PORT) || 7689;

/** What issue 10 asks of the start-up load: the corpus into an empty graph at this rate or more, on a quiet 2-core machine. */
const TARGET_RESOLUTIONS_PER_S = 100;

const USAGE = `usage: npm run bench:ingest [-- --runs 2] [--writers 2x25] [--baseline <checkout>]

Times the start-up load of the shipped data end to end, exactly as npm start does it (loadDefaultGraph: schema,
catalogue, then the seed and the 326 corpus texts parsed and written to Neo4j, parsing overlapping the writes):
--runs times into an emptied graph (the first on a cold Neo4j), then once more with the data unchanged (what a
restart adds). --writers CxB: C transactions at a time, B resolutions to a transaction (default: the loader's). Prints resolutions/s and the load average before and after each run: the machine may be shared.
--baseline <checkout>: another build of this project (its dist/, e.g. main's) loads the same data into the same
Neo4j in turn with this one, each run, so the two compare side by side under the same load; after each load the
graph is dumped canonically (bench/ingest/graph-dump.ts) and the two builds' graphs must be identical (but for the
value of parserRevision, a hash of the parser's code). Concurrent writers (the default 2) may let either of two texts
that introduce the same entity with different properties create it: use --writers 1x25 for a strict check.
Without NEO4J_URI it starts its own Neo4j under .neo4j-bench/ on port ${BENCH_PORT} and stops it afterwards; with
NEO4J_URI it uses that server and EMPTIES ITS DATABASE. The synthetic benchmark is npm run bench:ingest:synthetic.`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '2' }, writers: { type: 'string' }, baseline: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs takes a whole number of at least 1, got "${values.runs}"\n\n${USAGE}`);
    return 2;
  }
  const writers = values.writers === undefined ? undefined : /^(\d+)x(\d+)$/.exec(values.writers.trim());
  if (writers === null || (writers && (Number(writers[1]) < 1 || Number(writers[2]) < 1))) {
    console.error(`--writers takes a setting such as 2x25 (transactions at a time x resolutions per transaction), got "${values.writers}"\n\n${USAGE}`);
    return 2;
  }
  const write = writers ? { concurrency: Number(writers[1]), batchSize: Number(writers[2]) } : undefined;
  /** One writer: the graph does not depend on which transaction commits first, so two builds' graphs must match exactly. */
  const strict = write?.concurrency === 1;
  const log = (line: string) => console.error(`… ${line}`);
  const config = loadConfig();
  if (config.neo4j.target.mode === 'local') config.neo4j.target = { ...config.neo4j.target, port: BENCH_PORT };
  let neo4jPid: number | undefined;
  const graph = await connectGraph(config, {
    homeDir: join(repoRoot(), '.neo4j-bench'),
    log: (line) => {
      neo4jPid ??= Number(/\(pid (\d+)\)/.exec(line)?.[1]) || undefined;
      log(line);
    },
  });
  const dataDir = join(repoRoot(), 'data');
  const rows: string[][] = [];
  const builds: { name: string; load: typeof loadDefaultGraph }[] = [{ name: 'this build', load: loadDefaultGraph }];
  if (values.baseline) {
    const dir = resolve(values.baseline);
    const other = require(join(dir, 'dist', 'src', 'services', 'seed-loader.js')) as { loadDefaultGraph: typeof loadDefaultGraph };
    builds.push({ name: `baseline ${dir}`, load: other.loadDefaultGraph });
  }
  /** Resolutions/s of each build's loads into an empty graph after the first (cold) one. */
  const warmRates = new Map<string, number[]>();
  let reference: { name: string; dump: GraphDump } | undefined;
  const differences: string[] = [];
  let bestRate = 0;
  const load = async (label: string, build = builds[0]): Promise<LoadSummary> => {
    const before = loadavg()[0];
    const cpuBefore = { node: process.cpuUsage(), neo4j: processCpuSeconds(neo4jPid) };
    const started = performance.now();
    const s = await build.load(graph.executor, dataDir, { data: 'corpus', write });
    const ms = performance.now() - started;
    const nodeCpu = (process.cpuUsage().user + process.cpuUsage().system - cpuBefore.node.user - cpuBefore.node.system) / 1e6;
    const neo4jAfter = processCpuSeconds(neo4jPid);
    const neo4jCpu = neo4jAfter !== undefined && cpuBefore.neo4j !== undefined ? neo4jAfter - cpuBefore.neo4j : undefined;
    const written = s.texts.written.length;
    const paragraphs = s.texts.written.reduce((n, w) => n + w.paragraphs, 0);
    rows.push([
      label,
      String(written),
      String(s.texts.unchanged),
      String(s.texts.refused.length),
      (ms / 1000).toFixed(2),
      (s.texts.ms / 1000).toFixed(2),
      written ? (written / (ms / 1000)).toFixed(0) : '-',
      written ? (paragraphs / (ms / 1000)).toFixed(0) : '-',
      `${before.toFixed(2)} / ${loadavg()[0].toFixed(2)}`,
      `${nodeCpu.toFixed(1)} + ${neo4jCpu === undefined ? '?' : neo4jCpu.toFixed(1)}`,
      written && neo4jCpu !== undefined ? (written / ((nodeCpu + neo4jCpu) / cpus().length)).toFixed(0) : '-',
    ]);
    log(`${label}: ${describeTexts(s.texts)} in ${(ms / 1000).toFixed(2)} s`);
    return s;
  };
  let last: LoadSummary | undefined;
  let loads = 0;
  try {
    for (let i = 1; i <= runs; i++) {
      // With a baseline the order alternates, so neither build always meets the cold Neo4j or the other's leftovers;
      // this build loads last, so the restart below finds its own versions (the baseline's parserRevision may differ).
      for (const build of (runs - i) % 2 === 1 ? builds : [...builds].reverse()) {
        log(`Emptying the graph at ${graph.uri}`);
        await graph.executor.runSchema([cypher('load/remove-everything')]);
        const started = performance.now();
        const cold = loads === 0;
        loads += 1;
        last = await load(`${builds.length > 1 ? `${build.name}: ` : ''}into an empty graph, run ${i}${cold ? ' (cold Neo4j)' : ''}`, build);
        const rate = last.texts.written.length / ((performance.now() - started) / 1000);
        bestRate = build === builds[0] ? Math.max(bestRate, rate) : bestRate;
        if (!cold) warmRates.set(build.name, [...(warmRates.get(build.name) ?? []), rate]);
        if (builds.length > 1) {
          // Every load of the same data into an empty graph, by either build, must dump alike: compared with the first.
          // parserRevision hashes the parser's compiled code: two builds whose parsers differ in any byte differ there.
          const dump = await dumpGraph(graph.driver, { ignoreValuesOf: ['parserRevision'] });
          if (reference) differences.push(...diffDumps(reference.dump, dump).map((d) => `run ${i}, ${reference!.name} vs ${build.name}: ${d}`));
          reference ??= { name: build.name, dump };
        }
      }
    }
    await load('restart, data unchanged');
  } finally {
    await graph.close();
  }
  const header = ['load', 'written', 'unchanged', 'refused', 'total s', 'texts s', 'resolutions/s', 'paragraphs/s', 'load avg (1 min) before / after', 'CPU s node + Neo4j', 'CPU-bound res/s'];
  console.log(
    `\nStart-up load of the shipped data (seed + data/corpus), end to end through loadDefaultGraph, as npm start runs it.\n` +
      `${describeMachine(launcherNeo4jVersion())}.\n` +
      `Writers: ${write ? `${write.concurrency} transaction(s) at a time, ${write.batchSize} resolutions each` : `the loader's defaults (${DEFAULT_WRITE_CONCURRENCY} at a time, ${DEFAULT_WRITE_BATCH_SIZE} each)`}.\n` +
      `resolutions/s and paragraphs/s are over the whole load (schema, catalogue, texts); "texts s" is the texts' part alone.\n` +
      `CPU s: processor time this process and the local Neo4j used during the load, which depends much less than wall time on what else runs\n` +
      `on the machine; "CPU-bound res/s" is what that CPU time allows on ${cpus().length} idle core(s) (written / (CPU s / cores)): an\n` +
      `estimate of the quiet-machine rate, not a measurement (CPU time itself grows on a crowded machine, so it is a low estimate).\n\n` +
      table(header, rows) +
      `\n\nGraph after the last load: ${last ? `${last.graph.nodes} nodes, ${last.graph.relationships} relationships` : '-'}.` +
      (builds.length > 1 ? `\n\n${compareLine(builds.map((b) => b.name), warmRates)}\n${differences.length === 0 ? `Graphs: identical after every load (canonical dump ${reference?.dump.hash.slice(0, 16)}…, the parserRevision values left out).` : `Graphs DIFFER${strict ? '' : ' (with concurrent writers, two texts that introduce one entity differently race: check with --writers 1x25)'}:\n${differences.join('\n')}`}` : '') +
      `\n\nTarget (issue 10): the corpus into an empty graph at >= ${TARGET_RESOLUTIONS_PER_S} resolutions/s on a quiet 2-core machine: ` +
      `${bestRate >= TARGET_RESOLUTIONS_PER_S ? 'ok' : 'MISSED'} (best run ${bestRate.toFixed(0)} resolutions/s; load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}` +
      `${loadavg()[0] > 0.5 * cpus().length ? ', the machine is not quiet: rerun it when it is' : ''}).`,
  );
  return differences.length === 0 || !strict ? 0 : 1;
}

/** "this build 1.52x the baseline (median warm resolutions/s 61 vs 40)". */
function compareLine(names: string[], rates: Map<string, number[]>): string {
  const median = (xs: number[] = []) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const [mine, base] = names.map((n) => median(rates.get(n)));
  return `Side by side (loads into an empty graph but the first, on a cold Neo4j): ${names[0]} ${(mine / base).toFixed(2)}x ${names[1]} (median ${mine.toFixed(0)} vs ${base.toFixed(0)} resolutions/s).`;
}


runBenchmark(main);
