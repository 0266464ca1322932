import { CellFault } from '../../../src/functions/cells/fault';
import { memoized, numberReader, optional, textReader, yearReader } from '../../../src/functions/cells/readers';

const num = numberReader('aantal');
const code = (value: unknown): string => (value instanceof CellFault ? value.error.code : 'value');

describe('numberReader', () => {
  it('passes finite numbers through unchanged', () => {
    expect(num(1000)).toBe(1000);
    expect(num(-2.5)).toBe(-2.5);
    expect(num(0)).toBe(0);
  });
  it.each([
    [null, 'empty'],
    [undefined, 'empty'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['1000', 'numberAsText'],
    [' 42 ', 'numberAsText'],
    ['1e5', 'numberAsText'],
    ['1.000', 'ambiguousNumberText'],
    ['1,5', 'ambiguousNumberText'],
    ['1.000.000,50', 'ambiguousNumberText'],
    ['veel', 'notANumber'],
    [true, 'logicalGiven'],
    [false, 'logicalGiven'],
    [Number.NaN, 'notANumber'],
    [Number.POSITIVE_INFINITY, 'notANumber'],
    [{ code: '#DIV/0!', message: '' }, 'upstreamError'],
    [{ type: 'Error', errorType: 'Div0', basicValue: '#DIV/0!' }, 'upstreamError'],
    [{ some: 'entity' }, 'notANumber'],
  ])('refuses %p with %s', (cell, expected) => {
    expect(code(num(cell))).toBe(expected);
  });
  it('names the Excel error passed in', () => {
    const fault = num({ code: '#N/A' }) as CellFault;
    expect(fault.error.params.given).toBe('#N/A');
  });
});

describe('textReader', () => {
  const text = textReader('IND-product');
  it('trims text', () => expect(text('  asiel ')).toBe('asiel'));
  it.each([
    [5, 'notText'],
    [true, 'logicalGiven'],
    [null, 'empty'],
    [{ code: '#VALUE!' }, 'upstreamError'],
  ])('refuses %p with %s', (cell, expected) => expect(code(text(cell))).toBe(expected));
});

describe('yearReader', () => {
  const year = yearReader();
  it('reads whole years', () => expect(year(2027)).toBe(2027));
  it('refuses fractions and text', () => {
    expect(code(year(2025.5))).toBe('notWhole');
    expect(code(year('2025'))).toBe('numberAsText');
  });
  it('takes the default for an empty optional cell only', () => {
    const withDefault = optional(year, 2025);
    expect(withDefault(null)).toBe(2025);
    expect(withDefault('')).toBe(2025);
    expect(withDefault(2026)).toBe(2026);
    expect(code(withDefault(true))).toBe('logicalGiven');
  });
});

describe('memoized', () => {
  it('reads each distinct cell value once', () => {
    let calls = 0;
    const reader = memoized((cell) => {
      calls += 1;
      return String(cell);
    });
    for (let i = 0; i < 1000; i++) reader(i % 2 === 0 ? 'asiel' : 'regulier');
    expect(calls).toBe(2);
  });
});
