import { collectIds, compareIds, sameIds, topIdsByScore } from '../../../bench/api/equivalence';
import { groupIntoWaves } from '../../../bench/api/floor';
import { parseHeapUsed, parseVmRss } from '../../../bench/load/memory';
import { BENCH_QUERIES, selectQueries } from '../../../bench/api/queries';

describe('answer equivalence of the benchmark', () => {
  it('collects entity ids anywhere in an answer, leaving paragraphs out unless asked', () => {
    const answer = { resolution: { id: 'un:A/RES/1', paragraphs: [{ id: 'un:A/RES/1#pp3', cites: [{ id: 'instrument:udhr' }, { id: 'instrument:udhr' }] }] } };
    expect(collectIds(answer)).toEqual(['instrument:udhr', 'un:A/RES/1']);
    expect(collectIds(answer, { paragraphs: true })).toEqual(['instrument:udhr', 'un:A/RES/1', 'un:A/RES/1#pp3']);
  });

  it('merges per-type search hits by score and leaves out ties at the cut', () => {
    const paragraphs = [{ id: 'p1', score: 9 }, { id: 'p2', score: 5 }];
    const titles = [{ id: 't1', score: 7 }, { id: 't2', score: 5 }, { id: 't3', score: 1 }];
    expect(topIdsByScore([paragraphs, titles], 2).ids).toEqual(['p1', 't1']);
    // The third best is tied (p2 and t2 both score 5): neither is required.
    expect(topIdsByScore([paragraphs, titles], 3)).toEqual({ ids: ['p1', 't1'], cutoff: 5 });
    expect(topIdsByScore([paragraphs], 5).ids).toEqual(['p1', 'p2']);
  });

  it('counts a hit found in several lists once (a resolution is also a Document), so it does not push the n-th hit out', () => {
    const resolutions = [{ id: 'r1', score: 8 }];
    const documents = [{ id: 'r1', score: 8 }];
    const paragraphs = [{ id: 'p1', score: 9 }, { id: 'p2', score: 4 }, { id: 'p3', score: 3 }];
    expect(topIdsByScore([paragraphs, resolutions, documents], 3)).toEqual({ ids: ['p1', 'p2', 'r1'], cutoff: undefined });
  });

  it('reports what each side has that the other lacks', () => {
    const d = compareIds(['a', 'b', 'c'], ['b', 'c', 'd']);
    expect(d).toEqual({ onlyOurs: ['a'], onlyTheirs: ['d'] });
    expect(sameIds(d)).toBe(false);
    expect(sameIds(compareIds(['a', 'b'], ['b', 'a']))).toBe(true);
  });

  it('groups recorded statements into the waves the API sent them in', () => {
    const s = (name: string, startedAt: number, endedAt: number) => ({ name, startedAt, endedAt });
    const waves = groupIntoWaves([s('b', 1, 5), s('a', 0, 4), s('c', 6, 9), s('d', 6.5, 8), s('e', 10, 11)]);
    expect(waves.map((w) => w.map((x) => x.name))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('reads RSS from /proc status and the heap from Prometheus text', () => {
    expect(parseVmRss('Name:\tnode\nVmRSS:\t  123456 kB\nThreads: 11\n')).toBe(123456 * 1024);
    expect(parseVmRss('Name:\tnode\n')).toBeUndefined();
    expect(parseHeapUsed('# HELP x\nnodejs_heap_size_used_bytes 2.5e7\nnodejs_heap_size_total_bytes 4e7\n')).toBe(25_000_000);
  });

  it('asks both APIs for every query and selects queries by name', () => {
    for (const q of BENCH_QUERIES) {
      expect(q.ours.query).toContain('query ');
      expect(q.theirs.query).toContain('query ');
    }
    expect(selectQueries('search').map((q) => q.name)).toEqual(['search']);
    expect(() => selectQueries('nope')).toThrow(/unknown query nope; known: guided-by/);
  });
});
