import { LINK_TYPES } from '../core/model/vocabulary';
import { cypher } from '../graph/cypher';
import { GraphExecutor } from '../graph/executor';
import { ExploreRepository } from '../graph/explore.repository';
import { CitedByArgs, ListArgs, ReadRepository } from '../graph/read.repository';

/** What a warm-up did, for the start-up log and the tests. */
export interface WarmUpSummary {
  /** Reads run (each plans its statement and brings what it reads into the page cache). */
  reads: number;
  /** True when the time budget ran out first: the warm-up goes on in the background, and the counts are not known yet. */
  pending: boolean;
  /** Reads that failed (logged; a warm-up never stops the API). */
  failed: string[];
  /** GraphQL operations asked through the API (`WarmUpOptions.operations`), before the reads. */
  operations: number;
  nodes: number;
  relationships: number;
  ms: number;
}

/** Options of `warmUp`. */
export interface WarmUpOptions {
  /** The longest `warmUp` waits (ms; default WARM_UP_BUDGET_MS); what is left goes on in the background. */
  budgetMs?: number;
  log?: (line: string) => void;
  /**
   * Asks the API's most common GraphQL operations once, before the reads, within the same budget (src/app/compose-app.ts
   * gives it): a root lookup with its selection runs one statement planned from that selection, whose text only the
   * API can make. Resolves with how many it asked; must not throw.
   */
  operations?: () => Promise<number>;
}

/** How long the warm-up may hold back /ready: a few seconds at most. */
export const WARM_UP_BUDGET_MS = 4_000;

/**
 * Makes the first questions after a start as fast as the later ones. On a fresh start every statement is planned on
 * first use (hundreds of milliseconds to seconds for the larger ones on two cores) and the page cache is empty; after
 * a bulk load the planner's statistics also describe the graph before it, so early plans are thrown away and made
 * again. So, in order: resample the indexes and clear the plan cache (db.prepareForReplanning), ask the first
 * questions' GraphQL shapes (`operations`), read the whole store once into the page cache, then run every read statement of the API once with real ids, through the repositories
 * (the same statement text and parameters as a request; the plan cache is keyed by text), two at a time. It waits
 * for the warm-up at most `budgetMs`, so /ready is held back a few seconds at most; the rest goes on in the
 * background while requests are served. Failures are logged and skipped.
 */
export async function warmUp(executor: GraphExecutor, options: WarmUpOptions = {}): Promise<WarmUpSummary> {
  const budgetMs = options.budgetMs ?? WARM_UP_BUDGET_MS;
  const all = warmUpAll(executor, options);
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), budgetMs)));
  try {
    const summary = await Promise.race([all, waited]);
    if (!summary) options.log?.(`Warm-up goes on in the background after ${budgetMs} ms; requests are served meanwhile.`);
    return summary ?? { reads: 0, pending: true, failed: [], operations: 0, nodes: 0, relationships: 0, ms: budgetMs };
  } finally {
    clearTimeout(timer);
  }
}

/** Every step of the warm-up, to the end; never throws. */
export async function warmUpAll(executor: GraphExecutor, options: Pick<WarmUpOptions, 'log' | 'operations'> = {}): Promise<WarmUpSummary> {
  const started = performance.now();
  const failed: string[] = [];
  const attempt = async <T>(name: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      failed.push(name);
      options.log?.(`warm-up: ${name} failed: ${(error as Error).message}`);
      return undefined;
    }
  };
  await attempt('prepare-for-replanning', () => executor.read(cypher('warm-up/prepare-for-replanning'), { timeoutSeconds: REPLANNING_TIMEOUT_S }));
  // The first questions' shapes come first (they touch the pages they read): on a busy machine the budget may run out
  // before the whole store is read and every single statement planned.
  const operations = options.operations ? ((await attempt('operations', options.operations)) ?? 0) : 0;
  const [store] = (await attempt('touch-store', () => executor.read(cypher('warm-up/touch-store')))) ?? [];
  const [sample] = (await attempt('sample-ids', () => executor.read(cypher('warm-up/sample-ids')))) ?? [];
  const reads = sample ? readsFor(executor, sample as unknown as SampleIds) : [];
  let next = 0;
  const worker = async () => {
    while (next < reads.length) {
      const [name, read] = reads[next++];
      await attempt(name, read);
    }
  };
  await Promise.all([worker(), worker()]);
  const summary = {
    reads: reads.length,
    pending: false,
    failed,
    operations,
    nodes: Number(store?.nodes ?? 0),
    relationships: Number(store?.relationships ?? 0),
    ms: Math.round(performance.now() - started),
  };
  options.log?.(
    `Warmed up in ${summary.ms} ms: ${summary.nodes} nodes and ${summary.relationships} relationships read into the page cache, ` +
      `${summary.reads} read statements planned${operations ? `, ${operations} GraphQL operations asked` : ''}${failed.length ? `, ${failed.length} failed` : ''}.`,
  );
  return summary;
}

/** How long the index resampling may take before the warm-up goes on without it. */
const REPLANNING_TIMEOUT_S = 10;

interface SampleIds {
  instrumentId: string | null;
  bodyId: string | null;
  abbreviation: string | null;
  resolutionId: string | null;
  symbol: string | null;
  paragraphId: string | null;
}

/** One read of each statement behind the GraphQL read path, most asked first. */
function readsFor(executor: GraphExecutor, s: SampleIds): [string, () => Promise<unknown>][] {
  const repo = new ReadRepository(executor);
  const explore = new ExploreRepository(executor);
  const instrument = s.instrumentId ?? 'instrument:udhr';
  const resolution = s.resolutionId ?? instrument;
  const citedBy: CitedByArgs = { relations: null, roles: null, resolutionId: null, adoptedBy: null, adoptedFrom: null, adoptedTo: null, orderField: 'DATE', descending: true, skip: 0, limit: 20 };
  const list = (type: string, orderField: ListArgs['orderField'], descending: boolean): ListArgs => ({
    type,
    kinds: null,
    curated: null,
    adoptedBy: null,
    from: null,
    to: null,
    cites: null,
    excludeResolutions: type === 'Document',
    orderField,
    descending,
    skip: 0,
    limit: 20,
  });
  return [
    ['entity/by-symbols', () => repo.bySymbols([s.symbol ?? ''])],
    ['entity/by-ids', () => repo.byIds([resolution, instrument])],
    ['entity/cited-by', () => repo.citedBy([instrument], citedBy)],
    ['resolution/cited-entities', () => repo.citedEntities([resolution], null, null)],
    ['entity/links-out', () => repo.links([instrument], 'MONITORED_BY', 'OUT')],
    ['entity/links-in', () => repo.links([s.bodyId ?? instrument], 'MONITORED_BY', 'IN')],
    ['entity/most-cited/instrument', () => repo.list(list('Instrument', 'CITED_BY_COUNT', true))],
    ['search/ranked', () => repo.search('human AND rights', null, true, 1000, 0, 20)],
    ['explore/neighbourhood', () => explore.neighbourhood({ id: resolution, depth: 2, citationRelations: ['GUIDED_BY'], linkTypes: LINK_TYPES.filter((t) => t === 'MONITORED_BY'), kinds: null, limit: 500 })],
    ['resolution/paragraphs', () => repo.paragraphsOf([resolution], null)],
    ['paragraph/citations', () => repo.citationsOf([s.paragraphId ?? ''])],
    ['paragraph/by-ids', () => repo.paragraphsByIds([s.paragraphId ?? ''])],
    ['entity/by-abbreviations', () => repo.byAbbreviations([s.abbreviation ?? 'UDHR'])],
    ['entity/list', () => repo.list(list('Resolution', 'DATE', true))],
    ['entity/most-cited/body', () => repo.list(list('Body', 'CITED_BY_COUNT', true))],
    ['entity/most-cited/document', () => repo.list(list('Document', 'CITED_BY_COUNT', true))],
    ['entity/most-cited/resolution', () => repo.list(list('Resolution', 'CITED_BY_COUNT', true))],
    ['explore/timeline', () => explore.timeline({ from: null, to: null, kinds: null, skip: 0, limit: 20 })],
  ];
}
