import { isRetryableError } from 'neo4j-driver';
import { DataFileError } from '../core/catalogue/catalogue';
import { CatalogueWrite, EntityRow, LinkRow, ResolutionWrite } from '../core/model/graph-write';
import { cypher } from './cypher';
import { isRetryable } from '../core/errors';
import { GraphExecutor, RunInTransaction } from './executor';
import { citedByTargetsOf, recountCitedBy } from './cited-by-counts';
import { agendaItemsOf, refreshAgendaItems, writeAgendaItems } from './agenda-items';
import { planBatch, PreviousRow, refusedBy, toNeo4jEntity, toStatementRow, WriteOutcome } from './load-plan';

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

  /** How many paragraphs the graph holds (none: no text was ever written). */
  async paragraphCount(): Promise<number> {
    const [{ paragraphs }] = (await this.executor.read(cypher('load/paragraph-count'))) as [{ paragraphs: number }];
    return paragraphs;
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
      const agendaItems = await agendaItemsOf(run, resolutionIds); // agenda items (issue 14)
      const [{ removed: resolutions }] = (await run(cypher('load/remove-resolutions'), { resolutionIds })) as [{ removed: number }];
      await refreshAgendaItems(run, agendaItems); // agenda items (issue 14)
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
        await writeAgendaItems(run, batch, plan.resolutions.map((r) => r.resolution.id), plan.replaced.map((r) => r.id)); // agenda items (issue 14)
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
