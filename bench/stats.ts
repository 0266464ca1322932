// Timing helpers: medians over repeats, so one GC pause or a neighbour's build does not
// decide a figure. Every figure is reported against a baseline measured in the same run.

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The lower and upper quartile (the middle half of the values), to show how much a median can move. */
export const quartiles = (values: readonly number[]): [number, number] => {
  if (values.length === 0) return [Number.NaN, Number.NaN];
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
  return [at(0.25), at(0.75)];
};

/** Milliseconds of one synchronous or asynchronous run. */
export async function timeOnce(run: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Median milliseconds over `repeats` runs after `warmup` unmeasured runs (JIT warm).
 * Subject and baseline are interleaved run by run, so drift in machine load hits both.
 */
export async function medianPair(subject: () => unknown, baseline: () => unknown, repeats: number, warmup = 2): Promise<{ subject: number; baseline: number }> {
  for (let i = 0; i < warmup; i++) {
    await subject();
    await baseline();
  }
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < repeats; i++) {
    b.push(await timeOnce(baseline));
    s.push(await timeOnce(subject));
  }
  return { subject: median(s), baseline: median(b) };
}

export const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
