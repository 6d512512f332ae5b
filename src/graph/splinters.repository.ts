import { CatalogueIndex } from '../core/ingest/catalogue-index';
import { dependantId, planSplinterMerges, SplinterMerge } from '../core/ingest/fold-splinters';
import { cypher } from './cypher';
import { GraphExecutor, RunInTransaction } from './executor';
import { col, mapRows } from './rows';

const ID_ROW = { id: col.string };
import { recountCitedBy } from './cited-by-counts';

/** What a splinter merge did. */
export interface SplinterMergeSummary {
  /** Splinters folded into a node that already existed (a catalogue entry or another print of the name). */
  merged: number;
  /** Splinters that became the one node of their name (no node had that id yet). */
  renamed: number;
}

/**
 * The migration for graphs written before names were normalised: every uncurated instrument or body whose title is
 * another print of a catalogue name or of another uncurated name is folded into that one node, with its citations,
 * provisions and entry-into-force event. Curated nodes are never changed. Running it again changes nothing.
 */
export async function mergeSplinters(executor: GraphExecutor, index: CatalogueIndex): Promise<SplinterMergeSummary> {
  const nodes = mapRows('catalogue/uncurated-names', { id: col.string, title: col.nullable(col.string) }, await executor.read(cypher('catalogue/uncurated-names')));
  const splinters = planSplinterMerges(nodes, index);
  if (splinters.length === 0) return { merged: 0, renamed: 0 };
  const renamedIds = new Map(splinters.map((m) => [m.from, m.to]));
  const dependantRows = mapRows('catalogue/dependants', ID_ROW, await executor.read(cypher('catalogue/dependants'), { ids: [...renamedIds.keys()] }));
  const dependants: SplinterMerge[] = [...new Set(dependantRows.map((d) => d.id))].flatMap((id) => {
    const to = dependantId(id, renamedIds);
    return to && to !== id ? [{ from: id, to }] : [];
  });
  const targets = [...new Set([...splinters, ...dependants].map((m) => m.to))];
  const existing = new Set(mapRows('catalogue/existing-ids', ID_ROW, await executor.read(cypher('catalogue/existing-ids'), { ids: targets })).map((r) => r.id));

  return executor.write('catalogue/merge-splinters', async (run) => {
    const a = await apply(run, splinters, existing);
    const b = await apply(run, dependants, existing);
    await recountCitedBy(run, [...splinters, ...dependants].map((m) => m.to)); // citedByCount (issue 13): merged citations moved
    return { merged: a.merged + b.merged, renamed: a.renamed + b.renamed };
  });
}

/**
 * For each target without a node, the first splinter is renamed to it; every other splinter is then merged into the
 * target, which exists by then. Two statements, so no statement reads what it writes.
 */
async function apply(run: RunInTransaction, merges: SplinterMerge[], existing: Set<string>): Promise<SplinterMergeSummary> {
  const renames: SplinterMerge[] = [];
  const folds: SplinterMerge[] = [];
  const claimed = new Set(existing);
  for (const m of merges) {
    if (claimed.has(m.to)) folds.push(m);
    else {
      claimed.add(m.to);
      renames.push(m);
    }
  }
  const [renamed] = renames.length > 0 ? await run(cypher('catalogue/rename-splinters'), { renames: renames.map((m) => ({ from: m.from, to: m.to, title: m.title ?? null })) }) : [{ renamed: 0 }];
  const [merged] = folds.length > 0 ? await run(cypher('catalogue/merge-splinters'), { merges: folds.map((m) => ({ from: m.from, to: m.to })) }) : [{ merged: 0 }];
  for (const m of renames) existing.add(m.to);
  return { renamed: Number(renamed.renamed), merged: Number(merged.merged) };
}
