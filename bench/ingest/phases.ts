import { loadavg } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { cypher } from '../../src/graph/cypher';
import { loadDefaultGraph } from '../../src/services/seed-loader';
import { repoRoot } from '../../src/repo-root';
import { connectGraph } from '../../src/runtime';
import { runBenchmark } from '../report';
import { warmUpAll } from '../../src/services/warm-up';
import { processCpuSeconds } from './process-cpu';

/**
 * Where the start-up load into an empty graph spends its time, phase by phase (schema, catalogue, texts, the wait for
 * the indexes and the counts at the end): wall time and the CPU of this process and of Neo4j in each phase, for
 * `--runs` loads into an emptied graph (the first on a cold Neo4j). Uses the bench's Neo4j (BENCH_NEO4J_PORT) and EMPTIES it.
 */
async function main(argv: string[]): Promise<number> {
  const runs = Number(argv[0] ?? 3);
  const readRounds = Number(argv[1] ?? 0);
  const config = loadConfig();
  if (config.neo4j.target.mode === 'local') config.neo4j.target = { ...config.neo4j.target, port: Number(process.env.BENCH_NEO4J_PORT) || 7689 };
  let pid: number | undefined;
  const graph = await connectGraph(config, { homeDir: join(repoRoot(), '.neo4j-bench'), log: (line) => (pid ??= Number(/\(pid (\d+)\)/.exec(line)?.[1]) || undefined) });
  try {
    for (let run = 1; run <= runs; run++) {
      await graph.executor.runSchema([cypher('load/remove-everything')]);
      const marks: { label: string; ms: number; node: number; neo4j: number }[] = [];
      const mark = (label: string) => {
        const u = process.cpuUsage();
        marks.push({ label, ms: performance.now(), node: (u.user + u.system) / 1e6, neo4j: processCpuSeconds(pid) ?? NaN });
      };
      mark('start');
      const s = await loadDefaultGraph(graph.executor, join(repoRoot(), 'data'), {
        data: 'corpus',
        log: (line) => {
          if (/^Applying/.test(line)) mark('before schema');
          else if (/^Loading the catalogue/.test(line)) mark('schema');
          else if (/^Loading \d+ resolution/.test(line)) mark('catalogue, splinters, stored versions');
        },
      });
      mark('texts, indexes awaited, counts');
      const total = (marks[marks.length - 1].ms - marks[0].ms) / 1000;
      console.log(`\nrun ${run}${run === 1 ? ' (cold Neo4j)' : ''}: ${s.texts.written.length} written in ${total.toFixed(2)} s (${(s.texts.written.length / total).toFixed(0)} res/s), load ${loadavg()[0].toFixed(2)}`);
      for (let i = 1; i < marks.length; i++) {
        const [a, b] = [marks[i - 1], marks[i]];
        console.log(`  ${b.label.padEnd(40)} ${((b.ms - a.ms) / 1000).toFixed(2).padStart(6)} s   CPU node ${(b.node - a.node).toFixed(2)} + Neo4j ${(b.neo4j - a.neo4j).toFixed(2)}`);
      }
    }
    // argv[1]: rounds of the read path after the loads (each statement behind the GraphQL reads once, as the warm-up
    // runs them): how fast Neo4j answers reads once warm, to weigh settings that speed up the load against the reads.
    if (readRounds > 0) {
      const rounds: { ms: number; cpu: number }[] = [];
      for (let i = 0; i < readRounds; i++) {
        const t0 = performance.now();
        const c0 = processCpuSeconds(pid) ?? NaN;
        await warmUpAll(graph.executor);
        rounds.push({ ms: performance.now() - t0, cpu: (processCpuSeconds(pid) ?? NaN) - c0 });
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const later = rounds.slice(Math.floor(rounds.length / 2));
      console.log(`\nreads (${readRounds} rounds of ${'the warm-up statements'}): first ${rounds[0].ms.toFixed(0)} ms; median of the later half ${median(later.map((r) => r.ms)).toFixed(1)} ms, Neo4j CPU ${(median(later.map((r) => r.cpu)) * 1000).toFixed(0)} ms a round; load ${loadavg()[0].toFixed(2)}`);
    }
  } finally {
    await graph.close();
  }
  return 0;
}


runBenchmark(main);
