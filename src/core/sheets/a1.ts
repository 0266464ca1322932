/**
 * A1 addressing, pure. Columns and rows are 1-based, as Excel counts them,
 * so a builder can say `at(3, 12)` and read "C12" in a test failure.
 */

export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "C12" for column 3, row 12. */
export const at = (column: number, row: number): string => `${columnLetter(column)}${row}`;

/** "$C$12": for references that must not move when a formula is copied. */
export const absolute = (address: string): string => {
  const { column, row } = parseAddress(address);
  return `$${columnLetter(column)}$${row}`;
};

export function parseAddress(address: string): { column: number; row: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address);
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  return { column: columnNumber(m[1]!), row: Number(m[2]) };
}

/** "A5:D11" from its corners. */
/** The value at `address` in values read from A1 (row 0 = sheet row 1); undefined past their end. */
export const valueAt = <T>(values: readonly (readonly T[])[], address: string): T | undefined => {
  const { column, row } = parseAddress(address);
  return values[row - 1]?.[column - 1];
};

export const rangeOf = (from: string, to: string): string => (from === to ? from : `${from}:${to}`);

export function parseRange(range: string): { from: { column: number; row: number }; to: { column: number; row: number } } {
  const [a, b] = range.split(':');
  const from = parseAddress(a!);
  return { from, to: b ? parseAddress(b) : from };
}

/** Sheet name as a formula prefix ('Scenario A'!, 'Q3'!, 'TRUE'!): the naming module's one rule. */
export { sheetPrefix } from '../naming';

/** Every cell reference a formula makes, with the sheet it names (undefined: this sheet). Strings and function names are skipped. */
export function formulaReferences(formula: string): { sheet?: string; from: string; to?: string }[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const refs: { sheet?: string; from: string; to?: string }[] = [];
  const pattern = /(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![A-Za-z0-9_(])/g;
  for (const m of withoutStrings.matchAll(pattern)) {
    const before = withoutStrings[m.index - 1];
    // Part of a longer name (OB2025_COA_BIJDRAGE_2025): not a reference.
    if (before !== undefined && /[A-Za-z0-9_.]/.test(before)) continue;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    refs.push({ ...(sheet !== undefined ? { sheet } : {}), from: m[3]!.replace(/\$/g, ''), ...(m[4] ? { to: m[4].replace(/\$/g, '') } : {}) });
  }
  return refs;
}
