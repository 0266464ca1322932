// Hostile input to the custom functions, called as Excel calls them (2-D arrays):
// a range far larger than any budget sheet and a 1 MB text give one clear error,
// quickly, instead of freezing Excel's calculation thread.
import { budget, coaBeds, indCost, mpp, oda } from '../../src/functions/functions';
import { MAX_CELLS } from '../../src/functions/cells/elementwise';
import { MAX_MESSAGE_CHARS, MAX_MS, megabyteText, timed } from './bounds';

type ErrorCell = { code: string; message?: string };
const isError = (cell: unknown): cell is ErrorCell => typeof cell === 'object' && cell !== null && typeof (cell as ErrorCell).code === 'string';

/** One column of `rows` copies of `value`: what a selected column of a sheet gives. */
const column = (rows: number, value: unknown): unknown[][] => Array.from({ length: rows }, () => [value]);

describe('2,000,000 cells into a custom function', () => {
  const huge = column(2_000_000, 1000);
  const texts = column(2_000_000, 'asiel');

  it.each([
    ['COA_BEDS(range; 10,6)', () => coaBeds(huge, [[10.6]])],
    ['IND_COST("asiel"; range)', () => indCost([['asiel']], huge)],
    ['IND_COST(range; range) with text cells', () => indCost(texts, huge)],
  ])('%s answers one #VALUE! naming the limit, in under a second', (_name, call) => {
    const { value, ms } = timed(call);
    expect(ms).toBeLessThan(MAX_MS);
    expect(value).toHaveLength(1);
    const cell = value[0]![0];
    expect(isError(cell) && cell.code).toBe('#VALUE!');
    const message = (cell as ErrorCell).message ?? '';
    expect(message).toContain('2000000x1');
    expect(message.replace(/\D/g, '')).toContain(String(MAX_CELLS));
    expect(message.length).toBeLessThan(MAX_MESSAGE_CHARS);
  });

  it('a wide range (1,000 × 2,000) is refused the same way', () => {
    const wide = Array.from({ length: 1_000 }, () => new Array<number>(2_000).fill(1));
    const { value, ms } = timed(() => coaBeds(wide, [[10.6]]));
    expect(ms).toBeLessThan(MAX_MS);
    expect(isError(value[0]![0]) && (value[0]![0] as ErrorCell).code).toBe('#VALUE!');
  });
});

describe('1 MB of text where a name is expected', () => {
  const text = megabyteText();

  it.each([
    ['IND_COST product', () => indCost([[text]], [[1000]])],
    ['MPP indicator', () => mpp([[text]], [[2025]])],
    ['BUDGET line', () => budget([[text]], [[2025]])],
    ['ODA item', () => oda([[text]])],
  ])('%s: one error cell with a short message, in under a second', (_name, call) => {
    const { value, ms } = timed(call);
    expect(ms).toBeLessThan(MAX_MS);
    const cell = value[0]![0];
    expect(isError(cell)).toBe(true);
    expect(((cell as ErrorCell).message ?? '').length).toBeLessThan(MAX_MESSAGE_CHARS);
  });

  it('a range of 10,000 such texts is still answered in under a second', () => {
    const { value, ms } = timed(() => indCost(column(10_000, text), [[1000]]));
    expect(ms).toBeLessThan(MAX_MS);
    expect(value).toHaveLength(10_000);
    expect(value.every((row) => isError(row[0]))).toBe(true);
  });
});
