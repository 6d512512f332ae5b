import neo4j from 'neo4j-driver';
import { ResolutionWrite } from '../core/model/graph-write';
import { withIntegers } from './load-plan';
import { cypher } from './cypher';
import { RunInTransaction } from './executor';

/**
 * The agenda items of written resolutions, in the resolutions' write transaction: each resolution's links to its
 * items are replaced (a text written again with other items, or none, loses the old ones), the items are merged, and
 * every item touched gets its title again or goes when no resolution is under it any more.
 */
export async function writeAgendaItems(run: RunInTransaction, batch: ResolutionWrite[], writtenIds: string[], replacedIds: string[]): Promise<void> {
  const written = new Set(writtenIds);
  const replaced = new Set(replacedIds);
  const resolutions = batch
    .filter((w) => written.has(w.resolution.id) && ((w.agendaItems?.length ?? 0) > 0 || replaced.has(w.resolution.id)))
    .map((w) => ({ id: w.resolution.id, items: (w.agendaItems ?? []).map((a) => ({ id: a.id, props: withIntegers(a.props), order: neo4j.int(a.order), title: a.title ?? null })) }));
  if (resolutions.length === 0) return;
  const [{ touched }] = (await run(cypher('load/agenda-items'), { resolutions })) as [{ touched: string[] }];
  await refreshAgendaItems(run, touched);
}

/** The agenda items resolutions are under, read before they are removed. */
export async function agendaItemsOf(run: RunInTransaction, resolutionIds: string[]): Promise<string[]> {
  const [row] = (await run(cypher('load/agenda-items-of'), { resolutionIds })) as [{ ids: string[] }?];
  return row?.ids ?? [];
}

/** Titles again, and the items left without resolutions removed (see load/agenda-item-titles.cypher). */
export async function refreshAgendaItems(run: RunInTransaction, ids: string[]): Promise<void> {
  if (ids.length > 0) await run(cypher('load/agenda-item-titles'), { ids: [...new Set(ids)].sort() });
}
