/** Checks that two APIs' answers name the same entities, so a benchmark compares equal work. */

/** A paragraph id is `<resolutionId>#pp3` or `#op5`; entity ids never contain '#'. */
export function isParagraphId(id: string): boolean {
  return id.includes('#');
}

/** Every string `id` anywhere in a GraphQL answer, without duplicates, sorted; paragraphs only if asked for. */
export function collectIds(data: unknown, options: { paragraphs?: boolean } = {}): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (k === 'id' && typeof v === 'string') {
          if (options.paragraphs || !isParagraphId(v)) found.add(v);
        } else visit(v);
      }
    }
  };
  visit(data);
  return [...found].sort();
}

/** A scored hit. */
export interface ScoredId {
  id: string;
  score: number;
}

/**
 * The ids of the best `n` hits of several lists merged by score (what one ranked search over several indexes returns),
 * leaving out hits tied with the n-th best when a hit beyond the cut has the same score: which of equally scored hits
 * make the cut is arbitrary in both APIs. `cutoff` is that tied score, if any. A hit found in several lists counts once,
 * with its best score.
 */
export function topIdsByScore(lists: readonly (readonly ScoredId[])[], n: number): { ids: string[]; cutoff: number | undefined } {
  // One node is one hit: @neo4j/graphql answers per type, and a resolution is also a Document, so it comes back from
  // resolutionsByTitle and documentsByTitle alike; counted twice it took two of the n places and pushed the n-th out.
  const best = new Map<string, number>();
  for (const hit of lists.flat()) best.set(hit.id, Math.max(best.get(hit.id) ?? -Infinity, hit.score));
  const all = [...best].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
  if (all.length <= n) return { ids: [...new Set(all.map((h) => h.id))].sort(), cutoff: undefined };
  const cutoff = all[n - 1].score;
  const tied = all[n].score === cutoff;
  const kept = tied ? all.slice(0, n).filter((h) => h.score > cutoff) : all.slice(0, n);
  return { ids: [...new Set(kept.map((h) => h.id))].sort(), cutoff: tied ? cutoff : undefined };
}

/** What one side has that the other lacks; both empty means the answers name the same ids. */
export interface IdDifference {
  onlyOurs: string[];
  onlyTheirs: string[];
}

export function compareIds(ours: readonly string[], theirs: readonly string[]): IdDifference {
  const a = new Set(ours);
  const b = new Set(theirs);
  return { onlyOurs: [...a].filter((id) => !b.has(id)).sort(), onlyTheirs: [...b].filter((id) => !a.has(id)).sort() };
}

export function sameIds(d: IdDifference): boolean {
  return d.onlyOurs.length === 0 && d.onlyTheirs.length === 0;
}
