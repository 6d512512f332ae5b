import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOrExplain, readCatalogue } from '../core/catalogue/catalogue';
import { buildCatalogueIndex, CatalogueIndex } from '../core/ingest/catalogue-index';
import {
  accuracy,
  Accuracy,
  CITATION_KINDS,
  CitationCounts,
  EntityScore,
  ExtractionScore,
  goldResolutionSchema,
  precisionRecall,
  scoreExtraction,
  sumScores,
  totalCounts,
} from '../core/ingest/evaluate';
import { ParsedResolution } from '../core/ingest/parsed-resolution';
import { parseResolution } from '../core/ingest/pipeline';
import { repoRoot } from '../repo-root';

const USAGE = `usage: npm run eval:extract -- [--json] [--all] [--gold <dir>] [--texts <dir>]
  --all          print every miss, not only the first 40 per file
  --gold <dir>   gold files (<name>.json) to score against; default test/fixtures/gold
  --texts <dir>  where <name>.txt (or .md) lives; default test/fixtures/texts, then data/seed, then the
                 corpus: a gold file ga78-<n>.json is scored on data/corpus/ga-78/A_RES_78_<n>.txt`;
const MISSES_SHOWN = 40;

interface FileResult {
  name: string;
  text: string;
  /** Set when the pipeline refused the text; the score then counts everything as missed. */
  error?: string;
  score: ExtractionScore;
}

type Summary = ReturnType<typeof sumScores>;

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
  const textDirs = options.texts ? [resolve(options.texts)] : [join(root, 'test', 'fixtures', 'texts'), join(root, 'data', 'seed'), join(root, 'data', 'corpus')];
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
  const gold = parseOrExplain(goldResolutionSchema, json, relative(root, goldPath));
  const candidates = textDirs.flatMap((dir) => [join(dir, `${name}.txt`), join(dir, `${name}.md`), ...corpusNames(dir, name)]);
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
  return { name, text: relative(root, text), ...(error ? { error } : {}), score: scoreExtraction(got, gold, index) };
}

/** A corpus text named after its symbol: gold `ga78-202` is `ga-78/A_RES_78_202.txt` under a corpus folder. */
function corpusNames(dir: string, name: string): string[] {
  const m = /^ga(\d+)-(\d+)$/.exec(name);
  return m ? [join(dir, `ga-${m[1]}`, `A_RES_${m[1]}_${m[2]}.txt`)] : [];
}

function rates(s: Summary | ExtractionScore) {
  const e = s.entities;
  return {
    paragraphs: accuracy(s.paragraphs),
    firstClauses: accuracy(s.firstClauses),
    clauses: accuracy(s.clauses),
    metadata: accuracy(s.metadata),
    citations: precisionRecall(s.citations),
    ...(e
      ? {
          strict: Object.fromEntries([...CITATION_KINDS.map((k) => [k, precisionRecall(e.strict[k])]), ['all', precisionRecall(totalCounts(e.strict))]]),
          lenient: Object.fromEntries([...CITATION_KINDS.map((k) => [k, precisionRecall(e.lenient[k])]), ['all', precisionRecall(totalCounts(e.lenient))]]),
          relations: Object.fromEntries(Object.entries(e.relations).map(([k, r]) => [k, accuracy(r)])),
          relationAccuracy: accuracy(relationTotal(e)),
          paragraphsAtPlace: accuracy(e.structure.paragraphs),
          leadingPhrases: accuracy(e.structure.leads),
          paragraphCountsRight: accuracy(e.structure.counts),
        }
      : {}),
  };
}

function relationTotal(e: Pick<EntityScore, 'relations'>): Accuracy {
  const all = Object.values(e.relations);
  return { correct: all.reduce((n, r) => n + r.correct, 0), total: all.reduce((n, r) => n + r.total, 0) };
}

function printReport(results: FileResult[], all: boolean, goldDir: string): void {
  const header = ['file', 'paragraphs', 'first clause', 'all clauses', 'cit. precision', 'cit. recall', 'cit. F1', 'metadata'];
  const row = (name: string, s: Summary | ExtractionScore): string[] => {
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
  const total = sumScores(results.map((r) => r.score));
  rows.push(row('overall', total));
  console.log(`Extraction accuracy on ${results.length} gold file(s) in ${goldDir}/\n`);
  console.log('Citations here are (paragraph position, target, exact quote), as the project has always scored them.\n');
  console.log(table(header, rows));
  printEntities(results, total);
  for (const r of results) {
    // The quote-level citation misses are left out: the same misses by (paragraph, target) are listed with their kind.
    const misses = [...r.score.misses.filter((m) => m.area !== 'citation'), ...(r.score.entities?.misses.filter((m) => m.area === 'citation') ?? [])];
    if (!r.error && misses.length === 0) continue;
    console.log(`\n${r.name} (${r.text}): ${misses.length} miss(es)`);
    if (r.error) console.log(`  the pipeline refused the text: ${r.error}`);
    const shown = all ? misses : misses.slice(0, MISSES_SHOWN);
    for (const m of shown) console.log(`  ${m.area} ${m.where}: expected ${m.expected}, got ${m.got}`);
    if (shown.length < misses.length) console.log(`  ... and ${misses.length - shown.length} more (--all shows them)`);
  }
}

/** The figures of ANNOTATION.md: citations by kind (strict and lenient), relations by verb, structure. */
function printEntities(results: FileResult[], total: Summary): void {
  const e = total.entities;
  if (!e) return;
  const pr = (c: CitationCounts) => {
    const { precision, recall } = precisionRecall(c);
    return [`${pct(precision)} (${c.truePositives}/${c.found})`, `${pct(recall)} (${c.truePositives}/${c.expected})`];
  };
  console.log('\nBy file, with paragraphs matched by their place (part, kind, number) and each (paragraph, target) counted once:\n');
  const fileRows = results.map((r) => {
    const s = r.score.entities!;
    return [r.name, ratio(s.structure.paragraphs), ratio(s.structure.leads), ratio(relationTotal(s)), ...pr(totalCounts(s.strict)), ...pr(totalCounts(s.lenient))];
  });
  fileRows.push(['overall', ratio(e.structure.paragraphs), ratio(e.structure.leads), ratio(relationTotal(e)), ...pr(totalCounts(e.strict)), ...pr(totalCounts(e.lenient))]);
  console.log(table(['file', 'paragraphs at place', 'leading phrases', 'relations', 'strict precision', 'strict recall', 'lenient precision', 'lenient recall'], fileRows));
  console.log(`\nParagraph count right in ${ratio(e.structure.counts)} of the files.`);
  console.log('\nCitations by kind (lenient leaves out bodies named inside another cited name; other = sessions and meetings, outside the totals):\n');
  const kindRows = CITATION_KINDS.filter((k) => e.strict[k].expected + e.strict[k].found > 0).map((k) => [k, ...pr(e.strict[k]), ...pr(e.lenient[k])]);
  kindRows.push(['all but other', ...pr(totalCounts(e.strict)), ...pr(totalCounts(e.lenient))]);
  console.log(table(['kind', 'strict precision', 'strict recall', 'lenient precision', 'lenient recall'], kindRows));
  console.log('\nClause relations by verb (gold clauses of that relation that got it):\n');
  const relRows = Object.entries(e.relations)
    .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
    .map(([rel, r]) => [rel, ratio(r), r.phrases.slice(0, 4).join(', ') + (r.phrases.length > 4 ? ', …' : '')]);
  relRows.push(['all', ratio(relationTotal(e)), '']);
  console.log(table(['relation', 'right', 'leading phrases in the gold'], relRows));
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // Figures align right; names and lists of phrases left.
  const left = header.map((h, i) => i === 0 || h.startsWith('leading phrases in'));
  const line = (cells: string[]) => cells.map((c, i) => (left[i] ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(0, -1).map(line), widths.map((w) => '-'.repeat(w)).join('  '), line(rows[rows.length - 1])].join('\n');
}

function ratio(a: Accuracy): string {
  return `${pct(accuracy(a))} (${a.correct}/${a.total})`;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

process.exitCode = main(process.argv.slice(2));
