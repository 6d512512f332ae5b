import { GraphData } from '../../../src/core/export/graph-data';
import { WholeGraphExportCache } from '../../../src/api/http/export-cache';

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

  it('stays within its bounds in entries and bytes, dropping the least recently used rendering first', async () => {
    const { load } = counter();
    const cache = new WholeGraphExportCache(load, async () => 'v1', { maxEntries: 2, maxBytes: 25 });
    const body = (n: number) => () => 'x'.repeat(n);
    await cache.render('a', body(10));
    await cache.render('b', body(10));
    await cache.render('a', body(10)); // a is now the most recent
    await cache.render('c', body(10));
    expect(cache.size).toEqual({ entries: 2, bytes: 20 });
    let rendered = 0;
    await cache.render('a', () => (rendered++, 'y'));
    expect(rendered).toBe(0); // a was kept, b was dropped
    await cache.render('b', () => (rendered++, 'x'.repeat(10)));
    expect(rendered).toBe(1);
    expect(await cache.render('huge', body(100))).toHaveLength(100); // served, not kept
    expect(cache.size.bytes).toBeLessThanOrEqual(25);
    expect(cache.size.entries).toBeLessThanOrEqual(2);
  });
});
