import { cypher } from './cypher';
import { GraphExecutor } from './executor';

/** The graph's version as the last write left it; `token` changes on every write. */
export interface GraphVersion {
  version: number;
  token: string;
}

/**
 * Knows the graph's current version token without asking Neo4j on every request: it reads the version node at most
 * once per `pollMs` (concurrent callers share one read), and forgets what it knows as soon as this process writes
 * (`invalidate`). Writes by another process (the ingest CLI, another replica) are seen within `pollMs`.
 */
export class GraphVersionTracker {
  private known: { token: string; at: number } | undefined;
  private pending: Promise<string | undefined> | undefined;
  private generation = 0;

  constructor(
    private readonly executor: Pick<GraphExecutor, 'read'>,
    private readonly pollMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current version token; undefined when Neo4j cannot be asked (callers then neither read nor fill caches). */
  async current(): Promise<string | undefined> {
    if (this.known && this.now() - this.known.at < this.pollMs) return this.known.token;
    this.pending ??= this.fetch().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** Called after this process wrote: the next `current()` asks Neo4j again. */
  invalidate(): void {
    this.known = undefined;
    this.pending = undefined;
    this.generation += 1;
  }

  private async fetch(): Promise<string | undefined> {
    const generation = this.generation;
    const at = this.now();
    try {
      const version = await readGraphVersion(this.executor);
      const token = version ? version.token : 'empty';
      // A write that finished while this read was in flight makes its answer suspect: do not keep it.
      if (generation === this.generation) this.known = { token, at };
      return token;
    } catch {
      return undefined;
    }
  }
}

/** The version node's content, or undefined before the first write. */
export async function readGraphVersion(executor: Pick<GraphExecutor, 'read'>): Promise<GraphVersion | undefined> {
  const [row] = await executor.read(cypher('graph/version'));
  return row ? { version: row.version as number, token: row.token as string } : undefined;
}
