// Helpers for calling the AENM functions as Excel does (2-D arrays) and reading answers.
import { isExcelError, type ExcelErrorLike } from '../../src/functions/excelErrors';

/** A single cell as Excel passes it for a parameter declared any[][]. */
export const c = (value: unknown): unknown[][] => [[value]];
/** A column range. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

export function only(result: unknown[][]): unknown {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0]![0];
}

export function errorIn(value: unknown): ExcelErrorLike {
  if (!isExcelError(value)) throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  return value;
}

/** Asserts an error cell with this code whose message contains every word given. */
export function expectError(value: unknown, code: '#VALUE!' | '#N/A', ...words: string[]): void {
  const error = errorIn(value);
  expect(error.code).toBe(code);
  for (const word of words) expect(error.message).toContain(word);
}
