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

/**
 * The two ways Excel passes an empty referenced cell (office-js #4702, #5262; #1951):
 * 0 on Windows and Mac, null on the web. Unit and property tests run in both, with the same
 * expected results: write `c(empty)` for an empty cell.
 */
export interface Host {
  readonly name: 'desktop' | 'web';
  readonly empty: 0 | null;
}
export const HOSTS: readonly Host[] = [
  { name: 'desktop', empty: 0 },
  { name: 'web', empty: null },
];

/** Runs a block of tests once per host. */
export const eachHost = (body: (host: Host) => void): void => describe.each(HOSTS)('Excel $name (empty cell arrives as $empty)', body);

/** A range as this host passes it: every empty (null/undefined) cell becomes the host's empty value. Omitted arguments stay omitted. */
export const onHost = (host: Host, arg: unknown): unknown => (Array.isArray(arg) ? arg.map((row: unknown) => (Array.isArray(row) ? row.map((v: unknown) => (v === null || v === undefined ? host.empty : v)) : row)) : arg);
