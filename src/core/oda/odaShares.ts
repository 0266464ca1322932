import { tableOf } from '../edition/lookup';
import { euros } from '../edition/money';
import type { Edition, Figure, SourceRef } from '../edition/types';
import { roundNoise } from '../edition/units';

export interface OdaItem {
  readonly key: string;
  readonly label: string;
  /** The ODA amount (€). */
  readonly amount: number;
  readonly source: SourceRef;
  /** Key of the budget line (Tabel 4) it is a share of; null for JenV items. */
  readonly line: string | null;
  /** That line's contribution in the first budget year (€). */
  readonly contribution: number | null;
  /** amount / contribution, e.g. COA 1.718.754 / 4.062.600 = 42,3%. */
  readonly share: number | null;
}

/** The ODA items of the edition (without the printed total), each with its share of the organisation's contribution. */
export function odaItems(edition: Edition): OdaItem[] {
  const { table: id, column, total, contributionOf } = edition.bindings.oda;
  const table = tableOf(edition, id);
  const lines = tableOf(edition, edition.bindings.budgetLines.table);
  const at = table.columns.indexOf(column);
  const year = String(edition.firstBudgetYear);
  return table.rows
    .filter((row) => row.key !== total)
    .map((row) => {
      const source: SourceRef = { edition: edition.id, document: edition.document, table: table.label, row: row.label, column, unit: row.unit ?? table.unit };
      const amount = euros({ value: row.values[at] ?? 0, source });
      const lineKey = contributionOf[row.key] ?? null;
      const line = lineKey ? lines.rows.find((r) => r.key === lineKey) : undefined;
      const value = line?.values[lines.columns.indexOf(year)];
      const contribution = line && typeof value === 'number' ? euros({ value, source: { ...source, table: lines.label, row: line.label, column: year, unit: line.unit ?? lines.unit } }) : null;
      return { key: row.key, label: row.label, amount, source, line: lineKey, contribution, share: contribution ? roundNoise(amount / contribution) : null };
    });
}

/** The printed ODA total (€) with its source. */
export function odaTotal(edition: Edition): Figure {
  const { table: id, column, total } = edition.bindings.oda;
  const table = tableOf(edition, id);
  const row = table.rows.find((r) => r.key === total);
  if (!row) throw new Error(`${edition.id}: no ODA total row`);
  return {
    value: row.values[table.columns.indexOf(column)] ?? 0,
    source: { edition: edition.id, document: edition.document, table: table.label, row: row.label, column, unit: row.unit ?? table.unit },
  };
}
