import DataLoader from 'dataloader';
import { CitationRecord, CitedByArgs, CitedEntityRecord, LinkedNode, NodeRecord, Page, ParagraphRecord, ReadRepository } from '../../graph/read.repository';

/** A loader key: an id plus the arguments of the field that asks for it. Keys with equal arguments share one query. */
export interface Keyed<A> {
  id: string;
  args: A;
}

function groupedLoader<A, V>(batch: (ids: string[], args: A) => Promise<Map<string, V>>, empty: () => V): DataLoader<Keyed<A>, V, string> {
  const keyOf = (k: Keyed<A>) => `${JSON.stringify(k.args)}\u0000${k.id}`;
  return new DataLoader<Keyed<A>, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: Set<string> }>();
      for (const k of keys) {
        const g = JSON.stringify(k.args);
        if (!groups.has(g)) groups.set(g, { args: k.args, ids: new Set() });
        groups.get(g)!.ids.add(k.id);
      }
      const results = new Map<string, V>();
      await Promise.all(
        [...groups].map(async ([g, { args, ids }]) => {
          const found = await batch([...ids], args);
          for (const id of ids) results.set(`${g}\u0000${id}`, found.get(id) ?? empty());
        }),
      );
      return keys.map((k) => results.get(keyOf(k)) as V);
    },
    { cacheKeyFn: keyOf },
  );
}

/** Per-request batching loaders: each field level of a query costs one round trip, whatever the number of parents. */
export function createLoaders(repo: ReadRepository) {
  const entity = new DataLoader<string, NodeRecord | null>(async (ids) => {
    const found = await repo.byIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const prime = (nodes: NodeRecord[]) => nodes.forEach((n) => entity.prime(n.id, n));

  const bySymbol = new DataLoader<string, NodeRecord | null>(async (symbols) => {
    const found = await repo.bySymbols(symbols);
    return symbols.map((s) => found.get(s) ?? null);
  });
  const byAbbreviation = new DataLoader<string, NodeRecord[]>(async (abbreviations) => {
    const found = await repo.byAbbreviations(abbreviations);
    return abbreviations.map((a) => found.get(a) ?? []);
  });
  const paragraph = new DataLoader<string, ParagraphRecord | null>(async (ids) => {
    const found = await repo.paragraphsByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  const links = groupedLoader<{ type: string; direction: 'OUT' | 'IN' }, LinkedNode[]>(async (ids, a) => {
    const found = await repo.links(ids, a.type, a.direction);
    found.forEach((list) => prime(list.map((l) => l.node)));
    return found;
  }, () => []);

  const citedBy = groupedLoader<CitedByArgs, Page<CitationRecord>>(
    (ids, a) => repo.citedBy(ids, a),
    () => ({ totalCount: 0, page: [] }),
  );

  const citedEntities = groupedLoader<{ relations: string[] | null; types: string[] | null }, CitedEntityRecord[]>(async (ids, a) => {
    const found = await repo.citedEntities(ids, a.relations, a.types);
    found.forEach((list) => prime(list.map((c) => c.node)));
    return found;
  }, () => []);

  const paragraphsOf = groupedLoader<{ kind: string | null }, ParagraphRecord[]>(async (ids, a) => {
    const found = await repo.paragraphsOf(ids, a.kind);
    found.forEach((list) => list.forEach((p) => paragraph.prime(p.id, p)));
    return found;
  }, () => []);

  const citationsOf = new DataLoader<string, CitationRecord[]>(async (ids) => {
    const found = await repo.citationsOf(ids);
    return ids.map((id) => {
      const rows = found.get(id) ?? [];
      prime(rows.map((r) => r.node));
      return rows.map((r) => r.citation);
    });
  });

  return { entity, bySymbol, byAbbreviation, paragraph, links, citedBy, citedEntities, paragraphsOf, citationsOf };
}

export type Loaders = ReturnType<typeof createLoaders>;
