import DataLoader from 'dataloader';
import { CitationRecord, CitedByArgs, CitedEntityRecord, LinkedNode, NodeRecord, Page, ParagraphRecord, ReadRepository } from '../../graph/read.repository';
import { PlanResult, PlanStep } from '../../graph/planned-read';
import { AgendaItemRecord, AgendaRepository } from '../../graph/agenda.repository';

/** A loader key: an id plus the arguments of the field that asks for it. Keys with equal arguments share one query. */
export interface Keyed<A> {
  id: string;
  args: A;
}

/** The arguments as a key: JSON with the properties in name order, so equal arguments are one key whoever built them. */
function argsKey(args: unknown): string {
  return JSON.stringify(args, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

function groupedLoader<A, V>(batch: (ids: string[], args: A) => Promise<Map<string, V>>, empty: () => V): DataLoader<Keyed<A>, V, string> {
  const keyOf = (k: Keyed<A>) => `${argsKey(k.args)}\u0000${k.id}`;
  return new DataLoader<Keyed<A>, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: Set<string> }>();
      for (const k of keys) {
        const g = argsKey(k.args);
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

  const agenda = new AgendaRepository(repo.executor);
  const agendaItemsOf = new DataLoader<string, AgendaItemRecord[]>(async (ids) => {
    const found = await agenda.ofResolutions(ids);
    return ids.map((id) => found.get(id) ?? []);
  });

  return { entity, bySymbol, byAbbreviation, paragraph, links, citedBy, citedEntities, paragraphsOf, citationsOf, agendaItemsOf };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Fills the loaders with what a planned statement read (src/api/graphql/planner), under the keys the resolvers will
 * ask with, so they answer from memory. Each step's rows have the shape of the batched read it stands for; an input id
 * with no rows gets the loader's empty value, exactly as a batch would give it.
 */
export function primePlanned(loaders: Loaders, steps: readonly PlanStep[], results: readonly PlanResult[]): void {
  steps.forEach((step, i) => {
    const { ids, rows } = results[i];
    const by = <T>(map: (r: Record<string, unknown>) => T) => {
      const out = new Map<string, T[]>(ids.map((id) => [id, []]));
      for (const r of rows) out.get(r.id as string)?.push(map(r));
      return out;
    };
    const primeNodes = (nodes: NodeRecord[]) => nodes.forEach((n) => loaders.entity.prime(n.id, n));
    switch (step.kind) {
      case 'lookup-by-id': {
        const found = new Map((rows as unknown as NodeRecord[]).map((n) => [n.id, n]));
        ids.forEach((id) => loaders.entity.prime(id, found.get(id) ?? null));
        return;
      }
      case 'lookup-by-symbol': {
        const found = new Map((rows as unknown as NodeRecord[]).map((n) => [n.symbol as string, n]));
        ids.forEach((symbol) => loaders.bySymbol.prime(symbol, found.get(symbol) ?? null));
        primeNodes(rows as unknown as NodeRecord[]);
        return;
      }
      case 'links': {
        const args = { type: step.args.type as string, direction: step.args.direction as 'OUT' | 'IN' };
        by((r) => ({ node: r.node as NodeRecord, link: (r.link ?? {}) as Record<string, unknown> })).forEach((list, id) => {
          primeNodes(list.map((l) => l.node));
          loaders.links.prime({ id, args }, list);
        });
        return;
      }
      case 'cited-entities': {
        const args = { relations: step.args.relations as string[] | null, types: step.args.types as string[] | null };
        by((r) => ({ node: r.node as NodeRecord, citations: r.citations as CitationRecord[] })).forEach((list, id) => {
          primeNodes(list.map((c) => c.node));
          loaders.citedEntities.prime({ id, args }, list);
        });
        return;
      }
      case 'paragraphs-by-ids': {
        const found = new Map((rows as unknown as ParagraphRecord[]).map((p) => [p.id, p]));
        ids.forEach((id) => loaders.paragraph.prime(id, found.get(id) ?? null));
        return;
      }
      case 'paragraphs-of': {
        const args = { kind: step.args.kind as string | null };
        by((r) => ({ ...(r.paragraph as ParagraphRecord), resolutionId: r.id as string })).forEach((list, id) => {
          list.forEach((p) => loaders.paragraph.prime(p.id, p));
          loaders.paragraphsOf.prime({ id, args }, list);
        });
        return;
      }
      case 'citations-of': {
        by((r) => ({ citation: r.citation as CitationRecord, node: r.node as NodeRecord })).forEach((list, id) => {
          primeNodes(list.map((r) => r.node));
          loaders.citationsOf.prime(id, list.map((r) => r.citation));
        });
        return;
      }
      case 'cited-by': {
        const args = step.args as unknown as CitedByArgs;
        const found = new Map(rows.map((r) => [r.id as string, { totalCount: r.totalCount as number, page: r.page as CitationRecord[] }]));
        ids.forEach((id) => loaders.citedBy.prime({ id, args }, found.get(id) ?? { totalCount: 0, page: [] }));
        return;
      }
      default: {
        const never: never = step.kind;
        throw new Error(`unknown plan step ${String(never)}`);
      }
    }
  });
}
