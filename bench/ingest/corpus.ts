import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config';
import { cypher } from '../../src/graph/cypher';
import { describeTexts, LoadSummary, loadDefaultGraph } from '../../src/graph/seed-loader';
import { repoRoot } from '../../src/repo-root';
import { launcherNeo4jVersion } from '../../src/dbms/local-neo4j';
import { connectGraph } from '../../src/runtime';
import { describeMachine } from '../api/machine';

/** Port of the benchmark's own Neo4j, apart from npm start (7687) and the tests (7688). */
const BENCH_PORT = 7689;

const USAGE = `usage: npm run bench:ingest [-- --runs 2]

Times the start-up load of the shipped data end to end, exactly as npm start does it (loadDefaultGraph: schema,
catalogue, then the seed and the 326 corpus texts parsed and written to Neo4j, parsing overlapping the writes):
--runs times into an emptied graph (the first on a cold Neo4j), then once more with the data unchanged (what a
restart adds). Prints resolutions/s and the load average before and after each run: the machine may be shared.
Without NEO4J_URI it starts its own Neo4j under .neo4j-bench/ on port ${BENCH_PORT} and stops it afterwards; with
NEO4J_URI it uses that server and EMPTIES ITS DATABASE. The synthetic benchmark is npm run bench:ingest:synthetic.`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '2' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs takes a whole number of at least 1, got "${values.runs}"\n\n${USAGE}`);
    return 2;
  }
  const log = (line: string) => console.error(`… ${line}`);
  const config = loadConfig();
  if (config.neo4j.target.mode === 'local') config.neo4j.target = { ...config.neo4j.target, port: BENCH_PORT };
  const graph = await connectGraph(config, { homeDir: join(repoRoot(), '.neo4j-bench'), log });
  const dataDir = join(repoRoot(), 'data');
  const rows: string[][] = [];
  const load = async (label: string): Promise<LoadSummary> => {
    const before = loadavg()[0];
    const started = performance.now();
    const s = await loadDefaultGraph(graph.executor, dataDir, { data: 'corpus' });
    const ms = performance.now() - started;
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
    ]);
    log(`${label}: ${describeTexts(s.texts)} in ${(ms / 1000).toFixed(2)} s`);
    return s;
  };
  let last: LoadSummary | undefined;
  try {
    for (let i = 1; i <= runs; i++) {
      log(`Emptying the graph at ${graph.uri}`);
      await graph.executor.runSchema([cypher('load/remove-everything')]);
      last = await load(`into an empty graph, run ${i}${i === 1 ? ' (cold Neo4j)' : ''}`);
    }
    await load('restart, data unchanged');
  } finally {
    await graph.close();
  }
  const header = ['load', 'written', 'unchanged', 'refused', 'total s', 'texts s', 'resolutions/s', 'paragraphs/s', 'load avg (1 min) before / after'];
  console.log(
    `\nStart-up load of the shipped data (seed + data/corpus), end to end through loadDefaultGraph, as npm start runs it.\n` +
      `${describeMachine(launcherNeo4jVersion())}.\n` +
      `resolutions/s and paragraphs/s are over the whole load (schema, catalogue, texts); "texts s" is the texts' part alone.\n\n` +
      table(header, rows) +
      `\n\nGraph after the last load: ${last ? `${last.graph.nodes} nodes, ${last.graph.relationships} relationships` : '-'}.`,
  );
  return 0;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
