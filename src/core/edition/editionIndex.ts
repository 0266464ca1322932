import type { Cell, CellRef, Edition, RowSpec, SourceRef, TableSpec, Unit } from './types';

/**
 * Fast, validated access to an edition's printed cells. Built once per
 * edition; an edition with duplicate keys or ragged rows is rejected here,
 * so every later lookup can trust the shape.
 */
export interface EditionIndex {
  readonly edition: Edition;
  table(id: string): TableSpec | undefined;
  row(table: string, key: string): RowSpec | undefined;
  /** The printed cell, or undefined where the table, row or column does not exist. */
  cell(ref: CellRef): { readonly value: Cell; readonly unit: Unit; readonly source: SourceRef } | undefined;
}

export function indexEdition(edition: Edition): EditionIndex {
  const tables = new Map<string, TableSpec>();
  const rows = new Map<string, Map<string, RowSpec>>();
  for (const table of edition.tables) {
    if (tables.has(table.id)) throw new Error(`${edition.id}: table ${table.id} is defined twice`);
    tables.set(table.id, table);
    const byKey = new Map<string, RowSpec>();
    for (const row of table.rows) {
      if (byKey.has(row.key)) throw new Error(`${edition.id} ${table.id}: row ${row.key} is defined twice`);
      if (row.values.length !== table.columns.length) {
        throw new Error(`${edition.id} ${table.id}: row ${row.key} has ${row.values.length} cells for ${table.columns.length} columns`);
      }
      byKey.set(row.key, row);
    }
    rows.set(table.id, byKey);
  }
  // hasOwnProperty: a column named "constructor" must not find Object.prototype's.
  const unitOf = (table: TableSpec, row: RowSpec, column: string): Unit => (row.columnUnits && Object.prototype.hasOwnProperty.call(row.columnUnits, column) ? row.columnUnits[column] : undefined) ?? row.unit ?? table.unit;
  return {
    edition,
    table: (id) => tables.get(id),
    row: (table, key) => rows.get(table)?.get(key),
    cell(ref) {
      const table = tables.get(ref.table);
      const row = rows.get(ref.table)?.get(ref.row);
      if (!table || !row) return undefined;
      const at = table.columns.indexOf(ref.column);
      if (at < 0) return undefined;
      const unit = unitOf(table, row, ref.column);
      return {
        value: row.values[at] ?? null,
        unit,
        source: { edition: edition.id, document: edition.document, table: table.label, row: row.label, column: ref.column, unit },
      };
    },
  };
}
