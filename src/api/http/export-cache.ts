import { GraphData } from '../../core/export/graph-data';

/** What the cache may hold: a few renderings (one per export format) of one graph version, within a byte budget. */
export interface ExportCacheBounds {
  /** Rendered files kept at once; the server has five whole-graph formats. */
  maxEntries: number;
  /** Characters of rendered files kept at once (EXPORT_CACHE_MAX_MB); a file larger than this is served but not kept. */
  maxBytes: number;
}

const DEFAULT_BOUNDS: ExportCacheBounds = { maxEntries: 8, maxBytes: 256 * 1024 * 1024 };

/**
 * The whole-graph export, read once and shared: concurrent downloads wait for one read of the graph instead of each
 * paging through it, and each rendered file is kept until the graph version changes (any write, by any process, see
 * src/graph/graph-version.ts). Without a version source (cache disabled) every download reads afresh, still coalesced.
 *
 * Keys name a rendering chosen by the server (the format's path), never anything a client sent: a key built from a
 * request header let each new `Host` value keep another copy until the process ran out of memory. The cache is
 * bounded anyway, in entries and in bytes, least recently used first out.
 */
export class WholeGraphExportCache {
  private inFlight?: Promise<GraphData>;
  private kept?: { token: string; graph: GraphData; rendered: Map<string, string>; bytes: number };
  private readonly bounds: ExportCacheBounds;

  constructor(
    private readonly load: () => Promise<GraphData>,
    private readonly version?: () => Promise<string | undefined>,
    bounds: Partial<ExportCacheBounds> = {},
  ) {
    this.bounds = { ...DEFAULT_BOUNDS, ...bounds };
  }

  /** The rendered export; `key` names the rendering (the format), and must not come from the request. */
  async render(key: string, render: (graph: GraphData) => string): Promise<string> {
    // The token is read before the graph, so kept data is never older than the token it is filed under.
    const token = this.version ? await this.version() : undefined;
    if (token === undefined) return render(await this.read());
    if (this.kept?.token !== token) this.kept = { token, graph: await this.read(), rendered: new Map(), bytes: 0 };
    const kept = this.kept;
    const hit = kept.rendered.get(key);
    if (hit !== undefined) {
      // Most recently used last: Map keeps insertion order.
      kept.rendered.delete(key);
      kept.rendered.set(key, hit);
      return hit;
    }
    const body = render(kept.graph);
    if (body.length <= this.bounds.maxBytes) {
      kept.rendered.set(key, body);
      kept.bytes += body.length;
      for (const [oldKey, old] of kept.rendered) {
        if (kept.rendered.size <= this.bounds.maxEntries && kept.bytes <= this.bounds.maxBytes) break;
        kept.rendered.delete(oldKey);
        kept.bytes -= old.length;
      }
    }
    return body;
  }

  /** What is kept now, for tests and metrics. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.kept?.rendered.size ?? 0, bytes: this.kept?.bytes ?? 0 };
  }

  private read(): Promise<GraphData> {
    this.inFlight ??= this.load().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }
}
