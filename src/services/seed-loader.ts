import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogueToRows, readCatalogue } from '../core/catalogue/catalogue';
import { AppConfig } from '../config';
import { buildCatalogueIndex, CatalogueIndex } from '../core/ingest/catalogue-index';
import { shortReason } from '../core/ingest/corpus-report';
import { decodeInput, parseText, toVersionedWrite } from './ingest-service';
import { parseResolution } from '../core/ingest/pipeline';
import { contentHash, parserRevision } from '../core/ingest/text-version';
import { toResolutionWrite } from '../core/ingest/to-graph-write';
import { ResolutionWrite } from '../core/model/graph-write';
import { repoRoot } from '../repo-root';
import { cypher, schemaStatements } from '../graph/cypher';
import { GraphExecutor } from '../graph/executor';
import { mergeSplinters, SplinterMergeSummary } from '../graph/splinters.repository';
import { LoadRepository, ResolutionWriteSummary, WriteResolutionsOptions } from '../graph/load.repository';

/** The seed resolutions shipped with the project: raw texts under data/seed/, read by the ingestion pipeline. */
export const SEED_FILES = ['chr-resolution-2003-48.txt'];

/** The corpus shipped with the project: folders of raw texts under data/ (see data/corpus/README.md). */
export const CORPUS_DIRS = ['corpus/ga-78'];

/** What the start-up load reads: the seed only, or the seed and the corpus (the default; GRAPH_DATA). */
export type GraphData = 'seed' | 'corpus';

/**
 * From this many texts to write into a graph that has no paragraphs, the full-text search indexes (paragraph text,
 * entity titles) are dropped before the write and built again after it: one bulk build costs Neo4j less than updating
 * them at every commit (see bench/results/issue-10-ingest.md). A few texts (the seed alone) are not worth it.
 */
export const DEFER_SEARCH_INDEX_TEXTS = 50;

/** Resolutions parsed between two progress lines of a long load. */
const PROGRESS_EVERY = 50;

/** What the start-up load did with the shipped texts. */
export interface TextsSummary {
  /** Shipped texts looked at. */
  total: number;
  /** Texts parsed and written this time (new, or changed since they were last written). */
  written: ResolutionWriteSummary[];
  /** Texts whose stored version has the same content hash and parser revision: skipped without parsing. */
  unchanged: number;
  /** Texts the parser or the graph refused, with the reason; nothing of them was written. */
  refused: { source: string; reason: string }[];
  /** Texts left alone because the graph holds a version of their resolution from another source (a user's ingest). */
  kept: { source: string; resolutionId: string; heldBy: string }[];
  /** Time taken by the texts: comparing versions, parsing and writing (the catalogue and schema not included). */
  ms: number;
}

/** What a load did, for the one-line summary. */
export interface LoadSummary {
  data: GraphData;
  catalogue: { entities: number; links: number };
  /** Splinters of earlier loads folded into their entity (see splinters.repository.ts). */
  splinters: SplinterMergeSummary;
  texts: TextsSummary;
  graph: { nodes: number; relationships: number };
  ms: number;
}

/** Options of `loadDefaultGraph`. */
export interface LoadOptions {
  /** Default `corpus`: the seed and the corpus. */
  data?: GraphData;
  /** Progress lines for a person watching (long loads say how far they are). */
  log?: (line: string) => void;
  /** How the texts are written (batch size, transactions at a time); the defaults of `writeResolutions` otherwise. */
  write?: Pick<WriteResolutionsOptions, 'batchSize' | 'concurrency'>;
  /** From how many texts to write into a graph without paragraphs the search indexes are built after them; default DEFER_SEARCH_INDEX_TEXTS. */
  rebuildSearchIndexFrom?: number;
}

/** Reads a seed resolution's raw text and turns it into write rows through the pipeline (pure; no database). */
export function readSeedResolution(dataDir: string, file: string, index: CatalogueIndex): ResolutionWrite {
  return toResolutionWrite(parseResolution(readFileSync(join(dataDir, 'seed', file), 'utf8'), index));
}

/** The shipped text files `data` selects, in a stable order, each with its `source` (its path as `data/...`); a corpus folder that is absent gives none. */
export function shippedTexts(dataDir: string, data: GraphData): { source: string; path: string }[] {
  const paths = SEED_FILES.map((f) => join(dataDir, 'seed', f));
  if (data === 'corpus') {
    for (const dir of CORPUS_DIRS.filter((d) => existsSync(join(dataDir, d)))) {
      const files = readdirSync(join(dataDir, dir)).filter((f) => f.endsWith('.txt'));
      files.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      paths.push(...files.map((f) => join(dataDir, dir, f)));
    }
  }
  return paths.map((path) => ({ source: `data/${relative(dataDir, path).split('\\').join('/')}`, path }));
}

/** Creates constraints and indexes (idempotent) and waits until the indexes are online. */
export async function applySchema(executor: GraphExecutor): Promise<void> {
  await executor.runSchema([...schemaStatements(), cypher('graph/await-indexes')]);
}

/**
 * The start-up load (`npm start`, `npm run graph:load`): the curated catalogue, then the shipped texts (the seed,
 * and the corpus unless `data` is `seed`) through the ingestion pipeline. Running it again changes nothing and is
 * fast: a text whose stored version has the same content hash and parser revision is skipped without parsing.
 * A text is (re)written only where the graph holds no version of its resolution, or one from the same shipped
 * file; a version ingested by a user (source `api` or `cli`) is kept (see README "Data"). A text the parser or the
 * graph refuses is counted with its reason and does not stop the load. Parsing overlaps writing: the next batch is
 * parsed while the last one's transaction runs in Neo4j.
 */
export async function loadDefaultGraph(executor: GraphExecutor, dataDir: string, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const data = options.data ?? 'corpus';
  const log = options.log ?? (() => {});
  const catalogue = readCatalogue(dataDir);
  const catalogueRows = catalogueToRows(catalogue);
  const index = buildCatalogueIndex(catalogue);
  const revision = parserRevision(dataDir);
  const refused: TextsSummary['refused'] = [];
  const texts: { source: string; text: string }[] = [];
  for (const { source, path } of shippedTexts(dataDir, data)) {
    try {
      texts.push({ source, text: decodeInput(readFileSync(path)) });
    } catch (error) {
      refused.push({ source, reason: reasonOf(error) });
    }
  }
  const repo = new LoadRepository(executor);
  log(`Applying constraints and indexes`);
  await applySchema(executor);
  log(`Loading the catalogue (${catalogueRows.entities.length} entities)`);
  const written = await repo.writeCatalogue(catalogueRows);
  // A graph written before names were normalised may hold splinters of what the catalogue now knows: fold them.
  const splinters = await mergeSplinters(executor, index);
  if (splinters.merged + splinters.renamed > 0) log(`Folded ${splinters.merged + splinters.renamed} splinter node(s) into their entity`);

  const textsStarted = Date.now();
  const stored = await repo.storedVersions(texts.map((t) => t.source));
  const todo = texts.filter((t) => {
    const s = stored.get(t.source);
    return !(s && s.parserRevision === revision && s.contentHash === contentHash(t.text));
  });
  const unchanged = texts.length - todo.length;
  if (todo.length > 0) log(`Loading ${todo.length} resolution text(s)${unchanged ? ` (${unchanged} unchanged, skipped)` : ''}`);
  let parsed = 0;
  const startedTexts = Date.now();
  function* rows(): Generator<ResolutionWrite> {
    for (const { source, text } of todo) {
      parsed += 1;
      if (parsed % PROGRESS_EVERY === 0) log(`  ${parsed}/${todo.length} texts read (${((Date.now() - startedTexts) / 1000).toFixed(1)} s)`);
      try {
        yield { ...toVersionedWrite(parseText(text, index), text, source, index, dataDir), startup: true };
      } catch (error) {
        refused.push({ source, reason: reasonOf(error) });
      }
    }
  }
  // Into a graph without paragraphs (a first start), the full-text search indexes are built once after the texts.
  const rebuildSearch = todo.length >= (options.rebuildSearchIndexFrom ?? DEFER_SEARCH_INDEX_TEXTS) && (await repo.paragraphCount()) === 0;
  if (rebuildSearch) await executor.runSchema([cypher('load/drop-search-indexes'), cypher('load/drop-entity-search-index')]);
  let summaries: ResolutionWriteSummary[];
  try {
    summaries = await repo.writeResolutions(rows(), {
      ...options.write,
      onRefused: (w, error) => refused.push({ source: w.version?.source ?? w.resolution.id, reason: reasonOf(error) }),
    });
  } finally {
    // Also after a failure: the indexes must not stay missing (the next start's applySchema would create them too).
    if (rebuildSearch) {
      log('Building the search indexes');
      await applySchema(executor);
    }
  }
  const textsMs = Date.now() - textsStarted;
  await executor.runSchema([cypher('graph/await-indexes')]);
  const [counts] = (await executor.read(cypher('health/counts'))) as [{ nodes: number; relationships: number }];
  return {
    data,
    catalogue: written,
    splinters,
    texts: {
      total: texts.length + refused.filter((r) => !texts.some((t) => t.source === r.source)).length,
      written: summaries.filter((s) => s.outcome === 'written'),
      unchanged,
      refused,
      kept: summaries.filter((s) => s.outcome === 'kept').map((s) => ({ source: s.source ?? '', resolutionId: s.resolutionId, heldBy: s.heldBy ?? '' })),
      ms: textsMs,
    },
    graph: counts,
    ms: Date.now() - started,
  };
}

/** What `npm start` and `npm run graph:load` load: the project's data/ folder, as GRAPH_DATA selects. Tests of the default graph load it through here too. */
export async function loadStartupGraph(executor: GraphExecutor, config: Pick<AppConfig, 'graphData'>, log?: (line: string) => void): Promise<LoadSummary> {
  return loadDefaultGraph(executor, join(repoRoot(), 'data'), { data: config.graphData, log });
}

/** The seed only (catalogue + data/seed): what most tests start from. */
export async function loadSeedGraph(executor: GraphExecutor, dataDir: string, log: (line: string) => void = () => {}): Promise<LoadSummary> {
  return loadDefaultGraph(executor, dataDir, { data: 'seed', log });
}

/** One line on the texts of a load: "326 texts: 3 written (…), 322 unchanged, skipped, 1 refused (…)". */
export function describeTexts(t: TextsSummary): string {
  const paragraphs = t.written.reduce((n, s) => n + s.paragraphs, 0);
  const citations = t.written.reduce((n, s) => n + s.citations, 0);
  const parts = [`${t.written.length} written (${paragraphs} paragraphs, ${citations} citations)`];
  if (t.unchanged > 0) parts.push(`${t.unchanged} unchanged, skipped`);
  if (t.refused.length > 0) parts.push(`${t.refused.length} refused (${countReasons(t.refused)})`);
  if (t.kept.length > 0) parts.push(`${t.kept.length} kept as a user ingested them (${t.kept.map((k) => k.resolutionId).join(', ')})`);
  return `${t.total} resolution text(s): ${parts.join(', ')}`;
}

/** "2: No organ line ...; 1: The file is empty" */
function countReasons(refused: TextsSummary['refused']): string {
  const counts = new Map<string, number>();
  for (const r of refused) counts.set(shortReason(r.reason), (counts.get(shortReason(r.reason)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n}: ${reason}`).join('; ');
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
