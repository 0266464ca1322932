import { tableOf } from '../edition/lookup';
import type { Edition, Figure, TableSpec } from '../edition/types';
import { at, rangeOf } from './a1';
import type { SheetBuilder } from './sheetBuilder';

/**
 * Writes a published table (or some of its rows) as an Excel table: a header
 * row ("label", years as text) and one row per printed row, every number a
 * figure with its source. Returns where each row and column landed so the
 * derived cells below can reference them.
 */
export interface PlacedTable {
  readonly top: number;
  readonly bottom: number;
  /** Row number of a row key. */
  readonly rowOf: Readonly<Record<string, number>>;
  /** Column number of a printed column (year). */
  readonly columnOf: Readonly<Record<string, number>>;
  readonly figures: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export function placeTable(
  s: SheetBuilder,
  edition: Edition,
  tableId: string,
  top: number,
  opts: { header: string; rows?: readonly string[]; columns?: readonly string[]; tableName: string; firstColumn?: number; highlight?: string },
): PlacedTable {
  const table: TableSpec = tableOf(edition, tableId);
  const first = opts.firstColumn ?? 1;
  const columns = opts.columns ?? table.columns;
  const rows = opts.rows ? opts.rows.map((k) => table.rows.find((r) => r.key === k)!) : table.rows;
  s.text(first, top, opts.header, 'header');
  const columnOf: Record<string, number> = {};
  columns.forEach((c, i) => {
    columnOf[c] = first + 1 + i;
    s.text(first + 1 + i, top, c, 'header');
  });
  const rowOf: Record<string, number> = {};
  const figures: Record<string, Record<string, number>> = {};
  rows.forEach((row, i) => {
    const r = top + 1 + i;
    rowOf[row.key] = r;
    figures[row.key] = {};
    const style = row.key === opts.highlight ? 'warning' : undefined;
    s.text(first, r, row.label, style ?? 'label');
    columns.forEach((c) => {
      const value = row.values[table.columns.indexOf(c)];
      if (value === null || value === undefined) return;
      const figure: Figure = {
        value,
        source: { edition: edition.id, document: edition.document, table: table.label, row: row.label, column: c, unit: row.columnUnits?.[c] ?? row.unit ?? table.unit },
      };
      figures[row.key]![c] = value;
      s.figure(columnOf[c]!, r, figure, style);
    });
  });
  const bottom = top + rows.length;
  s.table(opts.tableName, rangeOf(at(first, top), at(first + columns.length, bottom)));
  return { top, bottom, rowOf, columnOf, figures };
}
