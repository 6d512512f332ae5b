import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { MultiBar, Presets } from 'cli-progress';
import { ConfigError, loadConfig } from '../config';
import { GraphBusyError, GraphUnavailableError } from '../core/errors';
import { expectedMessage } from './messages';
import { LoadRepository } from '../graph/load.repository';
import {
  assertCatalogueLoaded,
  BatchOutcome,
  CatalogueMissingError,
  describeParsed,
  INGEST_CHUNK,
  IngestSummary,
  isGraphUnavailable,
  ParsedBatch,
  parseText,
  parseTexts,
  writeParsed,
} from '../services/ingest-service';
import { ParsedResolution } from '../core/ingest/parsed-resolution';
import { connectGraph, GraphRuntime } from '../app/graph-runtime';
import { collectFiles, readInput } from './input-files';

const USAGE = `Usage: npm run ingest -- <files or folders...> [--dry-run] [--json]

Reads the full text of UN resolutions (.txt or .md; folders are searched recursively) and stores each one,
with its paragraphs and citations, in the configured Neo4j, all or nothing per file (several files share a
transaction for speed; a file the graph refuses is written again alone, so it never takes others with it).
Ingesting the same file again changes nothing; a corrected file replaces the previous paragraphs.

  --dry-run   parse only: print what each file holds, connect to nothing, write nothing
  --json      print the results as JSON on stdout (with --dry-run: the parsed structures)
  --help      show this help`;

/** One input file and how it went. */
type Outcome =
  | { file: string; ok: true; summary: IngestSummary; parsed?: ParsedResolution }
  | { file: string; ok: false; error: string };

/** Raised when the run cannot start (bad configuration, Neo4j unreachable, no catalogue); its message is the whole report. */
class RunAbortedError extends Error {}

/** `npm run ingest -- <paths> [--dry-run] [--json]`: the exit code is 0 only if every file was ingested. */
async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { files, problems } = collectFiles(args.paths);
  const outcomes: Outcome[] = problems.map(({ path, message }) => ({ file: path, ok: false, error: message }));
  problems.forEach(({ path, message }) => process.stderr.write(`✗ ${display(path)}: ${message}\n`));
  if (files.length === 0) {
    if (problems.length === 0) process.stderr.write(`No .txt or .md files found in ${args.paths.join(', ')}.\n`);
    return 1;
  }

  let graph: GraphRuntime | undefined;
  if (!args.dryRun) {
    try {
      graph = await openGraph();
    } catch (error) {
      process.stderr.write(`${error instanceof RunAbortedError ? error.message : `Could not open the graph: ${(error as Error).message}`}\n`);
      return 1;
    }
  }
  const deps = graph && { load: new LoadRepository(graph.executor), read: graph.repo };
  // Results go to stdout; with --json stdout holds the JSON, so the human lines move to stderr.
  const out = args.json ? process.stderr : process.stdout;
  const progress = createProgress(files.length);
  const started = performance.now();
  let notAttempted = 0;
  try {
    // Files are read and parsed one by one (each failure is that file's alone), then written INGEST_CHUNK at a time
    // through the bulk path, several resolutions per transaction. The next chunk is parsed while the previous one is
    // being written.
    let writing: Promise<boolean> = Promise.resolve(true);
    const writeChunk = async (texts: { file: string }[], batch: ParsedBatch): Promise<boolean> => {
      let results: BatchOutcome[];
      try {
        results = await writeParsed(batch, deps!);
      } catch (error) {
        // The graph itself failed: no further file can succeed, so stop here.
        const stopRun = isGraphUnavailable(error) || error instanceof CatalogueMissingError;
        const message = stopRun ? graphProblem(error as GraphUnavailableError | GraphBusyError | CatalogueMissingError, graph?.uri) : expectedMessage(error);
        for (const { file } of texts) outcomes.push({ file, ok: false, error: message });
        progress.line(`✗ ${texts.length} file(s) from ${display(texts[0].file)} on: ${message}${/nothing was written/i.test(message) ? '' : ' Nothing was written for them.'}`, process.stderr);
        return !stopRun;
      }
      for (const [i, result] of results.entries()) {
        const { file } = texts[i];
        if (result.ok) {
          outcomes.push({ file, ok: true, summary: result.summary });
          progress.line(summaryLine(file, result.summary), out);
        } else {
          outcomes.push({ file, ok: false, error: expectedMessage(result.error) });
          progress.line(failureLine(file, expectedMessage(result.error)), process.stderr);
        }
      }
      return true;
    };
    for (let from = 0; from < files.length; from += INGEST_CHUNK) {
      const chunk = files.slice(from, from + INGEST_CHUNK);
      const texts: { file: string; text: string }[] = [];
      for (const file of chunk) {
        progress.startFile(file);
        try {
          const text = readInput(file);
          if (deps) texts.push({ file, text });
          else {
            const parsed = parseText(text);
            const outcome: Outcome = { file, ok: true, summary: describeParsed(parsed, text), ...(args.json ? { parsed } : {}) };
            outcomes.push(outcome);
            progress.line(summaryLine(file, outcome.summary), out);
          }
        } catch (error) {
          outcomes.push({ file, ok: false, error: expectedMessage(error) });
          progress.line(failureLine(file, expectedMessage(error)), process.stderr);
        }
      }
      if (!deps || texts.length === 0) continue;
      const batch = await parseTexts(texts.map((t) => t.text), undefined, 'cli');
      if (!(await writing)) break;
      writing = writeChunk(texts, batch);
    }
    if (!(await writing)) {
      const reported = new Set(outcomes.map((o) => o.file));
      notAttempted = files.filter((f) => !reported.has(f)).length;
      if (notAttempted > 0) progress.line(`Stopped: ${notAttempted} file(s) not attempted.`, process.stderr);
    }
  } finally {
    progress.stop();
    await graph?.close();
  }

  const seconds = (performance.now() - started) / 1000;
  const order = new Map(files.map((f, i) => [f, i]));
  outcomes.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
  const done = outcomes.flatMap((o) => (o.ok ? [o.summary] : []));
  const failed = outcomes.length - done.length + notAttempted;
  if (args.json) process.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
  out.write(`${totalLine(done, failed, seconds, args.dryRun)}\n`);
  return failed > 0 ? 1 : 0;
}

function readArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (positionals.length === 0 && !values.help) throw new Error('Give at least one file or folder to ingest.');
  return { paths: positionals, dryRun: values['dry-run'] as boolean, json: values.json as boolean, help: values.help as boolean };
}

/** Connects and checks, before reading any file, that Neo4j answers and holds the catalogue. */
async function openGraph(): Promise<GraphRuntime> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new RunAbortedError(error.message);
    throw error;
  }
  let graph: GraphRuntime;
  try {
    graph = await connectGraph(config, { log: (line) => process.stderr.write(`… ${line}\n`) });
  } catch (error) {
    throw new RunAbortedError(`Could not start or reach Neo4j: ${(error as Error).message}`);
  }
  try {
    await graph.repo.ping();
    await assertCatalogueLoaded(graph.repo);
  } catch (error) {
    await graph.close();
    if (error instanceof GraphUnavailableError) throw new RunAbortedError(graphProblem(error, graph.uri));
    if (error instanceof CatalogueMissingError) throw new RunAbortedError(error.message);
    throw error;
  }
  return graph;
}

/** One line on what is wrong with the graph and what to do; `uri` names the server when known. */
function graphProblem(error: GraphUnavailableError | GraphBusyError | CatalogueMissingError, uri?: string): string {
  if (error instanceof CatalogueMissingError || error instanceof GraphBusyError) return error.message;
  const server = uri ? `Neo4j at ${uri}` : 'Neo4j';
  if ((error.cause as { code?: string } | undefined)?.code === 'Neo.ClientError.Security.Unauthorized') {
    return `${server} refused the user name or password. Check NEO4J_USER and NEO4J_PASSWORD, then run the command again.`;
  }
  const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
  const reason = (/Caused by: (.+)$/s.exec(cause)?.[1] ?? cause.split('\n')[0]).trim().replace(/\.$/, '');
  return `${server} is not reachable (${reason}). Start it (npm run db:start) or check NEO4J_URI, then run the command again.`;
}

function summaryLine(file: string, s: IngestSummary): string {
  const what = s.dryRun ? 'would link' : 'linked';
  const known = s.dryRun ? 'known' : 'existing';
  const state = s.dryRun ? ' (dry run, nothing written)' : s.replaced ? ` (replaced the previous version${removedNote(s)})` : '';
  const attached = s.attachedToCatalogued ? `; ${s.symbol} is in the curated catalogue, so its title, date and links were kept and the paragraphs attached to it` : '';
  return (
    `✓ ${display(file)}: ${s.symbol}: ${s.paragraphCount} paragraphs, ${s.citationCount} citations, ` +
    `${what} ${s.linkedEntityIds.length} ${known} and ${s.newEntityIds.length} new entities${state}${attached}` +
    (s.warnings ?? []).map((w) => `\n  ⚠ ${w}`).join('')
  );
}

/** What a replacement removed, in words; the previous version's hash and counts stay on the resolution. */
function removedNote(s: IngestSummary): string {
  const p = s.previousVersion;
  if (!p) return ', same text';
  const hash = p.contentHash ? `sha256 ${p.contentHash.slice(0, 12)}…, ` : '';
  return (
    `: ${hash}${p.paragraphCount} paragraphs and ${p.citationCount} citations; removed ${p.removedParagraphs.length} paragraph(s)` +
    `${p.removedParagraphs.length ? ` (${p.removedParagraphs.map((r) => r.id.slice(r.id.indexOf('#') + 1)).join(', ')})` : ''} and ${p.removedCitations.length} citation(s)` +
    `${p.removedCitations.length ? ` (${[...new Set(p.removedCitations.map((c) => c.targetId))].join(', ')})` : ''}`
  );
}

function failureLine(file: string, message: string): string {
  return `✗ ${display(file)}: ${message}${/nothing was written/i.test(message) ? '' : ' Nothing was written for this file.'}`;
}

function totalLine(done: IngestSummary[], failed: number, seconds: number, dryRun: boolean): string {
  const sum = (pick: (s: IngestSummary) => number) => done.reduce((n, s) => n + pick(s), 0);
  const rate = seconds > 0 ? (done.length / seconds).toFixed(1) : '-';
  return (
    `${dryRun ? 'Parsed' : 'Ingested'} ${done.length} of ${done.length + failed} file(s): ${sum((s) => s.paragraphCount)} paragraphs, ` +
    `${sum((s) => s.citationCount)} citations, ${sum((s) => s.linkedEntityIds.length)} ${dryRun ? 'known' : 'existing'} and ${sum((s) => s.newEntityIds.length)} new entities ` +
    `in ${seconds.toFixed(2)} s (${rate} resolutions/s)${dryRun ? '; dry run, nothing written' : ''}${failed > 0 ? `; ${failed} failed` : ''}.`
  );
}

/** Paths under the working folder are shown relative to it. */
function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/**
 * A progress bar on stderr when it is a terminal (lines printed meanwhile go above the bar), plain lines otherwise.
 */
function createProgress(total: number) {
  if (!process.stderr.isTTY) {
    return {
      startFile: (_file: string) => {},
      line: (text: string, stream: NodeJS.WriteStream) => void stream.write(`${text}\n`),
      stop: () => {},
    };
  }
  const bars = new MultiBar(
    { stream: process.stderr, format: 'Ingesting [{bar}] {value}/{total} files | {file}', hideCursor: true, clearOnComplete: true, etaBuffer: 20 },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { file: '' });
  let current = 0;
  const stop = () => {
    bars.update(); // flushes lines logged since the last redraw
    bars.stop();
  };
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  return {
    startFile: (file: string) => {
      if (current > 0) bar.increment();
      current += 1;
      bar.update({ file: display(file) });
    },
    // A line for a terminal goes above the bar; a line for a redirected stream goes straight there.
    line: (text: string, stream: NodeJS.WriteStream) => (stream.isTTY ? bars.log(`${text}\n`) : void stream.write(`${text}\n`)),
    stop: () => {
      bar.update(total);
      stop();
    },
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
