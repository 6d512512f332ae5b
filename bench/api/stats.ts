/** Pure helpers of the benchmarks: percentiles, medians, ratios against targets, and tables for a terminal or markdown. */

/** One timed run of one query against one target. */
export interface RunFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

/** The p-th percentile (0-100) of `values` by the nearest-rank method; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  if (p < 0 || p > 100) throw new Error(`a percentile is between 0 and 100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** The median; for an even count, the mean of the two middle values. NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Per-figure medians of several rounds: the figure a noisy shared machine can still be judged by. */
export function medianFigures(runs: readonly RunFigures[]): RunFigures {
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
  };
}

/** A ratio checked against a target: `atLeast` targets want the ratio high (throughput), `atMost` low (latency). */
export interface TargetCheck {
  ratio: number;
  target: number;
  kind: 'atLeast' | 'atMost';
}

export function checkRatio(numerator: number, denominator: number, target: number, kind: TargetCheck['kind']): TargetCheck {
  return { ratio: denominator > 0 ? numerator / denominator : NaN, target, kind };
}

export function meetsTarget(check: TargetCheck): boolean {
  if (!Number.isFinite(check.ratio)) return false;
  return check.kind === 'atLeast' ? check.ratio >= check.target : check.ratio <= check.target;
}

/** "2.31x (target >= 2x) ok" or "... MISSED". */
export function formatCheck(check: TargetCheck): string {
  if (!Number.isFinite(check.ratio)) return 'n/a';
  const sign = check.kind === 'atLeast' ? '>=' : '<=';
  return `${check.ratio.toFixed(2)}x (${sign} ${check.target}x) ${meetsTarget(check) ? 'ok' : 'MISSED'}`;
}

/** Milliseconds with a precision that suits their size. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

/** Requests per second: whole numbers, with a decimal below 10 so a slow target never shows as 0. */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return 'n/a';
  return perSecond < 10 ? perSecond.toFixed(1) : perSecond.toFixed(0);
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? (c ?? '').padEnd(widths[i]) : (c ?? '').padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A GitHub-flavoured markdown table with the same alignment; pipes inside cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => (c ?? '').replace(/\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Whether a series of memory samples keeps growing: its last third against its middle third, by mean or by minimum. */
export interface GrowthVerdict {
  middleMean: number;
  lastMean: number;
  /** lastMean / middleMean (by the chosen statistic: `Mean` then names the minimum when `by` is 'min'). */
  growth: number;
  growing: boolean;
}

/**
 * Compares the last third of `samples` with the middle third (the first third is warm-up: caches, JIT, pools filling).
 * `tolerance` is the relative growth still called flat (default 10%). Needs at least 6 samples. A V8 heap is a saw
 * (it grows until a collection), so compare its minima (`by: 'min'`), the floor a leak would raise.
 */
export function growthVerdict(samples: readonly number[], tolerance = 0.1, by: 'mean' | 'min' = 'mean'): GrowthVerdict | undefined {
  if (samples.length < 6) return undefined;
  const third = Math.floor(samples.length / 3);
  const mean = by === 'min' ? (xs: readonly number[]) => Math.min(...xs) : (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const middleMean = mean(samples.slice(third, 2 * third));
  const lastMean = mean(samples.slice(samples.length - third));
  const growth = lastMean / middleMean;
  return { middleMean, lastMean, growth, growing: growth > 1 + tolerance };
}
