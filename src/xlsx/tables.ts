import type { CellValue, TableColumnProperties, Worksheet } from 'exceljs';
import type { TableBlock } from '../core/sheets/types';
import { decodeRange } from './addresses';

function headerText(value: CellValue, index: number): string {
  if (value === null || value === undefined || value === '') return `Kolom ${index + 1}`;
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? `Kolom ${index + 1}`);
  return String(value);
}

/** Excel wants distinct header texts; a repeated one gets " 2", as Excel itself does. */
function distinct(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name} ${n}`;
    seen.add(unique.toLowerCase());
    return unique;
  });
}

/**
 * Turns cells already written into an Excel table. ExcelJS's addTable writes
 * its rows into the cells again, so we hand it the described values (formula
 * and cached result included) and it changes nothing but the header. Not the
 * cells' own values: ExcelJS's cell.value getter drops a formula result of 0
 * or false, which would leave those formulas without a cached value. Excel
 * requires header cells to be text, so a year header 2025 becomes "2025"
 * (Excel's own "Format as Table" does the same).
 *
 * A totals row (showTotals) stays outside the table as plain cells: ExcelJS
 * writes totalsRowFunction="custom" without the <totalsRowFormula> Excel
 * needs, and our totals are ordinary formulas in cells anyway.
 */
export function addTable(sheet: Worksheet, block: TableBlock, name: string, valueAt: (row: number, col: number) => CellValue): void {
  const { top, left, bottom, right } = decodeRange(block.range);
  const cols = Array.from({ length: right - left + 1 }, (_, j) => left + j);
  const names = distinct(cols.map((c, j) => headerText(valueAt(top, c), j)));
  const lastData = block.showTotals && bottom > top + 1 ? bottom - 1 : bottom;
  const rows: CellValue[][] = [];
  for (let r = top + 1; r <= lastData; r++) rows.push(cols.map((c) => valueAt(r, c)));
  const columns: TableColumnProperties[] = names.map((n) => ({ name: n, filterButton: true }));
  sheet.addTable({
    name,
    ref: sheet.getCell(top, left).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: (block.style ?? 'TableStyleLight9') as 'TableStyleLight9', showRowStripes: true },
    columns,
    // A header-only table is invalid in Excel: give it one empty row.
    rows: rows.length > 0 ? rows : [cols.map(() => null)],
  });
}
