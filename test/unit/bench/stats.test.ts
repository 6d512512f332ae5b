import { checkRatio, formatCheck, growthVerdict, markdownTable, median, medianFigures, meetsTarget, percentile, textTable } from '../../../bench/api/stats';

describe('benchmark statistics', () => {
  it('takes percentiles by nearest rank, whatever the input order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(values, 101)).toThrow('between 0 and 100');
  });

  it('takes medians of odd and even counts, and per figure over rounds', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(
      medianFigures([
        { requestsPerSecond: 100, p50: 9, p99: 40 },
        { requestsPerSecond: 300, p50: 3, p99: 10 },
        { requestsPerSecond: 200, p50: 5, p99: 90 },
      ]),
    ).toEqual({ requestsPerSecond: 200, p50: 5, p99: 40 });
  });

  it('checks ratios against targets in the right direction', () => {
    expect(meetsTarget(checkRatio(250, 100, 2, 'atLeast'))).toBe(true);
    expect(meetsTarget(checkRatio(150, 100, 2, 'atLeast'))).toBe(false);
    expect(meetsTarget(checkRatio(40, 100, 0.5, 'atMost'))).toBe(true);
    expect(meetsTarget(checkRatio(60, 100, 0.5, 'atMost'))).toBe(false);
    expect(formatCheck(checkRatio(250, 100, 2, 'atLeast'))).toBe('2.50x (>= 2x) ok');
    expect(formatCheck(checkRatio(60, 100, 0.5, 'atMost'))).toBe('0.60x (<= 0.5x) MISSED');
    expect(formatCheck(checkRatio(1, 0, 2, 'atLeast'))).toBe('n/a');
  });

  it('aligns text tables and escapes pipes in markdown', () => {
    expect(textTable(['query', 'req/s'], [['search', '12'], ['guided-by', '1500']])).toBe(
      ['query      req/s', '---------  -----', 'search        12', 'guided-by   1500'].join('\n'),
    );
    expect(markdownTable(['a', 'b'], [['x|y', '1']])).toBe(['| a | b |', '| --- | ---: |', '| x\\|y | 1 |'].join('\n'));
  });

  it('calls memory flat or growing from the middle and last thirds', () => {
    expect(growthVerdict([1, 2, 3, 4, 5])).toBeUndefined();
    const flat = growthVerdict([50, 100, 100, 101, 100, 102, 101, 100, 103]);
    expect(flat?.growing).toBe(false);
    const leak = growthVerdict([50, 100, 110, 120, 130, 140, 150, 160, 170]);
    expect(leak?.growing).toBe(true);
    expect(leak?.growth).toBeCloseTo(160 / 130);
    // A heap saw whose floor stays put is flat by minima, though its means differ.
    const saw = [30, 60, 30, 90, 30, 60, 31, 95, 30];
    expect(growthVerdict(saw, 0.1, 'min')?.growing).toBe(false);
    expect(growthVerdict([30, 40, 50, 60, 70, 80, 90, 100, 110], 0.1, 'min')?.growing).toBe(true);
  });
});
