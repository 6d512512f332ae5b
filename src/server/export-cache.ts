import { GraphData } from '../export/graph-data';

/**
 * The whole-graph export, read once and shared: concurrent downloads wait for one read of the graph instead of each
 * paging through it, and each rendered file is kept until the graph version changes (any write, by any process, see
 * src/graph/graph-version.ts). Without a version source (cache disabled) every download reads afresh, still coalesced.
 */
export class WholeGraphExportCache {
  private inFlight?: Promise<GraphData>;
  private kept?: { token: string; graph: GraphData; rendered: Map<string, string> };

  constructor(
    private readonly load: () => Promise<GraphData>,
    private readonly version?: () => Promise<string | undefined>,
  ) {}

  /** The rendered export; `key` names the rendering (format and anything else it depends on). */
  async render(key: string, render: (graph: GraphData) => string): Promise<string> {
    // The token is read before the graph, so kept data is never older than the token it is filed under.
    const token = this.version ? await this.version() : undefined;
    if (token === undefined) return render(await this.read());
    if (this.kept?.token !== token) this.kept = { token, graph: await this.read(), rendered: new Map() };
    const kept = this.kept;
    let body = kept.rendered.get(key);
    if (body === undefined) {
      body = render(kept.graph);
      kept.rendered.set(key, body);
    }
    return body;
  }

  private read(): Promise<GraphData> {
    this.inFlight ??= this.load().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }
}
