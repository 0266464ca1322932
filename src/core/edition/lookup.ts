import { cellOf, findRow } from './findRow';
import { normalizeKey } from './normalizeKey';
import { IND_PRODUCT_NAMES, IND_PRODUCTS } from './products';
import { chain, fail, ok, type Result } from './result';
import type { Edition, Figure, IndProduct, RowSpec, TableSpec } from './types';

/**
 * The public face of an edition: every published figure by a stable key,
 * with its source. Values are returned in the unit printed; callers that
 * want euros use `toEuros` (units.ts).
 */

export function tableOf(edition: Edition, id: string): TableSpec {
  const table = edition.tables.find((t) => t.id === id);
  // A binding that points nowhere is a defect in the edition, not user input.
  if (!table) throw new Error(`${edition.id}: no table ${id}`);
  return table;
}

export function figureOf(edition: Edition, table: TableSpec, row: RowSpec, column: string, what: string): Result<Figure> {
  return chain(cellOf(table, row, column, what), (value) =>
    ok({
      value,
      source: {
        edition: edition.id,
        document: edition.document,
        table: table.label,
        row: row.label,
        column,
        unit: (row.columnUnits && Object.prototype.hasOwnProperty.call(row.columnUnits, column) ? row.columnUnits[column] : undefined) ?? row.unit ?? table.unit,
      },
    }),
  );
}

/** A figure by table id, row key and column; for bindings and sheets. */
export function publishedFigure(edition: Edition, tableId: string, rowKey: string, column: string | number): Result<Figure> {
  const table = tableOf(edition, tableId);
  return chain(findRow(table, rowKey, table.label), (row) => figureOf(edition, table, row, String(column), table.label));
}

/** A Map, not an object literal: "constructor" must not find Object.prototype.constructor (issue 12). */
const PRODUCT_NAMES: ReadonlyMap<string, IndProduct> = new Map(IND_PRODUCTS.flatMap((product) => IND_PRODUCT_NAMES[product].map((name) => [name, product] as const)));
const PRODUCTS_ACCEPTED: readonly string[] = Object.freeze([...PRODUCT_NAMES.keys()]);
/** Longer than any product name; longer text is not normalised. */
const MAX_PRODUCT_CHARS = 100;

export function indProduct(given: string): Result<IndProduct> {
  const product = given.length <= MAX_PRODUCT_CHARS ? PRODUCT_NAMES.get(normalizeKey(given)) : undefined;
  return product ? ok(product) : fail('notAvailable', 'unknownKey', { what: 'indProduct', given, accepted: PRODUCTS_ACCEPTED });
}

const yearFigure = (edition: Edition, binding: { table: string; row: string }, year: number, what: string): Result<Figure> => {
  const table = tableOf(edition, binding.table);
  const row = table.rows.find((r) => r.key === binding.row);
  if (!row) throw new Error(`${edition.id}: no row ${binding.row} in ${binding.table}`);
  return figureOf(edition, table, row, String(year), what);
};

/** IND integral cost price per application (€), Tabel 19. */
export const indPrice = (edition: Edition, product: IndProduct, year: number): Result<Figure> => yearFigure(edition, edition.bindings.indPrice[product], year, 'indPrice');

/**
 * A budget line of article 37 (Tabel 4), by budget number, unambiguous label or the earlier (JenV)
 * budget number it was converted from; x € 1.000 as printed. In the years the line sat on the earlier
 * budget (2023–2024), the figure of that earlier line in the conversion table (Tabel 30).
 */
export function budgetLine(edition: Edition, line: string, year: number): Result<Figure> {
  const { table: tableId, converted } = edition.bindings.budgetLines;
  const table = tableOf(edition, tableId);
  const conversion = converted ? tableOf(edition, converted.table) : undefined;
  let found = findRow(table, line, 'budgetLine');
  if (!found.ok && conversion) {
    const earlier = conversion.rows.find((r) => r.convertedInto !== undefined && r.budgetNumber === line.trim());
    const row = earlier && table.rows.find((r) => r.budgetNumber === earlier.convertedInto);
    if (row) found = ok(row);
  }
  return chain(found, (row) => {
    const column = String(year);
    if (conversion && converted!.columns.includes(column) && row.budgetNumber !== undefined) {
      const earlier = conversion.rows.find((r) => r.convertedInto === row.budgetNumber);
      if (earlier) return figureOf(edition, conversion, earlier, column, 'budgetLine');
    }
    return figureOf(edition, table, row, column, 'budgetLine');
  });
}

/** An MPP key figure (Tabel 6) by Dutch label, key or English alias. */
export function mppFigure(edition: Edition, indicator: string, year: number): Result<Figure> {
  const table = tableOf(edition, edition.bindings.mpp.table);
  return chain(findRow(table, indicator, 'mppIndicator'), (row) => figureOf(edition, table, row, String(year), 'mppIndicator'));
}

/** An ODA item (Tabel 7), x € 1.000 as printed. */
export function odaFigure(edition: Edition, item: string): Result<Figure> {
  const { table: id, column } = edition.bindings.oda;
  const table = tableOf(edition, id);
  return chain(findRow(table, item, 'odaItem'), (row) => figureOf(edition, table, row, column, 'odaItem'));
}

/** Any bound per-year series, e.g. bindings.coaOccupancy. */
export const seriesFigure = yearFigure;
