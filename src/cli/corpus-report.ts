import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { join, relative } from 'node:path';
import { readCatalogue } from '../core/catalogue/catalogue';
import { buildCatalogueIndex } from '../core/ingest/catalogue-index';
import { formatCorpusReport, reportCorpus } from '../core/ingest/corpus-report';
import { repoRoot } from '../repo-root';
import { collectFiles, readInput } from './input-files';

const USAGE = `Usage: npm run corpus:report [-- <files or folders...>] [--json]

Runs the parser over a corpus (default: the shipped data/corpus/ga-78) and prints what it makes of it: files
accepted and refused (by reason), paragraphs, citations by kind, the share of instrument and body citations that
go to entities the catalogue lacks, the 20 most cited entities, and the parse rate. Parser only: no Neo4j needed.

  --json   print the report as JSON
  --help   show this help`;

/** `npm run corpus:report`: exit code 0 when the report was printed (refused files are part of the report, not an error). */
function main(argv: string[]): number {
  let values: { json: boolean; help: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }) as {
      values: { json: boolean; help: boolean };
      positionals: string[];
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const paths = positionals.length > 0 ? positionals : [join(repoRoot(), 'data', 'corpus', 'ga-78')];
  const { files, problems } = collectFiles(paths);
  problems.forEach((p) => process.stderr.write(`✗ ${p.path}: ${p.message}\n`));
  if (files.length === 0) {
    process.stderr.write(`No .txt or .md files found in ${paths.join(', ')}.\n`);
    return 1;
  }
  const texts: { name: string; text: string }[] = [];
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    try {
      texts.push({ name, text: readInput(file) });
    } catch (error) {
      process.stderr.write(`✗ ${name}: ${(error as Error).message}\n`);
    }
  }
  const report = reportCorpus(texts, buildCatalogueIndex(readCatalogue(join(repoRoot(), 'data'))));
  const label = paths.map((p) => relative(process.cwd(), p) || p).join(', ');
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  process.stdout.write(
    values.json ? `${JSON.stringify({ ...report, loadAverage: loadavg() }, null, 2)}\n` : `${formatCorpusReport(report, label)}\n\nLoad average while parsing (1, 5, 15 min): ${load}; the parse rate falls as it rises.\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
