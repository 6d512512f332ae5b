import neo4j, { Integer, isRetryableError } from 'neo4j-driver';
import { DataFileError } from '../catalogue/catalogue';
import { CatalogueWrite, DATE_PROPS, EntityRow, LinkRow, Props, ResolutionWrite } from '../model/graph-write';
import { cypher } from './cypher';
import { GraphExecutor, RunInTransaction } from './executor';

/** What one resolution write did, for summaries. */
export interface ResolutionWriteSummary {
  resolutionId: string;
  paragraphs: number;
  citations: number;
  linkedEntities: number;
  newEntities: number;
}

/** How `writeResolutions` spreads its work. */
export interface WriteResolutionsOptions {
  /** Transactions in flight at once; default DEFAULT_WRITE_CONCURRENCY. */
  concurrency?: number;
  /** Resolutions per transaction; default DEFAULT_WRITE_BATCH_SIZE. 1 gives one transaction per resolution. */
  batchSize?: number;
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
    const nextBatch = (): { at: number; batch: ResolutionWrite[] } => {
      const batch: ResolutionWrite[] = [];
      while (batch.length < batchSize) {
        const item = source.next();
        if (item.done) break;
        batch.push(item.value);
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
            failure ??= { error };
            continue;
          }
          for (const [i, w] of next.batch.entries()) {
            try {
              [summaries[next.at + i]] = await this.writeBatchRetrying([w]);
            } catch (single) {
              failure ??= { error: single };
              break;
            }
          }
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (failure) throw failure.error;
    return summaries;
  }

  /**
   * Deletes resolutions with their paragraphs and citations, and the listed entities if they are uncurated
   * (entities a text introduced). One transaction. Curated entities are never deleted.
   */
  async removeResolutions(resolutionIds: string[], uncuratedEntityIds: string[] = []): Promise<{ resolutions: number; entities: number }> {
    return this.executor.write('load/remove-resolutions', async (run) => {
      const [{ removed: resolutions }] = (await run(cypher('load/remove-resolutions'), { resolutionIds })) as [{ removed: number }];
      const [{ removed: entities }] = (await run(cypher('load/remove-uncurated-entities'), { ids: uncuratedEntityIds })) as [{ removed: number }];
      return { resolutions, entities };
    });
  }

  /** One transaction, one statement for the whole batch; rolled back if any resolution cites an entity the graph lacks. */
  private async writeBatch(batch: ResolutionWrite[]): Promise<ResolutionWriteSummary[]> {
    const resolutions = batch.map(toStatementRow);
    return this.executor.write(batch.length === 1 ? 'load/resolution' : 'load/resolutions', async (run) => {
      const rows = (await run(cypher('load/write-resolutions'), { resolutions })) as { resolutionId: string; missing: string[] }[];
      const refused = rows.find((r) => r.missing.length > 0);
      if (refused) {
        throw new DataFileError(
          `${refused.resolutionId} cites entities the graph does not have: ${refused.missing.join(', ')}. Load the catalogue first or declare them as new entities.`,
        );
      }
      return batch.map(summarise);
    });
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

/** The statement's row for one resolution: targets deduplicated and sorted, links split by owner, citations under their paragraph. */
function toStatementRow(w: ResolutionWrite) {
  const targetIds = [...new Set([...w.citations.map((c) => c.targetId), ...w.links.map((l) => l.to)])].sort();
  const position = new Map<string, Integer>(targetIds.map((id, i) => [id, neo4j.int(i)]));
  const ownLinks = new Map<string, { to: Integer; type: string; props: Props }>();
  const entityLinks = new Map<string, { from: string; to: Integer; type: string; props: Props }>();
  for (const l of w.links) {
    const own = l.from === w.resolution.id;
    if (!(own ? RESOLUTION_LINK_TYPES : INTRODUCED_ENTITY_LINK_TYPES).includes(l.type)) {
      throw new DataFileError(`${w.resolution.id}: a ${l.type} link from ${l.from} is not one a resolution write makes (${linkTypesNote()})`);
    }
    // Later duplicates win, as MERGE ... SET would have it.
    if (own) ownLinks.set(`${l.type}>${l.to}`, { to: position.get(l.to)!, type: l.type, props: l.props });
    else entityLinks.set(`${l.from}>${l.type}>${l.to}`, { from: l.from, to: position.get(l.to)!, type: l.type, props: l.props });
  }
  const citations = new Map<string, Map<string, { target: Integer; props: Props }>>(w.paragraphs.map((p) => [p.id, new Map()]));
  for (const c of w.citations) {
    const of = citations.get(c.paragraphId);
    if (!of) throw new DataFileError(`${c.key}: the paragraph ${c.paragraphId} is not one of ${w.resolution.id}'s paragraphs`);
    of.set(c.key, { target: position.get(c.targetId)!, props: c.props });
  }
  return {
    resolution: toNeo4jEntity(w.resolution),
    newEntities: w.newEntities.map(toNeo4jEntity),
    targetIds,
    ownLinks: [...ownLinks.values()],
    entityLinks: [...entityLinks.values()],
    paragraphs: w.paragraphs.map((p) => ({ props: p.props, citations: [...citations.get(p.id)!.values()] })),
  };
}

function linkTypesNote(): string {
  return `the resolution's own ${RESOLUTION_LINK_TYPES.join(', ')}; an introduced entity's ${INTRODUCED_ENTITY_LINK_TYPES.join(', ')}`;
}

function summarise(w: ResolutionWrite): ResolutionWriteSummary {
  return {
    resolutionId: w.resolution.id,
    paragraphs: w.paragraphs.length,
    citations: new Set(w.citations.map((c) => c.key)).size,
    linkedEntities: new Set(w.citations.map((c) => c.targetId)).size,
    newEntities: w.newEntities.length,
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
