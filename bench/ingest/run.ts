import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { catalogueToRows, readCatalogue } from '../../src/core/catalogue/catalogue';
import { loadConfig } from '../../src/config';
import { LoadRepository, ResolutionWriteSummary } from '../../src/graph/load.repository';
import { applySchema } from '../../src/services/seed-loader';
import { buildCatalogueIndex, CatalogueIndex } from '../../src/core/ingest/catalogue-index';
import { INGEST_CHUNK } from '../../src/services/ingest-service';
import { resolveLocalPassword } from '../../src/platform/neo4j/local-neo4j';
import { parseResolution } from '../../src/core/ingest/pipeline';
import { toResolutionWrite } from '../../src/core/ingest/to-graph-write';
import { ResolutionWrite } from '../../src/core/model/graph-write';
import { repoRoot } from '../../src/repo-root';
import { connectGraph } from '../../src/runtime';
import { generateResolutions, SyntheticResolution } from './generate';
import { wholeNumberOption } from '../options';
import { table, runBenchmark } from '../report';

/** Port of the benchmark's own Neo4j, apart from npm start (7687) and the tests (7688). */
const BENCH_PORT = 7689;

const USAGE = `usage: npm run bench:ingest -- [--count 500] [--warmup 1000] [--seed 1] [--writers 1x1,4x1,2x25,cli]

Times the ingestion of synthetic resolutions (bench/ingest/generate.ts): (a) parsing only, then (b) parsing and
writing into Neo4j end to end, once per writer setting, each on its own fresh set of --count resolutions.
A writer setting CxB writes C transactions at a time, B resolutions to a transaction (1x1: writeResolution in a loop);
cli runs the npm run ingest command itself on a folder of the texts, one file each, timed from start to exit.
The warm-up (spread over the writer settings) lets the JVM of Neo4j compile its hot code: a cold Neo4j is about
half as fast for its first few thousand resolutions.
Without NEO4J_URI it starts its own Neo4j under .neo4j-bench/ on port ${BENCH_PORT} and stops it afterwards; with
NEO4J_URI it uses that server. Either way it loads the catalogue first and deletes what it wrote at the end.`;

/** C transactions at a time, B resolutions per transaction; or `cli`: the path of `npm run ingest` (ingestTexts per chunk of files). */
interface Writer {
  concurrency: number;
  batchSize: number;
  cli?: boolean;
}

interface Options {
  help: boolean;
  count: number;
  warmup: number;
  seed: number;
  writers: Writer[];
}

interface Measurement {
  stage: string;
  resolutions: number;
  paragraphs: number;
  citations: number;
  ms: number;
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
  if (options.count === 0) return 0;
  const log = (line: string) => console.error(`… ${line}`);
  const catalogue = readCatalogue(join(repoRoot(), 'data'));
  const index = buildCatalogueIndex(catalogue);

  const sets = options.writers.length;
  log(`Generating ${options.warmup + sets * options.count} synthetic resolutions (seed ${options.seed})`);
  const all = generateResolutions(options.warmup + sets * options.count, options.seed, catalogue);
  const warmup = all.slice(0, options.warmup);
  const measured = options.writers.map((_, k) => all.slice(options.warmup + k * options.count, options.warmup + (k + 1) * options.count));
  const rows = all.map((r) => checkedRows(r, index));

  const results: Measurement[] = [];
  warmup.forEach((r) => toResolutionWrite(parseResolution(r.text, index)));
  results.push(timeParsing(measured[0], index));

  const config = loadConfig();
  if (config.neo4j.target.mode === 'local') config.neo4j.target = { ...config.neo4j.target, port: BENCH_PORT };
  const graph = await connectGraph(config, { homeDir: join(repoRoot(), '.neo4j-bench'), log });
  const repo = new LoadRepository(graph.executor);
  const neo4jEnv = {
    NEO4J_URI: graph.uri,
    NEO4J_USER: config.neo4j.user,
    NEO4J_PASSWORD: config.neo4j.target.mode === 'external' ? config.neo4j.target.password : resolveLocalPassword(join(repoRoot(), '.neo4j-bench'), config.neo4j.target.password),
  };
  let created: string[] = [];
  try {
    log(`Loading the catalogue into ${graph.uri}`);
    await applySchema(graph.executor);
    await repo.writeCatalogue(catalogueToRows(catalogue));
    const introduced = [...new Set(rows.flatMap((w) => w.newEntities.map((e) => e.id)))];
    const existing = await graph.repo.byIds(introduced);
    created = introduced.filter((id) => !existing.has(id));

    log(`Warming up: writing ${warmup.length} resolutions`);
    const share = Math.ceil(warmup.length / options.writers.length);
    for (const [k, writer] of options.writers.entries()) await repo.writeResolutions(parseLazily(warmup.slice(k * share, (k + 1) * share), index), writer.cli ? {} : writer);
    for (const [k, writer] of options.writers.entries()) {
      const stage = `(b) parse + write, ${describe(writer)}`;
      log(`Timing ${stage} for ${options.count} resolutions`);
      const started = performance.now();
      const summaries: ResolutionWriteSummary[] = [];
      if (writer.cli) {
        summaries.push(...(await runIngestCommand(measured[k], graph.uri, neo4jEnv)));
      } else if (writer.concurrency === 1 && writer.batchSize === 1) {
        for (const w of parseLazily(measured[k], index)) summaries.push(await repo.writeResolution(w));
      } else {
        summaries.push(...(await repo.writeResolutions(parseLazily(measured[k], index), writer)));
      }
      const ms = performance.now() - started;
      const paragraphs = summaries.reduce((n, s) => n + s.paragraphs, 0);
      const citations = summaries.reduce((n, s) => n + s.citations, 0);
      results.push({ stage, resolutions: summaries.length, paragraphs, citations, ms });
    }
  } finally {
    try {
      log(`Deleting the ${all.length} synthetic resolutions and the ${created.length} entities they introduced`);
      const ids = rows.map((w) => w.resolution.id);
      for (let at = 0; at < ids.length; at += 200) await repo.removeResolutions(ids.slice(at, at + 200));
      await repo.removeResolutions([], created);
    } finally {
      await graph.close();
    }
  }

  const perResolution = results[0].paragraphs / results[0].resolutions;
  const citations = results[0].citations / results[0].paragraphs;
  console.log(
    `\nIngestion benchmark: ${options.count} synthetic resolutions per stage (seed ${options.seed}; ${perResolution.toFixed(1)} paragraphs and ` +
      `${(citations * perResolution).toFixed(1)} citations per resolution on average), after a warm-up of ${options.warmup}.\n` +
      `Node ${process.version}, ${cpus().length} CPU(s), Neo4j at ${graph.uri}.\n`,
  );
  console.log(table(['stage', 'resolutions', 'paragraphs', 'seconds', 'resolutions/s', 'paragraphs/s'], results.map((m) => [
    m.stage,
    String(m.resolutions),
    String(m.paragraphs),
    (m.ms / 1000).toFixed(2),
    (m.resolutions / (m.ms / 1000)).toFixed(1),
    (m.paragraphs / (m.ms / 1000)).toFixed(0),
  ])));
  return 0;
}

/** Parses a text and checks the pipeline read what the generator wrote, so the benchmark measures real work. */
function checkedRows(r: SyntheticResolution, index: CatalogueIndex): ResolutionWrite {
  const parsed = parseResolution(r.text, index);
  const preambular = parsed.paragraphs.filter((p) => p.kind === 'PREAMBULAR').length;
  if (parsed.symbol !== r.symbol || preambular !== r.preambular || parsed.paragraphs.length - preambular !== r.operative) {
    throw new Error(
      `The pipeline read ${r.name} as ${parsed.symbol} with ${preambular}+${parsed.paragraphs.length - preambular} paragraphs; ` +
        `the generator wrote ${r.symbol} with ${r.preambular}+${r.operative}. Fix the generator or the pipeline before timing them.`,
    );
  }
  return toResolutionWrite(parsed);
}

function timeParsing(texts: SyntheticResolution[], index: CatalogueIndex): Measurement {
  const started = performance.now();
  let paragraphs = 0;
  let citations = 0;
  for (const r of texts) {
    const w = toResolutionWrite(parseResolution(r.text, index));
    paragraphs += w.paragraphs.length;
    citations += w.citations.length;
  }
  return { stage: '(a) parse only (text to rows)', resolutions: texts.length, paragraphs, citations, ms: performance.now() - started };
}

/**
 * The whole `npm run ingest` command on a folder holding the texts, one file each, timed from spawn to exit (start-up,
 * connecting and the catalogue check included). Its --json report gives the counts, checked against the texts.
 */
async function runIngestCommand(texts: SyntheticResolution[], uri: string, env: Record<string, string>): Promise<ResolutionWriteSummary[]> {
  const dir = mkdtempSync(join(tmpdir(), 'unhr-bench-ingest-'));
  try {
    texts.forEach((r, i) => writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), r.text));
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [join(repoRoot(), 'dist/src/cli/ingest.js'), dir, '--json'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`npm run ingest against ${uri} exited with ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`))));
    });
    const outcomes = JSON.parse(stdout) as { ok: boolean; summary?: { resolutionId: string; paragraphCount: number; citationCount: number } }[];
    if (outcomes.length !== texts.length || outcomes.some((o) => !o.ok)) throw new Error('npm run ingest did not ingest every synthetic text');
    return outcomes.map((o) => ({ resolutionId: o.summary!.resolutionId, paragraphs: o.summary!.paragraphCount, citations: o.summary!.citationCount, linkedEntities: 0, newEntities: 0, outcome: 'written' as const, replaced: false, attached: false }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each text is parsed when a writer asks for the next one, so parsing overlaps the writes in flight. */
function* parseLazily(texts: SyntheticResolution[], index: CatalogueIndex): Generator<ResolutionWrite> {
  for (const r of texts) yield toResolutionWrite(parseResolution(r.text, index));
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '500' },
      warmup: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      writers: { type: 'string', default: '1x1,4x1,2x25,cli' },
      help: { type: 'boolean', default: false },
    },
  });
  const whole = wholeNumberOption;
  return {
    help: values.help,
    count: whole('count', values.count, 0),
    warmup: whole('warmup', values.warmup, 0),
    seed: whole('seed', values.seed, 0),
    writers: values.writers.split(',').map((spec): Writer => {
      if (spec.trim() === 'cli') return { concurrency: 0, batchSize: 0, cli: true };
      const m = /^\s*(\d+)x(\d+)\s*$/.exec(spec);
      if (!m) throw new Error(`--writers takes settings such as 4x1 or 2x10 (transactions at a time x resolutions per transaction) or cli, got "${spec}"`);
      return { concurrency: whole('writers', m[1], 1), batchSize: whole('writers', m[2], 1) };
    }),
  };
}

function describe(w: Writer): string {
  if (w.cli) return `npm run ingest on a folder of files (whole command, ${INGEST_CHUNK} files per chunk)`;
  const per = w.batchSize === 1 ? 'one resolution per transaction' : `${w.batchSize} resolutions per transaction`;
  return w.concurrency === 1 && w.batchSize === 1 ? 'writeResolution, one at a time' : `${per}, ${w.concurrency} at a time`;
}

runBenchmark(main);
