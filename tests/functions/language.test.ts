import { SUBJECTS } from '../../src/core';
import { EXAMPLES, type FunctionId } from '../../src/functions/examples';
import { isExcelError } from '../../src/functions/excelErrors';
import { arityOf, callFunction } from '../../src/functions/registry';
import { indCost } from '../../src/functions/functions';
import { c, expectError, only } from './support';

describe('message language', () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => delete global.Office);

  it('is Dutch without Office', () => {
    expectError(only(indCost(c('visum'), c(1))), '#N/A', 'Onbekend', 'Kies uit');
  });
  it('is English when Office displays English', () => {
    global.Office = { context: { displayLanguage: 'en-GB' } };
    expectError(only(indCost(c('visum'), c(1))), '#N/A', 'Unknown', 'Use one of');
  });
  it('is Dutch for any other display language, and when Office.context throws', () => {
    global.Office = { context: { displayLanguage: 'de-DE' } };
    expectError(only(indCost(c('asiel'), c(-1))), '#VALUE!', 'negatief');
    global.Office = {
      get context(): never {
        throw new Error('not ready');
      },
    };
    expectError(only(indCost(c('asiel'), c(-1))), '#VALUE!', 'negatief');
  });
});

// Issue 10 item 2: the argument a message is about is worded in the display language too.
describe('every message names its argument in the display language', () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => delete global.Office);

  /** Valid values for the optional arguments the examples leave out, so every parameter gets a bad value in turn. */
  const VALID_OPTIONAL: Record<string, unknown> = { IND_COST: 2025, IND_PRICE: 2025, IND_CAPACITY: 2025, COA_COST: 35_000, NIDOS_COST: 2025, CUT: 'IND' };
  const BAD: readonly unknown[] = [null, 0, '1000', '1.000', true, { code: '#DIV/0!' }, { type: 'Entity', text: 'x', properties: {}, basicType: 'Error', basicValue: '#VALUE!' }, -1, 1e20, 2025.5, 2031, 'xyz', 'Overige Subsidies'];

  function messages(language: 'nl' | 'en'): { id: FunctionId; code: string; message: string }[] {
    global.Office = { context: { displayLanguage: language === 'en' ? 'en-US' : 'nl-NL' } };
    const found: { id: FunctionId; code: string; message: string }[] = [];
    for (const example of EXAMPLES) {
      const valid = [...example.args, ...(example.args.length < arityOf(example.id) ? [VALID_OPTIONAL[example.id]] : []), 'OB2025'];
      const fn = (...args: unknown[][][]) => callFunction(example.id, args);
      const record = (result: unknown[][]): void => {
        for (const cell of result.flat()) if (isExcelError(cell)) found.push({ id: example.id, code: cell.code, message: cell.message ?? '' });
      };
      valid.forEach((_, k) => {
        for (const bad of BAD) record(fn(...valid.map((v, j) => [[j === k ? bad : v]])));
        record(fn(...valid.map((v, j) => (j === k ? [[v], [v]] : [[v], [v], [v]]))));
      });
    }
    return found;
  }

  /** The message without the function's name, what the controller typed and without lists of accepted names (quoted or after a colon). */
  const wording = (message: string): string =>
    message
      .replace(/"[^"]*"/g, '""')
      .replace(/AENM\.[A-Z_]+/g, 'AENM.F')
      .replace(/(Kies uit|Use one of|Beschikbare jaren|Years available|Gebruik een begrotingsnummer|Use a budget number):.*$/, '$1')
      .toLowerCase();
  const named = (text: string, name: string): boolean => new RegExp(`(^|[^a-z])${name.toLowerCase().replace(/[().]/g, '\\$&')}($|[^a-z])`).test(text);
  const distinct = Object.values(SUBJECTS).filter((s) => s.nl.toLowerCase() !== s.en.toLowerCase());

  it('in English Excel, no message of any function names a Dutch argument', () => {
    const found = messages('en');
    expect(new Set(found.map((m) => m.id)).size).toBe(EXAMPLES.length);
    expect(new Set(found.map((m) => m.message.split(' ')[0])).size).toBeGreaterThan(5);
    const dutch = found.filter((m) => distinct.some((s) => named(wording(m.message), s.nl)));
    expect(dutch).toEqual([]);
  });
  it('in Dutch Excel, no message names an English argument', () => {
    const found = messages('nl');
    const english = found.filter((m) => distinct.some((s) => named(wording(m.message), s.en)));
    expect(english).toEqual([]);
  });
  it('the failure kinds covered: missing, text for a number, logical, error and data-type cells, negative, too large, unknown, ranges', () => {
    const en = messages('en').map((m) => m.message);
    for (const phrase of [
      'is missing',
      'is text, not a number',
      'different numbers in Dutch and English',
      'a logical value',
      'already holds an error',
      'data type (Entity)',
      'cannot be negative',
      'is too large',
      'Unknown',
      'No figure for',
      'must be a whole number',
      'a range is shorter than the result',
      'is ambiguous',
    ]) {
      expect([phrase, en.some((m) => m.includes(phrase))]).toEqual([phrase, true]);
    }
  });
  it('says "number of applications cannot be negative" in English (issue 10)', () => {
    global.Office = { context: { displayLanguage: 'en-GB' } };
    expectError(only(indCost(c('asiel'), c(-1))), '#VALUE!', 'number of applications cannot be negative (-1)');
  });
});
