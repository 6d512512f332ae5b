import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { ProfiledPlan } from 'neo4j-driver';
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

/**
 * Where the write of the corpus spends its time: parses every text (timing each), then writes them in batches with
 * explicit transactions, timing the statement and the commit apart, and PROFILEs one batch into an empty graph and
 * one later batch, printing the operators by db hits. Uses the bench's Neo4j (BENCH_NEO4J_PORT) and EMPTIES it.
 */
async function main(argv: string[]): Promise<number> {
  const batchSize = Number(argv[0] ?? 25);
  const config = loadConfig();
  if (config.neo4j.target.mode === 'local') config.neo4j.target = { ...config.neo4j.target, port: Number(process.env.BENCH_NEO4J_PORT) || 7689 };
  const graph = await connectGraph(config, { homeDir: join(repoRoot(), '.neo4j-bench') });
  try {
    const dataDir = join(repoRoot(), 'data');
    const catalogue = readCatalogue(dataDir);
    const index = buildCatalogueIndex(catalogue);
    await graph.executor.runSchema([cypher('load/remove-everything')]);
    await applySchema(graph.executor);
    await new LoadRepository(graph.executor).writeCatalogue(catalogueToRows(catalogue));
    const parseStarted = performance.now();
    const writes = shippedTexts(dataDir, 'corpus').map(({ source, path }) => {
      const text = decodeInput(readFileSync(path));
      return { ...toVersionedWrite(parseText(text, index), text, source, index, dataDir), startup: true };
    });
    const parseMs = performance.now() - parseStarted;
    const json = JSON.stringify(writes).length;
    console.log(`parse ${writes.length} texts: ${parseMs.toFixed(0)} ms (${(parseMs / writes.length).toFixed(1)} ms/text); JSON of the rows ${(json / 1e6).toFixed(2)} MB`);
    // Times every statement of the write transactions by name (the executor's RunInTransaction, wrapped).
    const byName = new Map<string, { n: number; ms: number }>();
    let transactions = 0;
    const executor = graph.executor;
    const timed = Object.create(executor) as typeof executor;
    timed.write = (name, work) =>
      executor.write(name, (run) => {
        transactions += 1;
        return work(async (query, params) => {
          const t0 = performance.now();
          const rows = await run(query, params);
          const s = byName.get(query.name) ?? { n: 0, ms: 0 };
          s.n += 1;
          s.ms += performance.now() - t0;
          byName.set(query.name, s);
          return rows;
        });
      });
    const started = performance.now();
    await new LoadRepository(timed).writeResolutions(writes, { batchSize, concurrency: 1 });
    const total = performance.now() - started;
    console.log(`\nwrite ${writes.length} in ${total.toFixed(0)} ms, ${transactions} transactions, one writer; ${(writes.length / (total / 1000)).toFixed(0)} res/s write-only; load ${loadavg()[0].toFixed(2)}`);
    for (const [name, t] of byName) console.log(`  ${name.padEnd(32)} ${String(t.n).padStart(4)} x  ${t.ms.toFixed(0).padStart(6)} ms`);
    console.log(`  (the rest, ${(total - [...byName.values()].reduce((n, t) => n + t.ms, 0)).toFixed(0)} ms: commit, bump of the graph version, round trips)`);
  } finally {
    await graph.close();
  }
  return 0;
}

function printPlan(plan: ProfiledPlan): void {
  const lines: { depth: number; op: string; hits: number; rows: number; time: number; details: string }[] = [];
  const walk = (p: ProfiledPlan, depth: number) => {
    const time = Number((p as unknown as { time?: number }).time ?? 0);
    lines.push({ depth, op: p.operatorType, hits: Number(p.dbHits), rows: Number(p.rows), time, details: String(p.arguments?.Details ?? '').slice(0, 110) });
    for (const c of p.children) walk(c, depth + 1);
  };
  walk(plan, 0);
  const totalHits = lines.reduce((n, l) => n + l.hits, 0);
  console.log(`total db hits ${totalHits}`);
  for (const l of lines) console.log(`${' '.repeat(l.depth)}${l.op.padEnd(34 - Math.min(l.depth, 20))} hits ${String(l.hits).padStart(8)} rows ${String(l.rows).padStart(6)} time ${String(Math.round(l.time / 1000)).padStart(6)}us  ${l.details}`);
}

runBenchmark(main);
