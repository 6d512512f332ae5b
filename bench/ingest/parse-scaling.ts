import { parseArgs } from 'node:util';
import { catalogueIndex, parseText } from '../../src/services/ingest-service';
import { wholeNumberOption } from '../options';
import { LINES_PER_MB, PARSE_SHAPES, parseShape, ParseShape } from './parse-shapes';

const USAGE = `usage: npm run bench:parse-scaling -- [--scale 1] [--steps 4] [--runs 3] [--max-growth 3]

Times the parser (parseText, on this thread) on each awkward shape of bench/ingest/parse-shapes.ts at --steps sizes,
doubling up to about --scale MB (1 MB is the input limit: 25k footnote-marked lines, 17k treaty titles, 80k
numbered lines), best of --runs, and prints time against size. It fails (exit 1) when a shape's time grows faster than linearly: when doubling the input
multiplies the time by more than --max-growth (a linear parser gives about 2, a quadratic one 4) between the two
largest sizes, where fixed costs no longer hide the growth.`;

/** One timing: a shape at a size. */
export interface ScalingPoint {
  shape: ParseShape;
  lines: number;
  bytes: number;
  ms: number;
}

/**
 * The growth of a shape's time per doubling of its input, between the two largest sizes (each time at least 5 ms, so
 * timer resolution does not decide). Linear is about 2.
 */
export function growthPerDoubling(points: readonly ScalingPoint[]): number {
  const sorted = [...points].sort((a, b) => a.bytes - b.bytes);
  const [a, b] = sorted.slice(-2);
  const sizeRatio = b.bytes / a.bytes;
  const timeRatio = Math.max(b.ms, 5) / Math.max(a.ms, 5);
  // Per doubling of the input: timeRatio ^ (1 / log2(sizeRatio)).
  return timeRatio ** (1 / Math.log2(sizeRatio));
}

/** Times `parseText` on each shape at doubling sizes up to about `scale` MB; the best of `runs` per point. */
export function measureScaling(scale: number, steps: number, runs: number, shapes: readonly ParseShape[] = PARSE_SHAPES): ScalingPoint[] {
  const index = catalogueIndex();
  const points: ScalingPoint[] = [];
  for (const shape of shapes) {
    for (let step = steps - 1; step >= 0; step--) {
      const lines = Math.max(2, Math.round((LINES_PER_MB[shape] * scale) / 2 ** step));
      const text = parseShape(shape, lines);
      let best = Infinity;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        parseText(text, index);
        best = Math.min(best, performance.now() - started);
      }
      points.push({ shape, lines, bytes: Buffer.byteLength(text, 'utf8'), ms: best });
    }
  }
  return points;
}

function main(): void {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '0.95' }, steps: { type: 'string', default: '4' }, runs: { type: 'string', default: '3' }, 'max-growth': { type: 'string', default: '3' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale must be a number over 0 and at most 1 (MB), got "${values.scale}"`);
  const steps = wholeNumberOption('steps', values.steps, 2);
  const runs = wholeNumberOption('runs', values.runs, 1);
  const maxGrowth = Number(values['max-growth']);
  if (!(maxGrowth > 1)) throw new Error(`--max-growth must be a number over 1, got "${values['max-growth']}"`);

  const points = measureScaling(scale, steps, runs);
  console.log('shape                       lines      bytes      ms   ms/100kB');
  for (const p of points) {
    console.log(`${p.shape.padEnd(26)} ${String(p.lines).padStart(6)} ${String(p.bytes).padStart(10)} ${p.ms.toFixed(1).padStart(7)} ${((p.ms / p.bytes) * 100_000).toFixed(1).padStart(10)}`);
  }
  let failed = false;
  for (const shape of PARSE_SHAPES) {
    const growth = growthPerDoubling(points.filter((p) => p.shape === shape));
    const ok = growth <= maxGrowth;
    failed ||= !ok;
    console.log(`${shape}: time × ${growth.toFixed(2)} per doubling of the input (linear ≈ 2, limit ${maxGrowth}) ${ok ? 'ok' : 'SUPERLINEAR'}`);
  }
  if (failed) process.exitCode = 1;
}

if (require.main === module) main();
