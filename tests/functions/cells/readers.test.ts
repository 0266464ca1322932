import { CellFault } from '../../../src/functions/cells/fault';
import { countParameter, memoized, numberReader, parameter, textParameter, textReader, yearParameter, yearReader } from '../../../src/functions/cells/readers';

const num = numberReader('applications');
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
    [{ some: 'entity' }, 'dataType'],
    [{ type: 'Entity', text: 'COA', properties: {}, basicType: 'Error', basicValue: '#VALUE!' }, 'dataType'],
  ])('refuses %p with %s', (cell, expected) => {
    expect(code(num(cell))).toBe(expected);
  });
  it('names the Excel error passed in', () => {
    const fault = num({ code: '#N/A' }) as CellFault;
    expect(fault.error.params.given).toBe('#N/A');
  });
});

describe('textReader', () => {
  const text = textReader('indProduct');
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
  it("takes the default for an empty optional cell, or 0 (Excel desktop's empty cell), only", () => {
    const withDefault = yearParameter(2025);
    expect(withDefault(null)).toBe(2025);
    expect(withDefault('')).toBe(2025);
    expect(withDefault(0)).toBe(2025);
    expect(withDefault(2026)).toBe(2026);
    expect(code(withDefault(true))).toBe('logicalGiven');
  });
  it('calls a required year of 0 or empty missing', () => {
    expect(code(yearParameter()(0))).toBe('empty');
    expect(code(yearParameter()(null))).toBe('empty');
  });
});

describe('parameter: what 0 and an empty cell mean, declared once (issue 10)', () => {
  it('a count reads 0 and an empty cell as 0', () => {
    const count = countParameter('applications');
    expect([count(0), count(null), count(undefined), count(''), count(12)]).toEqual([0, 0, 0, 0, 12]);
  });
  it('a parameter where 0 means omitted gives its default, or "missing" when it has none', () => {
    const price = parameter({ what: 'pricePerBed', read: numberReader('pricePerBed'), zero: 'omitted', omitted: 35_000 });
    expect([price(0), price(null), price(12)]).toEqual([35_000, 35_000, 12]);
    const product = textParameter('indProduct');
    expect([code(product(0)), code(product(null)), product(' asiel ')]).toEqual(['empty', 'empty', 'asiel']);
  });
  it('reads a data-type cell by its basicValue, and 0 there as 0', () => {
    const count = countParameter('beds');
    expect(count({ type: 'FormattedNumber', basicValue: 7, numberFormat: '0' })).toBe(7);
    expect(code(count({ type: 'String', basicValue: '7' }))).toBe('numberAsText');
    expect(textParameter('indProduct')({ type: 'String', basicValue: 'asiel' })).toBe('asiel');
    expect(code(count({ type: 'LinkedEntity', text: 'MSFT', basicType: 'Error', basicValue: '#VALUE!' }))).toBe('dataType');
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
