import neo4j, { Integer, isRetryableError } from 'neo4j-driver';
import { DataFileError } from '../core/catalogue/catalogue';
import { CatalogueWrite, DATE_PROPS, EntityRow, LinkRow, Props, ResolutionWrite } from '../core/model/graph-write';
import { cypher } from './cypher';
import { isRetryable } from '../core/errors';
import { GraphExecutor, RunInTransaction } from './executor';
import { citedByTargetsOf, recountCitedBy } from './cited-by-counts';

/** What one resolution write did, for summaries. */
export interface ResolutionWriteSummary {
  resolutionId: string;
  paragraphs: number;
  citations: number;
  linkedEntities: number;
  newEntities: number;
  /**
   * `written`; or `kept` when a start-up write found a version from another source (`heldBy`, e.g. a user's ingest)
   * and left it alone: nothing of this text was written.
   */
  outcome: 'written' | 'kept';
  heldBy?: string;
  /** The source of the text written (a shipped file's path, or `api` / `cli`), when the write carried a version. */
  source?: string;
  /** The graph held paragraphs of this resolution before, which were replaced. */
  replaced: boolean;
  /** Only the paragraphs and version were written: the resolution is a document of the curated catalogue. */
  attached: boolean;
  /** When a replacement changed the text: the version replaced and what it held that the new one does not. */
  previousVersion?: PreviousVersion;
}

/** The trace a replacement leaves: the previous version and what of it is gone. */
export interface PreviousVersion {
  /** sha256 of the previous text; absent when it was written before versions were recorded. */
  contentHash?: string;
  paragraphCount: number;
  citationCount: number;
  /** Paragraphs of the previous version whose text is in no paragraph of the new one. */
  removedParagraphs: { id: string; text: string }[];
  /** Citations of the previous version (target and quote) that the new one no longer makes. */
  removedCitations: { targetId: string; quote: string }[];
}

/** One row of load/previous-versions: what the graph held of a resolution before the write. */
export interface PreviousRow {
  id: string;
  source: string | null;
  before: { contentHash: string | null; previousContentHash: string | null; previousParagraphCount: number | null; previousCitationCount: number | null };
  oldParagraphs: { id: string; text: string }[];
  oldCitations: { targetId: string; quote: string }[];
}

/** How `writeResolutions` spreads its work. */
export interface WriteResolutionsOptions {
  /** Transactions in flight at once; default DEFAULT_WRITE_CONCURRENCY. */
  concurrency?: number;
  /** Resolutions per transaction; default DEFAULT_WRITE_BATCH_SIZE. 1 gives one transaction per resolution. */
  batchSize?: number;
  /**
   * Called for a resolution the graph refuses (not for Neo4j being unavailable); the run then goes on without it,
   * and its summary is left out. Without it, the first refusal stops the run.
   */
  onRefused?: (w: ResolutionWrite, error: unknown) => void;
}

/** Transactions `writeResolutions` keeps in flight unless told otherwise: enough to overlap round trips on two cores. */
export const DEFAULT_WRITE_CONCURRENCY = 2;
/**
 * Resolutions per transaction in `writeResolutions` unless told otherwise. Each transaction costs Neo4j about as much CPU
 * as writing one resolution's rows (commit, full-text index refresh), so batches amortise it (see bench/ingest).
 */
export const DEFAULT_WRITE_BATCH_SIZE = 25;

/** The link types a resolution write creates, by who owns them (see load/write-resolutions.cypher). */
const RESOLUTION_LINK_TYPES: readonly string[] = ['ADOPTED_BY', 'ADOPTED_AT', 'IN_SESSION', 'REPORTED_IN', 'ABOUT'];
const INTRODUCED_ENTITY_LINK_TYPES: readonly string[] = ['PART_OF', 'HELD_BY', 'CONCERNS'];
/** Extra attempts for a batch the driver gave up on after its own retries (deadlocks under heavy contention). */
const EXTRA_ATTEMPTS = 3;

/** Writes curated data and resolutions. Every resolution is written all or nothing. */
export class LoadRepository {
  constructor(private readonly executor: GraphExecutor) {}

  /** Upserts the curated catalogue and replaces the links it owns. */
  async writeCatalogue(rows: CatalogueWrite): Promise<{ entities: number; links: number }> {
    return this.executor.write('load/catalogue', async (run) => {
      await upsertEntities(run, rows.entities);
      await relink(run, rows.entities.map((e) => e.id), rows.links);
      await recountCitedBy(run, rows.entities.map((e) => e.id)); // citedByCount (issue 13): SET n = props above erased it
      return { entities: rows.entities.length, links: rows.links.length };
    });
  }

  /**
   * Writes one resolution in one transaction: its node, links, paragraphs and citations, replacing a previous
   * version cleanly. Refuses (and writes nothing) if a citation points at an entity that neither exists nor is declared new.
   */
  async writeResolution(w: ResolutionWrite): Promise<ResolutionWriteSummary> {
    const [summary] = await this.writeBatch([w]);
    return summary;
  }

  /**
   * Writes many resolutions, `batchSize` to a transaction and `concurrency` transactions at a time. Each resolution
   * is still all or nothing: a batch is committed whole or not at all, and a batch that fails is written again one
   * resolution at a time, so a bad resolution never takes good ones with it. `rows` is read lazily, so a generator can
   * parse each text just before it is written. After a failure no new batch starts; the batches in flight finish,
   * then the first error is thrown (resolutions already written stay). Summaries come back in input order.
   */
  async writeResolutions(rows: Iterable<ResolutionWrite>, options: WriteResolutionsOptions = {}): Promise<ResolutionWriteSummary[]> {
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_WRITE_CONCURRENCY));
    const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_WRITE_BATCH_SIZE));
    const source = rows[Symbol.iterator]();
    const summaries: ResolutionWriteSummary[] = [];
    let taken = 0;
    let failure: { error: unknown } | undefined;
    // A resolution met again starts the next batch: a batch's statements see the graph as it was before the batch.
    let held: ResolutionWrite | undefined;
    const nextBatch = (): { at: number; batch: ResolutionWrite[] } => {
      const batch: ResolutionWrite[] = [];
      const ids = new Set<string>();
      while (batch.length < batchSize) {
        let w = held;
        held = undefined;
        if (!w) {
          const item = source.next();
          if (item.done) break;
          w = item.value;
        }
        if (ids.has(w.resolution.id)) {
          held = w;
          break;
        }
        ids.add(w.resolution.id);
        batch.push(w);
      }
      taken += batch.length;
      return { at: taken - batch.length, batch };
    };
    const worker = async (): Promise<void> => {
      while (!failure) {
        let next: { at: number; batch: ResolutionWrite[] };
        try {
          next = nextBatch();
        } catch (error) {
          failure ??= { error };
          return;
        }
        if (next.batch.length === 0) return;
        try {
          (await this.writeBatchRetrying(next.batch)).forEach((s, i) => (summaries[next.at + i] = s));
        } catch (error) {
          if (next.batch.length === 1) {
            if (options.onRefused && !isRetryable(error)) options.onRefused(next.batch[0], error);
            else failure ??= { error };
            continue;
          }
          for (const [i, w] of next.batch.entries()) {
            try {
              [summaries[next.at + i]] = await this.writeBatchRetrying([w]);
            } catch (single) {
              if (options.onRefused && !isRetryable(single)) {
                options.onRefused(w, single);
                continue;
              }
              failure ??= { error: single };
              break;
            }
          }
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (failure) throw failure.error;
    return options.onRefused ? summaries.filter((s) => s !== undefined) : summaries;
  }

  /** The stored version (content hash, parser revision) of each text source the graph holds, by source. */
  async storedVersions(sources: string[]): Promise<Map<string, { contentHash: string; parserRevision: string }>> {
    const rows = (await this.executor.read(cypher('load/stored-versions'), { sources })) as { source: string; contentHash: string; parserRevision: string }[];
    return new Map(rows.map((r) => [r.source, { contentHash: r.contentHash, parserRevision: r.parserRevision }]));
  }

  /**
   * Deletes resolutions with their paragraphs and citations, and the listed entities if they are uncurated
   * (entities a text introduced). One transaction. Curated entities are never deleted.
   */
  async removeResolutions(resolutionIds: string[], uncuratedEntityIds: string[] = []): Promise<{ resolutions: number; entities: number }> {
    return this.executor.write('load/remove-resolutions', async (run) => {
      const cited = await citedByTargetsOf(run, resolutionIds); // citedByCount (issue 13)
      const [{ removed: resolutions }] = (await run(cypher('load/remove-resolutions'), { resolutionIds })) as [{ removed: number }];
      const [{ removed: entities }] = (await run(cypher('load/remove-uncurated-entities'), { ids: uncuratedEntityIds })) as [{ removed: number }];
      await recountCitedBy(run, cited); // citedByCount (issue 13)
      return { resolutions, entities };
    });
  }

  /**
   * One transaction for the whole batch, a few statements each over all of its resolutions (a statement and a round
   * trip cost more than the rows in them on a small machine): what the graph held before, the entities the texts
   * introduce (each once), the resolution nodes and their links, then every paragraph with its citations. Rolled back
   * if a resolution cites an entity the graph lacks. The outcome is the one writing the resolutions one after the
   * other would give (see planBatch).
   */
  private async writeBatch(batch: ResolutionWrite[]): Promise<ResolutionWriteSummary[]> {
    const rows = batch.map(toStatementRow);
    return this.executor.write(batch.length === 1 ? 'load/resolution' : 'load/resolutions', async (run) => {
      const previous = (await run(cypher('load/previous-versions'), { ids: rows.map((r) => r.resolution.id) })) as unknown as PreviousRow[];
      const plan = planBatch(rows, new Map(previous.map((p) => [p.id, p])));
      const [{ absent }] = (await run(cypher('load/absent-entities'), { ids: plan.targetIds })) as [{ absent: string[] }];
      const refused = refusedBy(plan, new Set(absent));
      if (refused) {
        throw new DataFileError(
          `${refused.resolutionId} cites entities the graph does not have: ${refused.missing.join(', ')}. Load the catalogue first or declare them as new entities.`,
        );
      }
      if (plan.entities.length > 0) await run(cypher('load/merge-new-entities'), { entities: plan.entities });
      if (plan.replaced.length > 0) await run(cypher('load/clear-resolutions'), { resolutions: plan.replaced });
      if (plan.resolutions.length > 0) {
        await run(cypher('load/write-resolution-nodes'), { resolutions: plan.resolutions });
        if (plan.entityLinks.length > 0) await run(cypher('load/write-introduced-links'), { links: plan.entityLinks });
        await run(cypher('load/write-paragraphs'), { targetIds: plan.targetIds, resolutions: plan.paragraphs });
        await this.afterResolutionsWritten(run, [...plan.touchedIds, ...plan.resolutions.map((r) => r.resolution.id), ...plan.entities.map((e) => e.id)]);
      }
      return batch.map((w, i) => summarise(w, plan.outcomes[i]));
    });
  }

  /**
   * The one place for per-batch upkeep that belongs in the write transaction, e.g. keeping a count of citing
   * resolutions current: runs after the paragraphs and citations are written, over `touchedIds` (distinct, sorted),
   * every entity the batch's texts now cite or link to and every entity the versions they replaced cited.
   */
  private async afterResolutionsWritten(run: RunInTransaction, touchedIds: string[]): Promise<void> {
    // citedByCount (issue 13): the entities whose citations moved, the resolutions written (a replaced node's
    // properties are set anew) and the entities introduced, counted again in the same transaction as the citations.
    await recountCitedBy(run, touchedIds);
  }

  private async writeBatchRetrying(batch: ResolutionWrite[]): Promise<ResolutionWriteSummary[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.writeBatch(batch);
      } catch (error) {
        if (attempt > EXTRA_ATTEMPTS || !isRetryableError(error as Error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
  }
}

/** One resolution's rows, checked and with repeats merged: links split by owner, citations under their paragraph. */
export function toStatementRow(w: ResolutionWrite) {
  const attach = Boolean(w.attach);
  // A catalogued document keeps its curated links: the text adds only paragraphs (and introduced entities' links).
  const links = attach ? w.links.filter((l) => l.from !== w.resolution.id) : w.links;
  const targetIds = [...new Set([...w.citations.map((c) => c.targetId), ...links.map((l) => l.to)])].sort();
  const ownLinks = new Map<string, { to: string; type: string; props: Props }>();
  const entityLinks = new Map<string, { from: string; to: string; type: string; props: Props }>();
  for (const l of links) {
    const own = l.from === w.resolution.id;
    if (!(own ? RESOLUTION_LINK_TYPES : INTRODUCED_ENTITY_LINK_TYPES).includes(l.type)) {
      throw new DataFileError(`${w.resolution.id}: a ${l.type} link from ${l.from} is not one a resolution write makes (${linkTypesNote()})`);
    }
    // Later duplicates win, as MERGE ... SET would have it.
    if (own) ownLinks.set(`${l.type}>${l.to}`, { to: l.to, type: l.type, props: l.props });
    else entityLinks.set(`${l.from}>${l.type}>${l.to}`, { from: l.from, to: l.to, type: l.type, props: l.props });
  }
  const citations = new Map<string, Map<string, { targetId: string; props: Props }>>(w.paragraphs.map((p) => [p.id, new Map()]));
  for (const c of w.citations) {
    const of = citations.get(c.paragraphId);
    if (!of) throw new DataFileError(`${c.key}: the paragraph ${c.paragraphId} is not one of ${w.resolution.id}'s paragraphs`);
    of.set(c.key, { targetId: c.targetId, props: c.props });
  }
  const resolution = toNeo4jEntity(w.resolution);
  return {
    resolution: attach ? { ...resolution, props: { paragraphCount: w.paragraphs.length } } : resolution,
    attach,
    startup: Boolean(w.startup),
    version: w.version ?? {},
    newEntities: w.newEntities.map(toNeo4jEntity),
    targetIds,
    ownLinks: [...ownLinks.values()],
    entityLinks: [...entityLinks.keys()].map((key) => ({ key, ...entityLinks.get(key)! })),
    paragraphs: w.paragraphs.map((p) => ({ props: p.props, citations: [...citations.get(p.id)!.values()] })),
  };
}

type StatementRow = ReturnType<typeof toStatementRow>;

/** What the graph held of one resolution of a batch and what the write made of it, for its summary. */
export interface WriteOutcome {
  kept: boolean;
  heldBy: string | null;
  previousContentHash: string | null;
  oldParagraphs: { id: string; text: string }[];
  oldCitations: { targetId: string; quote: string }[];
}

/** The parameters of a batch's statements, and each resolution's outcome. */
export interface BatchPlan {
  outcomes: WriteOutcome[];
  /** Every entity the written resolutions cite or link to, distinct and sorted: looked up once, addressed by position. */
  targetIds: string[];
  /** targetIds and the entities the replaced versions cited: whose citations this batch may change. */
  touchedIds: string[];
  /** Per written resolution (in order), the targets it needs and what it makes exist, to tell which one cites an absent entity. */
  needs: { resolutionId: string; targetIds: string[]; introduces: string[] }[];
  entities: { id: string; types: string[]; props: Record<string, unknown> }[];
  replaced: { id: string; attach: boolean }[];
  resolutions: { resolution: { id: string; props: Record<string, unknown> }; attach: boolean; version: Record<string, unknown>; trace: Record<string, unknown>; ownLinks: unknown[] }[];
  entityLinks: { from: string; to: string; type: string; props: Props }[];
  paragraphs: { id: string; paragraphs: { props: Props; citations: { target: Integer; props: Props }[] }[] }[];
}

/**
 * Turns a batch into set-wise statement parameters with the outcome of writing its resolutions one after the other,
 * in order (the statements run each step for the whole batch at once):
 * - a start-up write (w.startup) never replaces a version from another source: that resolution is `kept`, nothing of
 *   it is written (a user's ingest wins over the shipped text);
 * - an introduced entity is created by the first text that names it (its properties), with every type the texts
 *   give it; one named after a resolution written earlier in the batch already exists as that resolution, so it is
 *   left alone, as are links from a resolution written in the batch (its write drops them, or they start from a
 *   curated node, which takes none);
 * - the trace of the version replaced (previousContentHash and counts) is kept until a text with other content
 *   replaces it.
 * Callers never put the same resolution twice in a batch (writeResolutions cuts the batch there).
 */
export function planBatch(rows: StatementRow[], previous: Map<string, PreviousRow>): BatchPlan {
  const plan: BatchPlan = { outcomes: [], targetIds: [], touchedIds: [], needs: [], entities: [], replaced: [], resolutions: [], entityLinks: [], paragraphs: [] };
  const written = new Set<string>();
  const entities = new Map<string, { id: string; types: string[]; props: Record<string, unknown> }>();
  const links = new Map<string, { from: string; to: string; type: string; props: Props }>();
  const targets = new Set<string>();
  const touched = new Set<string>();
  const writtenRows: StatementRow[] = [];
  for (const w of rows) {
    const id = w.resolution.id;
    const old = previous.get(id);
    const versionSource = (w.version as { source?: string }).source;
    // As Cypher's `w.startup AND old.source IS NOT NULL AND old.source <> w.version.source`, null (no version) included.
    const keptOrUnknown = w.startup && old?.source != null && (versionSource === undefined || old.source !== versionSource);
    const kept = keptOrUnknown && versionSource !== undefined;
    plan.outcomes.push({
      kept,
      heldBy: old?.source ?? null,
      previousContentHash: old?.before.contentHash ?? null,
      oldParagraphs: old?.oldParagraphs ?? [],
      oldCitations: old?.oldCitations ?? [],
    });
    if (keptOrUnknown) continue;
    written.add(id);
    writtenRows.push(w);
    const introduces: string[] = [];
    for (const e of w.newEntities) {
      if (written.has(e.id) && e.id !== id) continue;
      introduces.push(e.id);
      const known = entities.get(e.id);
      if (!known) entities.set(e.id, { id: e.id, types: [e.type], props: e.props });
      else if (!known.types.includes(e.type)) known.types.push(e.type);
    }
    for (const l of w.entityLinks) if (!links.has(l.key)) links.set(l.key, { from: l.from, to: l.to, type: l.type, props: l.props });
    w.targetIds.forEach((t) => targets.add(t));
    old?.oldCitations.forEach((c) => touched.add(c.targetId));
    plan.needs.push({ resolutionId: id, targetIds: w.targetIds, introduces });
    if (old) plan.replaced.push({ id, attach: w.attach });
    plan.resolutions.push({ resolution: w.resolution, attach: w.attach, version: w.version, trace: traceOf(w, old), ownLinks: w.ownLinks });
  }
  plan.entities = [...entities.values()];
  plan.entityLinks = [...links.values()].filter((l) => !written.has(l.from));
  plan.targetIds = [...targets].sort();
  plan.touchedIds = [...new Set([...targets, ...touched])].sort();
  const position = new Map(plan.targetIds.map((t, i) => [t, neo4j.int(i)]));
  plan.paragraphs = writtenRows.map((w) => ({
    id: w.resolution.id,
    paragraphs: w.paragraphs.map((p) => ({ props: p.props, citations: p.citations.map((c) => ({ target: position.get(c.targetId)!, props: c.props })) })),
  }));
  return plan;
}

/**
 * The first resolution of the batch, in order, that cites or links to an entity that is neither in the graph
 * (`absent` holds those that are not) nor made by it or a resolution before it, with those entities.
 */
export function refusedBy(plan: BatchPlan, absent: Set<string>): { resolutionId: string; missing: string[] } | undefined {
  if (absent.size === 0) return undefined;
  const made = new Set<string>();
  for (const need of plan.needs) {
    made.add(need.resolutionId);
    need.introduces.forEach((id) => made.add(id));
    const missing = need.targetIds.filter((id) => absent.has(id) && !made.has(id));
    if (missing.length > 0) return { resolutionId: need.resolutionId, missing };
  }
  return undefined;
}

/** The trace properties to set on a written resolution: of the version it replaces when that had other content, else as they were. */
function traceOf(w: StatementRow, old: PreviousRow | undefined): Record<string, unknown> {
  if (!old) return {};
  const versionHash = (w.version as { contentHash?: string }).contentHash;
  const count = (n: number | null) => (n === null ? null : neo4j.int(n));
  if (old.oldParagraphs.length > 0 && versionHash !== undefined && (old.before.contentHash ?? '') !== versionHash) {
    return { previousContentHash: old.before.contentHash, previousParagraphCount: neo4j.int(old.oldParagraphs.length), previousCitationCount: neo4j.int(old.oldCitations.length) };
  }
  return {
    previousContentHash: old.before.previousContentHash,
    previousParagraphCount: count(old.before.previousParagraphCount),
    previousCitationCount: count(old.before.previousCitationCount),
  };
}

function linkTypesNote(): string {
  return `the resolution's own ${RESOLUTION_LINK_TYPES.join(', ')}; an introduced entity's ${INTRODUCED_ENTITY_LINK_TYPES.join(', ')}`;
}

function summarise(w: ResolutionWrite, row: WriteOutcome): ResolutionWriteSummary {
  const summary: ResolutionWriteSummary = {
    resolutionId: w.resolution.id,
    paragraphs: w.paragraphs.length,
    citations: new Set(w.citations.map((c) => c.key)).size,
    linkedEntities: new Set(w.citations.map((c) => c.targetId)).size,
    newEntities: w.newEntities.length,
    outcome: row.kept ? 'kept' : 'written',
    replaced: !row.kept && row.oldParagraphs.length > 0,
    attached: Boolean(w.attach),
    ...(w.version ? { source: w.version.source } : {}),
  };
  if (row.kept) return { ...summary, heldBy: row.heldBy ?? undefined };
  const changed = row.previousContentHash === null || row.previousContentHash !== w.version?.contentHash;
  if (summary.replaced && changed) summary.previousVersion = previousVersionOf(w, row);
  return summary;
}

/** What the replaced version held that the new one lacks: paragraphs by their text, citations by target and quote (as multisets). */
function previousVersionOf(w: ResolutionWrite, row: WriteOutcome): PreviousVersion {
  const texts = new Set(w.paragraphs.map((p) => p.props.text));
  const made = new Map<string, number>();
  const key = (targetId: string, quote: unknown) => `${targetId}\u0000${String(quote)}`;
  for (const c of w.citations) made.set(key(c.targetId, c.props.quote), (made.get(key(c.targetId, c.props.quote)) ?? 0) + 1);
  const removedCitations = row.oldCitations.filter((c) => {
    const left = made.get(key(c.targetId, c.quote)) ?? 0;
    if (left > 0) made.set(key(c.targetId, c.quote), left - 1);
    return left === 0;
  });
  return {
    ...(row.previousContentHash ? { contentHash: row.previousContentHash } : {}),
    paragraphCount: row.oldParagraphs.length,
    citationCount: row.oldCitations.length,
    removedParagraphs: row.oldParagraphs.filter((p) => !texts.has(p.text)),
    removedCitations,
  };
}

async function upsertEntities(run: RunInTransaction, entities: EntityRow[]): Promise<void> {
  await run(cypher('load/upsert-entities'), { entities: entities.map(toNeo4jEntity) });
}

async function relink(run: RunInTransaction, sourceIds: string[], links: LinkRow[]): Promise<void> {
  await run(cypher('load/unlink-managed'), { sourceIds });
  await run(cypher('load/link-entities'), { links });
}

function toNeo4jEntity(e: EntityRow): { id: string; type: string; props: Record<string, unknown> } {
  return { id: e.id, type: e.type, props: withDates(e.props) };
}

/** ISO date strings become Neo4j `date` values so they sort and compare as dates. */
function withDates(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = { ...props };
  for (const key of DATE_PROPS) {
    const v = props[key];
    if (typeof v === 'string') {
      const [y, m, d] = v.split('-').map(Number);
      out[key] = new neo4j.types.Date(y, m, d);
    }
  }
  return out;
}
