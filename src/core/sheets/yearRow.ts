import { at } from './a1';
import type { SheetBuilder } from './sheetBuilder';
import type { CellStyle } from './types';

/** One derived row: a label, then per year a formula and the value the core computes for it. */
export function yearRow(
  s: SheetBuilder,
  row: number,
  label: string,
  columns: readonly { readonly year: number; readonly column: number }[],
  cell: (year: number, column: number) => { formula: string; cached: number } | undefined,
  format: string,
  style: CellStyle = 'output',
): Record<number, number> {
  s.text(1, row, label, style === 'total' ? 'total' : 'label');
  const values: Record<number, number> = {};
  for (const { year, column } of columns) {
    const c = cell(year, column);
    if (!c) continue;
    values[year] = c.cached;
    s.formula(column, row, c.formula.startsWith('=') ? c.formula : `=${c.formula}`, c.cached, format, style);
  }
  return values;
}

/** "=C12" style reference helper for readability in builders. */
export const ref = at;
