import { growthPerDoubling, measureScaling } from '../../../bench/ingest/parse-scaling';
import { LINES_PER_MB, PARSE_SHAPES, parseShape } from '../../../bench/ingest/parse-shapes';
import { catalogueIndex, MAX_INPUT_BYTES, parseText } from '../../../src/services/ingest-service';

describe('the parser on the awkward shapes of issue 9 (bench/ingest/parse-shapes.ts)', () => {
  // Before the fix, 1 MB of these took 36 s (numbered lines) to 207 s (treaty titles); now well under a second each
  // on an idle machine. The bound leaves room for a loaded two-core machine and still fails a quadratic parser.
  it.each(PARSE_SHAPES)('parses %s at the input limit in under 10 s', (shape) => {
    const text = parseShape(shape, Math.round(LINES_PER_MB[shape] * 0.95));
    expect(Buffer.byteLength(text)).toBeGreaterThan(0.8 * MAX_INPUT_BYTES);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_INPUT_BYTES);
    const index = catalogueIndex();
    const started = performance.now();
    const parsed = parseText(text, index);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(parsed.symbol).toBe('A/RES/99/901');
  });

  it('measures growth per doubling: about 2 for linear time, 4 for quadratic', () => {
    const linear = [1, 2, 4].map((k) => ({ shape: 'numbered-lines' as const, lines: k, bytes: 100_000 * k, ms: 50 * k }));
    const quadratic = [1, 2, 4].map((k) => ({ shape: 'numbered-lines' as const, lines: k, bytes: 100_000 * k, ms: 50 * k * k }));
    expect(growthPerDoubling(linear)).toBeCloseTo(2);
    expect(growthPerDoubling(quadratic)).toBeCloseTo(4);
  });

  it('times every shape at every step', () => {
    const points = measureScaling(0.02, 2, 1);
    expect(points).toHaveLength(PARSE_SHAPES.length * 2);
    expect(points.every((p) => p.ms >= 0 && p.bytes > 0)).toBe(true);
  });
});
