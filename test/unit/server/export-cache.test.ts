import { GraphData } from '../../../src/export/graph-data';
import { WholeGraphExportCache } from '../../../src/server/export-cache';

/** A fake graph read that counts how often the graph was read; the data itself does not matter here. */
function counter() {
  const state = { reads: 0 };
  const load = async (): Promise<GraphData> => {
    state.reads += 1;
    await new Promise((resolve) => setTimeout(resolve, 10));
    return { reads: state.reads } as unknown as GraphData;
  };
  return { state, load };
}
const readsOf = (graph: GraphData) => String((graph as unknown as { reads: number }).reads);

describe('WholeGraphExportCache', () => {
  it('shares one read of the graph between concurrent downloads', async () => {
    const { state, load } = counter();
    const cache = new WholeGraphExportCache(load);
    const bodies = await Promise.all([cache.render('a', readsOf), cache.render('b', readsOf), cache.render('a', readsOf)]);
    expect(state.reads).toBe(1);
    expect(bodies).toEqual(['1', '1', '1']);
  });

  it('keeps rendered files while the graph version stays, and reads again when it changes', async () => {
    const { state, load } = counter();
    let token = 'v1';
    const renders: string[] = [];
    const cache = new WholeGraphExportCache(load, async () => token);
    const render = (key: string) => cache.render(key, (g) => (renders.push(key), readsOf(g)));
    expect(await render('graphml')).toBe('1');
    expect(await render('graphml')).toBe('1');
    expect(await render('csv')).toBe('1');
    expect(state.reads).toBe(1);
    expect(renders).toEqual(['graphml', 'csv']);
    token = 'v2';
    expect(await render('graphml')).toBe('2');
    expect(state.reads).toBe(2);
  });

  it('reads afresh each time when no version is known (cache off, or Neo4j not answering the version)', async () => {
    const { state, load } = counter();
    const cache = new WholeGraphExportCache(load, async () => undefined);
    await cache.render('a', readsOf);
    await cache.render('a', readsOf);
    expect(state.reads).toBe(2);
  });
});
