/** A command-line option that must be a whole number of at least `min`; the error names the option and the value. */
export function wholeNumberOption(name: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}, got "${raw}"`);
  return n;
}
