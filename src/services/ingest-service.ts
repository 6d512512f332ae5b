import { join } from 'node:path';
import { LoadRepository, PreviousVersion, ResolutionWriteSummary } from '../graph/load.repository';
import { isRetryable } from '../core/errors';
import { ReadRepository } from '../graph/read.repository';
import { ResolutionWrite, TextVersion } from '../core/model/graph-write';
import { repoRoot } from '../repo-root';
import { CatalogueIndex } from '../core/ingest/catalogue-index';
import { IngestError } from '../core/ingest/errors';
import { ParsedResolution } from '../core/ingest/parsed-resolution';
import { parseResolution } from '../core/ingest/pipeline';
import { textVersion } from '../core/ingest/text-version';
import { toResolutionWrite } from '../core/ingest/to-graph-write';
import { catalogueIndex, parseText } from '../core/ingest/input';

// Reading and checking one text moved to src/core/ingest/input.ts (pure: the parser's CLI report uses it too).
export { assertInputSize, catalogueIndex, decodeInput, MAX_INPUT_BYTES, parseText } from '../core/ingest/input';

/** What one ingestion did or, on a dry run, would do. */
export interface IngestSummary {
  symbol: string;
  resolutionId: string;
  title?: string;
  paragraphCount: number;
  citationCount: number;
  /** What the parser could not account for in the text (text left out, paragraph numbers that jump); absent when none. */
  warnings?: string[];
  /** Entities that already existed (on a dry run without a graph: that the catalogue has) and that the resolution now cites or links to. */
  linkedEntityIds: string[];
  /** Entities first met in this text, created as not yet curated (on a dry run: that would be created). */
  newEntityIds: string[];
  /** True when the graph already held this resolution's paragraphs and they were replaced; absent when the graph was not asked. */
  replaced?: boolean;
  /** sha256 of the text, stored on the resolution (its version). */
  contentHash: string;
  /**
   * True when the symbol is that of a document of the curated catalogue: its curated facts (title, date, links) were
   * kept, and only this text's paragraphs and citations were attached to it.
   */
  attachedToCatalogued: boolean;
  /** When this text replaced a different version: that version's hash and counts, and what it held that this one does not. */
  previousVersion?: PreviousVersion;
  /** True when nothing was written. */
  dryRun: boolean;
}

/** Where a user's text comes from, stored as the resolution's `source`: the API, or the command line. */
export type UserSource = 'api' | 'cli';

/** What an ingestion writes with and checks against. */
export interface IngestDeps {
  load: LoadRepository;
  read: ReadRepository;
  /** Defaults to the index of the shipped catalogue (see `catalogueIndex`). */
  index?: CatalogueIndex;
}

/** Raised when the graph lacks entities of the curated catalogue, so citations could not be linked: load the catalogue first. */
export class CatalogueMissingError extends Error {
  override name = 'CatalogueMissingError';
  constructor(readonly missing: string[]) {
    super(
      `The graph lacks ${missing.length} entit${missing.length === 1 ? 'y' : 'ies'} of the curated catalogue (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', ...' : ''}): ` +
        'load the catalogue first (`npm run graph:load`, or start the API once with `npm start`).',
    );
  }
}

/**
 * What a parsed resolution holds, for dry runs without a graph (pure). "Linked" are the entities the catalogue
 * already has, "new" those the text names that it lacks.
 */
export function describeParsed(parsed: ParsedResolution, text: string, index: CatalogueIndex = catalogueIndex()): IngestSummary {
  const rows = toVersionedWrite(parsed, text, 'cli', index);
  const newIds = new Set(rows.newEntities.map((e) => e.id));
  const targets = targetIdsOf(rows);
  return {
    ...identityOf(parsed, rows),
    linkedEntityIds: targets.filter((id) => !newIds.has(id)),
    newEntityIds: targets.filter((id) => newIds.has(id)),
    dryRun: true,
  };
}

/**
 * Parses one resolution text and writes it in one transaction (all or nothing; ingesting the same text again
 * changes nothing, a corrected text replaces the old paragraphs). With `dryRun`, asks the graph what exists
 * but writes nothing. Throws IngestError for text that is not a resolution, CatalogueMissingError when the
 * graph lacks the catalogue.
 */
export async function ingestText(text: string, deps: IngestDeps, options: { dryRun?: boolean; source?: UserSource } = {}): Promise<IngestSummary> {
  const [outcome] = await writeParsed(await parseTexts([text], deps.index, options.source), deps, options);
  if (!outcome.ok) throw outcome.error;
  return outcome.summary;
}

/** Texts `npm run ingest` hands to `ingestTexts` at once: enough to fill several bulk transactions, few enough that report lines keep coming. */
export const INGEST_CHUNK = 100;

/** How one text of a batch went: its summary, or the error that kept it out (nothing of it was written). */
export type BatchOutcome = { ok: true; summary: IngestSummary } | { ok: false; error: unknown };

/**
 * Parses and writes many texts at the speed of the bulk path (`writeResolutions`: several resolutions per
 * transaction), with the guarantees of `ingestText` for each: a text that is not a resolution, or that the graph
 * refuses, fails alone and nothing of it is written. One read before writing tells linked from new entities; an
 * entity that an earlier text of the batch introduces counts as existing for the later ones, as it would one by one.
 * Throws (for the whole batch) only what no text can get past: the catalogue missing, or Neo4j unavailable.
 */
export async function ingestTexts(texts: readonly string[], deps: IngestDeps, source: UserSource = 'api'): Promise<BatchOutcome[]> {
  return writeParsed(await parseTexts(texts, deps.index, source), deps);
}

/** The rows of a text with the version of that text: what a user's ingest and the start-up load write. */
export type VersionedWrite = ResolutionWrite & { version: TextVersion };

/**
 * Texts parsed for `writeParsed`: each one's rows (with its version: build them with `toVersionedWrite`), or the error
 * that keeps it out.
 */
export interface ParsedBatch {
  parsed: { at: number; parsed: ParsedResolution; rows: VersionedWrite }[];
  failed: { at: number; error: unknown }[];
  size: number;
}

/**
 * Parses texts for `writeParsed`, giving the event loop a turn after each one, so that a batch being written
 * meanwhile (the previous one) keeps its transactions going: parsing and writing overlap.
 */
export async function parseTexts(texts: readonly string[], index: CatalogueIndex = catalogueIndex(), source: UserSource = 'api'): Promise<ParsedBatch> {
  const batch: ParsedBatch = { parsed: [], failed: [], size: texts.length };
  for (const [at, text] of texts.entries()) {
    try {
      const p = parseText(text, index);
      batch.parsed.push({ at, parsed: p, rows: toVersionedWrite(p, text, source, index) });
    } catch (error) {
      batch.failed.push({ at, error });
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return batch;
}

/** The write half of `ingestTexts`: one existence read, the bulk write (none with `dryRun`), a summary per text. */
export async function writeParsed({ parsed, failed, size }: ParsedBatch, deps: Pick<IngestDeps, 'load' | 'read'>, options: { dryRun?: boolean } = {}): Promise<BatchOutcome[]> {
  const outcomes: (BatchOutcome | undefined)[] = new Array(size);
  for (const { at, error } of failed) outcomes[at] = { ok: false, error };
  const ids = new Set(parsed.flatMap(({ rows }) => [rows.resolution.id, ...targetIdsOf(rows)]));
  const existing = await deps.read.byIds([...ids]);
  const introduced = new Set(parsed.flatMap(({ rows }) => rows.newEntities.map((e) => e.id)));
  const own = new Set(parsed.map(({ rows }) => rows.resolution.id));
  const missing = [...ids].filter((id) => !existing.has(id) && !introduced.has(id) && !own.has(id));
  if (missing.length > 0) throw new CatalogueMissingError(missing);

  // The same resolution twice in a batch: the later text wins, as it would one file after the other.
  const last = new Map(parsed.map((p) => [p.rows.resolution.id, p.at]));
  const toWrite = parsed.filter((p) => last.get(p.rows.resolution.id) === p.at);
  const written = new Map<number, ResolutionWriteSummary>();
  try {
    if (!options.dryRun) (await deps.load.writeResolutions(toWrite.map((p) => p.rows))).forEach((s, i) => written.set(toWrite[i].at, s));
  } catch (error) {
    if (isGraphUnavailable(error)) throw error;
    if (toWrite.length === 1) {
      outcomes[toWrite[0].at] = { ok: false, error };
    } else {
      // One text was refused: write each again on its own (idempotent) to tell which, keeping the others.
      for (const p of toWrite) {
        try {
          written.set(p.at, await deps.load.writeResolution(p.rows));
        } catch (single) {
          if (isGraphUnavailable(single)) throw single;
          outcomes[p.at] = { ok: false, error: single };
        }
      }
    }
  }

  const seen = new Set(existing.keys());
  const hadParagraphs = new Set([...existing].filter(([, e]) => e.paragraphCount != null).map(([id]) => id));
  for (const { at, parsed: p, rows } of parsed) {
    if (outcomes[at]) continue;
    const targets = targetIdsOf(rows);
    const write = written.get(at);
    outcomes[at] = {
      ok: true,
      summary: {
        ...identityOf(p, rows),
        linkedEntityIds: targets.filter((id) => seen.has(id)),
        newEntityIds: targets.filter((id) => !seen.has(id)),
        // An earlier text of the batch with the same symbol counts as replaced, as it would one file after the other.
        replaced: Boolean(write?.replaced) || hadParagraphs.has(rows.resolution.id),
        ...(write?.previousVersion ? { previousVersion: write.previousVersion } : {}),
        dryRun: Boolean(options.dryRun),
      },
    };
    targets.forEach((id) => seen.add(id));
    hadParagraphs.add(rows.resolution.id);
  }
  return outcomes as BatchOutcome[];
}

/** Checks that the graph holds every entity of the catalogue (one round trip); throws CatalogueMissingError if not. */
export async function assertCatalogueLoaded(read: ReadRepository, index: CatalogueIndex = catalogueIndex()): Promise<void> {
  const ids = [...index.ids];
  const found = await read.byIds(ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new CatalogueMissingError(missing);
}

/** Everything the resolution itself points at, in order of first appearance: citation targets, its own links, entities it introduces. */
function targetIdsOf(rows: ResolutionWrite): string[] {
  const own = rows.links.filter((l) => l.from === rows.resolution.id).map((l) => l.to);
  return [...new Set([...rows.citations.map((c) => c.targetId), ...own, ...rows.newEntities.map((e) => e.id)])];
}

function identityOf(
  parsed: ParsedResolution,
  rows: VersionedWrite,
): Pick<IngestSummary, 'symbol' | 'resolutionId' | 'title' | 'paragraphCount' | 'citationCount' | 'warnings' | 'contentHash' | 'attachedToCatalogued'> {
  return {
    symbol: parsed.symbol,
    resolutionId: rows.resolution.id,
    ...(parsed.title && !rows.attach ? { title: parsed.title } : {}),
    paragraphCount: rows.paragraphs.length,
    citationCount: rows.citations.length,
    ...(parsed.warnings ? { warnings: parsed.warnings } : {}),
    contentHash: rows.version.contentHash,
    attachedToCatalogued: Boolean(rows.attach),
  };
}

/**
 * The rows of a parsed text with its version, for a user's ingest (`source` api or cli) or the start-up loader (a
 * shipped file's path). A resolution the catalogue holds gets only its paragraphs attached (`attach`), so its
 * curated facts stay; a text whose symbol the catalogue holds as another kind of document is refused.
 */
export function toVersionedWrite(parsed: ParsedResolution, text: string, source: string, index: CatalogueIndex, dataDir = join(repoRoot(), 'data')): VersionedWrite {
  const rows = toResolutionWrite(parsed);
  const catalogued = index.ids.has(rows.resolution.id) ? index.titles.get(rows.resolution.id) : undefined;
  const kind = String(rows.resolution.props.kind ?? '');
  if (catalogued && catalogued.kind !== kind) {
    throw new IngestError(
      `${parsed.symbol} is in the catalogue as a ${catalogued.kind}, but this text reads as a ${kind}: it was not stored. Check the symbol in the text's header.`,
    );
  }
  return { ...rows, version: textVersion(text, source, dataDir), ...(catalogued ? { attach: true } : {}) };
}

/** Errors of the database itself, not of one text: no other text of the batch could get past them. */
export function isGraphUnavailable(error: unknown): boolean {
  return isRetryable(error);
}

/**
 * `ingestText` for a text already parsed elsewhere (the API parses in worker threads, src/api/http/parse-pool.ts):
 * the same checks, write and summary.
 */
export async function ingestParsedText(
  parsed: ParsedResolution,
  text: string,
  deps: IngestDeps,
  options: { dryRun?: boolean; source?: UserSource } = {},
): Promise<IngestSummary> {
  const rows = toVersionedWrite(parsed, text, options.source ?? 'api', deps.index ?? catalogueIndex());
  const [outcome] = await writeParsed({ parsed: [{ at: 0, parsed, rows }], failed: [], size: 1 }, deps, options);
  if (!outcome.ok) throw outcome.error;
  return outcome.summary;
}
