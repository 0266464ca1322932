// A 100.000-cell range must cost little more than the arithmetic itself: IND_COST over a
// column of quantities against a bare loop multiplying the same numbers by the price.
import { indCost } from '../../src/functions/functions';

const N = 100_000;
const quantities = Array.from({ length: N }, (_, i) => [(i * 7919) % 100_000]);

/** Fastest of several runs of each, interleaved so a busy machine (2 cores, other jobs) slows both alike. */
function fastest(a: () => unknown, b: () => unknown, times = 15): [number, number] {
  a();
  b();
  let bestA = Number.POSITIVE_INFINITY;
  let bestB = Number.POSITIVE_INFINITY;
  for (let r = 0; r < times; r++) {
    let start = performance.now();
    a();
    bestA = Math.min(bestA, performance.now() - start);
    start = performance.now();
    b();
    bestB = Math.min(bestB, performance.now() - start);
  }
  return [bestA, bestB];
}

function bareLoop(grid: number[][], price: number): number[][] {
  const out: number[][] = new Array(grid.length);
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i]!;
    const result: number[] = new Array(row.length);
    for (let j = 0; j < row.length; j++) result[j] = row[j]! * price;
    out[i] = result;
  }
  return out;
}

describe('AENM.IND_COST on 100.000 cells', () => {
  it('is at most 3x a bare arithmetic loop over the same numbers', () => {
    const [bare, fn] = fastest(
      () => bareLoop(quantities, 4418),
      () => indCost([['asiel']], quantities),
    );
    const result = indCost([['asiel']], quantities);
    expect(result[99_999]![0]).toBe(quantities[99_999]![0]! * 4418);
    // Reported by `npx jest tests/functions/performance.test.ts --verbose=false` in notes/functions.md.
    console.log(`IND_COST 100k cells: ${fn.toFixed(1)} ms; bare loop ${bare.toFixed(1)} ms; ratio ${(fn / bare).toFixed(2)}`);
    expect(fn / bare).toBeLessThanOrEqual(3);
  });
});
