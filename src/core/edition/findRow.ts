import { normalizeKey } from './normalizeKey';
import { fail, ok, type Result } from './result';
import type { RowSpec, TableSpec } from './types';

/**
 * Finds a row by budget number, key, printed label or alias. A label printed
 * on several rows (Overige Subsidies, Nationaal Programma Oekraïense
 * Vluchtelingen) is ambiguous: the error lists the budget numbers to use.
 */
export function findRow(table: TableSpec, given: string, what: string, rows: readonly RowSpec[] = table.rows): Result<RowSpec> {
  const wanted = normalizeKey(given);
  const byNumber = rows.filter((row) => row.budgetNumber === given.trim());
  if (byNumber.length === 1) return ok(byNumber[0]!);
  const byKey = rows.filter((row) => normalizeKey(row.key) === wanted);
  if (byKey.length === 1) return ok(byKey[0]!);
  const byName = rows.filter((row) => [row.label, ...(row.aliases ?? [])].some((name) => normalizeKey(name) === wanted));
  if (byName.length === 1) return ok(byName[0]!);
  if (byName.length > 1) {
    return fail('notAvailable', 'ambiguousKey', { what, given, accepted: byName.map((row) => `${row.budgetNumber ?? row.key} (${row.label})`) });
  }
  return fail('notAvailable', 'unknownKey', { what, given, accepted: rows.map((row) => row.budgetNumber ?? row.key) });
}

/** The cell of a row in a column, or an error naming the columns that exist for it. */
export function cellOf(table: TableSpec, row: RowSpec, column: string, what: string): Result<number> {
  const at = table.columns.indexOf(column);
  const value = at >= 0 ? row.values[at] : undefined;
  if (value === undefined || value === null) {
    const available = table.columns.filter((_, i) => row.values[i] !== null && row.values[i] !== undefined);
    return fail('notAvailable', 'unknownYear', { what: `${what} ${row.label}`, given: column, accepted: available });
  }
  return ok(value);
}
