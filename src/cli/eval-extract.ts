import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOrExplain, readCatalogue } from '../catalogue/catalogue';
import { buildCatalogueIndex, CatalogueIndex } from '../ingest/catalogue-index';
import { accuracy, Accuracy, ExtractionScore, precisionRecall, scoreExtraction, sumScores } from '../ingest/evaluate';
import { ParsedResolution, parsedResolutionSchema } from '../ingest/parsed-resolution';
import { parseResolution } from '../ingest/pipeline';
import { repoRoot } from '../repo-root';

const USAGE = `usage: npm run eval:extract -- [--json] [--all] [--gold <dir>] [--texts <dir>]
  --all          print every miss, not only the first 40 per file
  --gold <dir>   gold files (<name>.json) to score against; default test/fixtures/gold
  --texts <dir>  where <name>.txt (or .md) lives; default test/fixtures/texts, then data/seed`;
const MISSES_SHOWN = 40;

interface FileResult {
  name: string;
  text: string;
  /** Set when the pipeline refused the text; the score then counts everything as missed. */
  error?: string;
  score: ExtractionScore;
}

/**
 * `npm run eval:extract`: runs the pipeline on every text that has a gold file under test/fixtures/gold/
 * and reports how far the result is from the gold. A report, so it exits 0 however low the scores;
 * it exits 1 only when a gold file (or its text) is missing or invalid.
 */
function main(argv: string[]): number {
  let options: { json: boolean; all: boolean; gold?: string; texts?: string };
  try {
    options = parseArgs({
      args: argv,
      options: { json: { type: 'boolean', default: false }, all: { type: 'boolean', default: false }, gold: { type: 'string' }, texts: { type: 'string' } },
    }).values as typeof options;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const root = repoRoot();
  const goldDir = resolve(options.gold ?? join(root, 'test', 'fixtures', 'gold'));
  const textDirs = options.texts ? [resolve(options.texts)] : [join(root, 'test', 'fixtures', 'texts'), join(root, 'data', 'seed')];
  if (!existsSync(goldDir)) {
    console.error(`No folder ${goldDir}. Give --gold the folder that holds the <name>.json gold files.`);
    return 2;
  }
  const index = buildCatalogueIndex(readCatalogue(join(root, 'data')));
  const results: FileResult[] = [];
  const problems: string[] = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const name = file.replace(/\.json$/, '');
    try {
      results.push(evaluateFile(root, goldDir, textDirs, name, index));
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  if (options.json) {
    const total = sumScores(results.map((r) => r.score));
    console.log(JSON.stringify({ files: results.map((r) => ({ ...r, rates: rates(r.score) })), overall: { ...total, rates: rates(total) }, problems }, null, 2));
  } else {
    printReport(results, options.all, goldDir.startsWith(`${root}/`) ? relative(root, goldDir) : goldDir);
  }
  for (const p of problems) console.error(`Invalid gold file ${p}`);
  return problems.length > 0 ? 1 : 0;
}

function evaluateFile(root: string, goldDir: string, textDirs: string[], name: string, index: CatalogueIndex): FileResult {
  const goldPath = join(goldDir, `${name}.json`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${relative(root, goldPath)}: ${(error as Error).message}`);
  }
  const gold = parseOrExplain(parsedResolutionSchema, json, relative(root, goldPath));
  const candidates = textDirs.flatMap((dir) => [join(dir, `${name}.txt`), join(dir, `${name}.md`)]);
  const text = candidates.find((p) => existsSync(p));
  if (!text) throw new Error(`no text for it: expected ${candidates.map((c) => relative(root, c)).join(' or ')}`);
  let got: ParsedResolution;
  let error: string | undefined;
  try {
    got = parseResolution(readFileSync(text, 'utf8'), index);
  } catch (e) {
    error = `${(e as Error).name}: ${(e as Error).message}`;
    got = { symbol: '', paragraphs: [] } as unknown as ParsedResolution;
  }
  return { name, text: relative(root, text), ...(error ? { error } : {}), score: scoreExtraction(got, gold) };
}

function rates(s: Omit<ExtractionScore, 'misses'>) {
  return {
    paragraphs: accuracy(s.paragraphs),
    firstClauses: accuracy(s.firstClauses),
    clauses: accuracy(s.clauses),
    metadata: accuracy(s.metadata),
    citations: precisionRecall(s.citations),
  };
}

function printReport(results: FileResult[], all: boolean, goldDir: string): void {
  const header = ['file', 'paragraphs', 'first clause', 'all clauses', 'cit. precision', 'cit. recall', 'cit. F1', 'metadata'];
  const row = (name: string, s: Omit<ExtractionScore, 'misses'>): string[] => {
    const c = precisionRecall(s.citations);
    return [
      name,
      ratio(s.paragraphs),
      ratio(s.firstClauses),
      ratio(s.clauses),
      `${pct(c.precision)} (${s.citations.truePositives}/${s.citations.found})`,
      `${pct(c.recall)} (${s.citations.truePositives}/${s.citations.expected})`,
      pct(c.f1),
      ratio(s.metadata),
    ];
  };
  const rows = results.map((r) => row(r.name, r.score));
  rows.push(row('overall', sumScores(results.map((r) => r.score))));
  console.log(`Extraction accuracy on ${results.length} gold file(s) in ${goldDir}/\n`);
  console.log(table(header, rows));
  for (const r of results) {
    if (!r.error && r.score.misses.length === 0) continue;
    console.log(`\n${r.name} (${r.text}): ${r.score.misses.length} miss(es)`);
    if (r.error) console.log(`  the pipeline refused the text: ${r.error}`);
    const shown = all ? r.score.misses : r.score.misses.slice(0, MISSES_SHOWN);
    for (const m of shown) console.log(`  ${m.area} ${m.where}: expected ${m.expected}, got ${m.got}`);
    if (shown.length < r.score.misses.length) console.log(`  ... and ${r.score.misses.length - shown.length} more (--all shows them)`);
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(0, -1).map(line), widths.map((w) => '-'.repeat(w)).join('  '), line(rows[rows.length - 1])].join('\n');
}

function ratio(a: Accuracy): string {
  return `${pct(accuracy(a))} (${a.correct}/${a.total})`;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

process.exitCode = main(process.argv.slice(2));
