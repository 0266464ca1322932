import type { CheckSpec, Edition } from '../edition/types';
import { cell } from './specBuilders';

/**
 * Checks that follow from the printed structure alone, so a new edition gets
 * them without writing any: every row printed as a total (`sumOf`) must equal
 * its parts, and a budget line printed in two tables must agree.
 */
export function deriveChecks(edition: Edition): CheckSpec[] {
  return [...totalChecks(edition), ...budgetNumberChecks(edition)];
}

function totalChecks(edition: Edition): CheckSpec[] {
  const result: CheckSpec[] = [];
  for (const table of edition.tables) {
    for (const row of table.rows) {
      if (!row.sumOf) continue;
      result.push({
        id: `${table.id}:sum:${row.key}`,
        kind: 'sum',
        title: `${table.label} ${row.label} = som van ${row.sumOf.length} regels`,
        total: cell(table.id, row.key),
        terms: row.sumOf.map((term) => (term.startsWith('-') ? { ref: cell(table.id, term.slice(1)), sign: -1 as const } : { ref: cell(table.id, term), sign: 1 as const })),
        columns: row.sumColumns ?? table.columns,
      });
    }
  }
  return result;
}

function budgetNumberChecks(edition: Edition): CheckSpec[] {
  const holders = new Map<string, { table: string; row: string; columns: readonly string[] }[]>();
  for (const table of edition.tables) {
    for (const row of table.rows) {
      if (!row.budgetNumber) continue;
      const list = holders.get(row.budgetNumber) ?? [];
      list.push({ table: table.id, row: row.key, columns: table.columns });
      holders.set(row.budgetNumber, list);
    }
  }
  const result: CheckSpec[] = [];
  for (const [number, list] of holders) {
    const [first, ...others] = list;
    if (!first) continue;
    for (const other of others) {
      result.push({
        id: `budgetnummer:${number}:${first.table}=${other.table}`,
        kind: 'equal',
        title: `Begrotingsnummer ${number}: ${first.table} = ${other.table}`,
        left: cell(first.table, first.row),
        right: cell(other.table, other.row),
        columns: first.columns.filter((column) => other.columns.includes(column)),
      });
    }
  }
  return result;
}
