import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { loadConfig } from '../../src/config';
import { cypher } from '../../src/graph/cypher';
import { LoadRepository } from '../../src/graph/load.repository';
import { applySchema, shippedTexts } from '../../src/services/seed-loader';
import { catalogueToRows, readCatalogue } from '../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../src/core/ingest/catalogue-index';
import { decodeInput, parseText, toVersionedWrite } from '../../src/services/ingest-service';
import { repoRoot } from '../../src/repo-root';
import { connectGraph } from '../../src/runtime';
import { runBenchmark } from '../report';
import { processCpuSeconds } from './process-cpu';

/**
 * Where the write of the corpus spends its time: parses every text (timing each), then writes them in batches with
 * LoadRepository.writeResolutions (one writer, batches of argv[0], argv[1] rounds into an emptied graph), timing
 * every statement and the Neo4j process's CPU during it; what is left is the commits. Uses the bench's Neo4j
 * (BENCH_NEO4J_PORT) and EMPTIES it. PROFILE_DROP_INDEXES=a,b drops those indexes first (an experiment).
 */
async function main(argv: string[]): Promise<number> {
  const batchSize = Number(argv[0] ?? 25);
  const rounds = Number(argv[1] ?? 3);
  const config = loadConfig();
  if (config.neo4j.target.mode === 'local') config.neo4j.target = { ...config.neo4j.target, port: Number(process.env.BENCH_NEO4J_PORT) || 7689 };
  let pid: number | undefined;
  const graph = await connectGraph(config, { homeDir: join(repoRoot(), '.neo4j-bench'), log: (line) => (pid ??= Number(/\(pid (\d+)\)/.exec(line)?.[1]) || undefined) });
  const neo4jCpu = () => processCpuSeconds(pid) ?? NaN;
  try {
    const dataDir = join(repoRoot(), 'data');
    const catalogue = readCatalogue(dataDir);
    const index = buildCatalogueIndex(catalogue);
    await graph.executor.runSchema([cypher('load/remove-everything')]);
    await applySchema(graph.executor);
    // An experiment: how much of the write the index updates at commit cost (PROFILE_DROP_INDEXES=name,name), and what
    // building them again after the write costs (each round drops them before and rebuilds them after).
    const dropped = (process.env.PROFILE_DROP_INDEXES ?? '').split(',').filter(Boolean);
    const dropIndexes = async () => {
      for (const name of dropped) await graph.executor.runSchema([{ name: 'drop', text: `DROP INDEX ${name.replace(/\W/g, '')} IF EXISTS` }]);
    };
    if (dropped.length > 0) console.log(`dropping ${dropped.join(', ')} before each round's write, building them again after it`);
    await new LoadRepository(graph.executor).writeCatalogue(catalogueToRows(catalogue));
    const parseStarted = performance.now();
    const writes = shippedTexts(dataDir, 'corpus').map(({ source, path }) => {
      const text = decodeInput(readFileSync(path));
      return { ...toVersionedWrite(parseText(text, index), text, source, index, dataDir), startup: true };
    });
    const parseMs = performance.now() - parseStarted;
    const json = JSON.stringify(writes).length;
    console.log(`parse ${writes.length} texts: ${parseMs.toFixed(0)} ms (${(parseMs / writes.length).toFixed(1)} ms/text); JSON of the rows ${(json / 1e6).toFixed(2)} MB`);
    for (let round = 1; round <= rounds; round++) {
      if (round > 1) {
        await graph.executor.runSchema([cypher('load/remove-everything')]);
        await new LoadRepository(graph.executor).writeCatalogue(catalogueToRows(catalogue));
      }
      console.log(`\nround ${round}${round === 1 ? ' (cold Neo4j)' : ''}`);
      // Times every statement of the write transactions by name (the executor's RunInTransaction, wrapped).
      const byName = new Map<string, { n: number; ms: number; cpu: number }>();
      let transactions = 0;
      const executor = graph.executor;
      const timed = Object.create(executor) as typeof executor;
      timed.write = (name, work) =>
        executor.write(name, (run) => {
          transactions += 1;
          return work(async (query, params) => {
            const t0 = performance.now();
            const c0 = neo4jCpu();
            const rows = await run(query, params);
            const s = byName.get(query.name) ?? { n: 0, ms: 0, cpu: 0 };
            s.n += 1;
            s.ms += performance.now() - t0;
            s.cpu += neo4jCpu() - c0;
            byName.set(query.name, s);
            return rows;
          });
        });
      await dropIndexes();
      const started = performance.now();
      const cpuStarted = neo4jCpu();
      await new LoadRepository(timed).writeResolutions(writes, { batchSize, concurrency: 1 });
      const total = performance.now() - started;
      const cpuTotal = neo4jCpu() - cpuStarted;
      if (dropped.length > 0) {
        const t0 = performance.now();
        const c0 = neo4jCpu();
        await applySchema(graph.executor);
        console.log(`  building ${dropped.join(', ')} again after the write: ${(performance.now() - t0).toFixed(0)} ms, Neo4j CPU ${(neo4jCpu() - c0).toFixed(2)} s`);
      }
      console.log(`\nwrite ${writes.length} in ${total.toFixed(0)} ms, ${transactions} transactions, one writer; ${(writes.length / (total / 1000)).toFixed(0)} res/s write-only; load ${loadavg()[0].toFixed(2)}`);
      for (const [name, t] of byName) console.log(`  ${name.padEnd(32)} ${String(t.n).padStart(4)} x  ${t.ms.toFixed(0).padStart(6)} ms, Neo4j CPU ${t.cpu.toFixed(2)} s`);
      const statementsCpu = [...byName.values()].reduce((n, t) => n + t.cpu, 0);
      console.log(`  the rest (commit, round trips): ${(total - [...byName.values()].reduce((n, t) => n + t.ms, 0)).toFixed(0)} ms, Neo4j CPU ${(cpuTotal - statementsCpu).toFixed(2)} s; Neo4j CPU in all ${cpuTotal.toFixed(2)} s`);
    }
  } finally {
    await graph.close();
  }
  return 0;
}


runBenchmark(main);
