// Step 1: one AENM custom function over a 100,000-cell range, called as Excel calls it
// (every argument a 2-D array, rows first), against a bare loop doing only the arithmetic
// on the same numbers into the same 2-D shape. Here in Node, on the source as tsx
// transpiles it (each cross-module call through a getter): reported for comparison.
// The target (≤ 3×) is judged on the production bundle (functionsInBrowser.ts).
import { figure, type Figure } from '../figures';
import { medianPair } from '../stats';

export const CELLS = 100_000;
/** The most cells the functions accept. */
export { MAX_CELLS } from '../../src/functions/cells/elementwise';
const REPEATS = 15;

/** Deterministic numbers (a tiny LCG), one column of CELLS rows: what a selected column gives. */
export function column(cells = CELLS, seed = 20_25): number[][] {
  let state = seed;
  const rows: number[][] = new Array(cells);
  for (let i = 0; i < cells; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    rows[i] = [state % 100_000];
  }
  return rows;
}

type Fn = (...args: unknown[][][]) => unknown[][];

interface Case {
  readonly measure: string;
  readonly call: (range: number[][]) => unknown[][];
  readonly bare: (range: number[][]) => number[][];
}

function bareLoop(range: number[][], f: (x: number) => number): number[][] {
  const out: number[][] = new Array(range.length);
  for (let i = 0; i < range.length; i++) out[i] = [f(range[i]![0]!)];
  return out;
}

export async function benchCustomFunctions(): Promise<Figure[]> {
  const functions = (await import('../../src/functions/functions')) as unknown as Record<string, Fn>;
  const indCost = functions.indCost;
  const coaBeds = functions.coaBeds;
  if (!indCost || !coaBeds) throw new Error('src/functions/functions.ts exports no indCost/coaBeds');
  const price = (indCost([['asiel']], [[1]], [[2025]]) as number[][])[0]![0];
  if (typeof price !== 'number') throw new Error(`IND_COST("asiel"; 1) gave ${JSON.stringify(price)}`);

  const cases: Case[] = [
    {
      measure: `AENM.IND_COST("asiel"; range) over ${CELLS.toLocaleString('en')} cells, Node (tsx transpile)`,
      // An omitted optional argument arrives as null from Excel.
      call: (range) => indCost([['asiel']], range, null as unknown as unknown[][]),
      bare: (range) => bareLoop(range, (q) => q * price),
    },
    {
      measure: `AENM.COA_BEDS(range; 10,6) over ${CELLS.toLocaleString('en')} cells, Node (tsx transpile)`,
      call: (range) => coaBeds(range, [[10.6]]),
      bare: (range) => bareLoop(range, (q) => (q * 10.6) / 12),
    },
  ];

  const range = column();
  const figures: Figure[] = [];
  for (const c of cases) {
    const result = c.call(range);
    if (result.length !== CELLS || typeof result[CELLS - 1]![0] !== 'number') {
      throw new Error(`${c.measure} did not return ${CELLS} numbers`);
    }
    const t = await medianPair(
      () => c.call(range),
      () => c.bare(range),
      REPEATS,
    );
    figures.push(
      figure({
        measure: c.measure,
        value: t.subject,
        unit: 'ms (median of 15)',
        baseline: t.baseline,
        baselineLabel: 'bare arithmetic loop, same numbers, same 2-D shape',
        target: '— (reported; target judged on the production bundle)',
        meetsTarget: null,
      }),
    );
  }
  return figures;
}
