import { cypher } from './cypher';
import { GraphExecutor, RunInTransaction } from './executor';

/**
 * Each entity's `citedByCount` property: the number of its citations, exactly what `citedBy { totalCount }` gives
 * without filters. It is written in the same transaction as the citations it counts (so a reader never sees one
 * without the other) and read by `citedByCount` and by the lists ordered by CITED_BY_COUNT (an index-ordered read).
 */

/** Counts the citations of these entities again and stores the counts; run inside the write that changed them. */
export async function recountCitedBy(run: RunInTransaction, ids: Iterable<string>): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length > 0) await run(cypher('counts/recount'), { ids: sorted });
}

/** The entities these resolutions cite, read before they are removed, to count again after. */
export async function citedByTargetsOf(run: RunInTransaction, resolutionIds: readonly string[]): Promise<string[]> {
  const rows = await run(cypher('counts/targets-of-resolutions'), { resolutionIds: [...resolutionIds] });
  return rows.map((r) => r.id as string);
}

/** Entities per transaction of a full recount. */
const RECOUNT_BATCH = 2_000;

/** Counts every entity's citations again (`npm run graph:recount`), a batch of ids per transaction. */
export async function recountAllCitedBy(executor: GraphExecutor): Promise<{ entities: number }> {
  let after = '';
  let entities = 0;
  for (;;) {
    const ids = (await executor.read(cypher('counts/entity-ids'), { after, limit: RECOUNT_BATCH })).map((r) => r.id as string);
    if (ids.length === 0) return { entities };
    await executor.write('counts/recount', (run) => recountCitedBy(run, ids));
    entities += ids.length;
    after = ids[ids.length - 1];
  }
}

/** Entities whose stored count is missing or differs from a fresh count (at most 100); empty when all are right. */
export async function citedByCountMismatches(executor: GraphExecutor): Promise<{ id: string; stored: number | null; counted: number }[]> {
  return (await executor.read(cypher('counts/mismatches'))) as { id: string; stored: number | null; counted: number }[];
}
