import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { ExportInputError, parseExportScope } from '../services/export-request';
import { EXPORT_FORMATS, ExportFormat, renderFiles } from '../core/export/formats';
import { ExportRepository } from '../graph/export.repository';
import { connectGraph } from '../app/graph-runtime';

const USAGE =
  'usage: npm run export -- --format <cytoscape|graphml|jsonld|csv> [--root <id> [--depth <1..3>]] [--out <file, or directory for csv>]\n' +
  'Without --root the whole graph is exported. Without --out the file goes to stdout (csv: to the directory graph-csv/).';

/** The CSV export's directory when --out is not given. */
export const DEFAULT_CSV_DIR = 'graph-csv';

/** `npm run export`: writes the graph (or a neighbourhood) in one of the export formats. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string' },
      root: { type: 'string' },
      depth: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.format || !(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
    throw new ExportInputError(`${values.format ? `unknown format "${values.format}"` : '--format is required'}; use one of ${EXPORT_FORMATS.join(', ')}.`);
  }
  const format = values.format as ExportFormat;
  const scope = parseExportScope(values.root, values.depth);

  const started = performance.now();
  const progress = (line: string) => process.stderr.write(`… ${line}\n`);
  const graph = await connectGraph(loadConfig(), { log: progress });
  try {
    const exporter = new ExportRepository(graph.executor);
    const data =
      scope.kind === 'whole'
        ? await exporter.wholeGraph((p) => progress(`read ${p.nodes} nodes and ${p.relationships} relationships`))
        : await exporter.neighbourhood(scope.rootId, scope.depth);
    const files = renderFiles(format, data);
    let where: string;
    if (format === 'csv') {
      const dir = resolve(values.out ?? DEFAULT_CSV_DIR);
      mkdirSync(dir, { recursive: true });
      for (const f of files) writeFileSync(join(dir, f.fileName), f.content);
      where = `${files.map((f) => join(values.out ?? DEFAULT_CSV_DIR, f.fileName)).join(' and ')}`;
    } else if (values.out) {
      writeFileSync(values.out, files[0].content);
      where = values.out;
    } else {
      process.stdout.write(files[0].content);
      where = 'stdout';
    }
    const summary =
      `exported ${data.nodes.length} nodes and ${data.relationships.length} relationships as ${format} to ${where}` +
      `${scope.kind === 'neighbourhood' ? ` (within ${scope.depth} hop${scope.depth > 1 ? 's' : ''} of ${scope.rootId})` : ''} in ${Math.round(performance.now() - started)} ms`;
    // The data may be on stdout: the summary then goes to stderr, so the output stays a clean file.
    if (where === 'stdout') process.stderr.write(`${summary}\n`);
    else console.log(summary);
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof ExportInputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `\n${USAGE}` : '';
  console.error(`Export failed: ${message}${hint}`);
  process.exit(1);
});
