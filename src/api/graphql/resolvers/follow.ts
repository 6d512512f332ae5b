import { NodeRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';

/** The entities at the other end of one relationship type (batched across all parents of the request). */
export async function followMany(ctx: GraphContext, id: string, type: string, direction: 'OUT' | 'IN'): Promise<NodeRecord[]> {
  const links = await ctx.loaders.links.load({ id, args: { type, direction } });
  return links.map((l) => l.node);
}

/** The single entity at the other end of a relationship type, or null. */
export async function followOne(ctx: GraphContext, id: string, type: string, direction: 'OUT' | 'IN'): Promise<NodeRecord | null> {
  return (await followMany(ctx, id, type, direction))[0] ?? null;
}

/** A short display name: symbol for documents; else abbreviation, short title, title, id. */
export function labelOf(n: NodeRecord): string {
  const s = (k: string) => (typeof n[k] === 'string' && (n[k] as string).length > 0 ? (n[k] as string) : undefined);
  if (n.labels.includes('Document')) return s('symbol') ?? s('title') ?? n.id;
  return s('abbreviation') ?? s('shortTitle') ?? s('title') ?? s('symbol') ?? n.id;
}
