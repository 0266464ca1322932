import { publishedFigure, tableOf } from '../edition/lookup';
import { baseValue } from '../edition/money';
import type { ChainRef, Edition } from '../edition/types';

/**
 * The published figures the chain model reads. A figure the edition must
 * have and lacks is an edition defect, so these throw rather than return a
 * Result: the model cannot run on half an edition.
 */

/** A printed figure in euros (money) or as printed (counts). */
export function printed(edition: Edition, ref: ChainRef, column?: string | number): number {
  const col = column ?? ref.column;
  if (col === undefined) throw new Error(`${edition.id}: ${ref.table}/${ref.row} needs a column`);
  const figure = publishedFigure(edition, ref.table, ref.row, col);
  if (!figure.ok) throw new Error(`${edition.id}: no ${ref.table}/${ref.row}/${col}`);
  return baseValue(figure.value);
}

/** The last printed column at or before `year` (years after a table stops carry its last year), and whether it is `year` itself. */
export function carried(edition: Edition, ref: ChainRef, year: number): { value: number; published: boolean; column: number } {
  const table = tableOf(edition, ref.table);
  const row = table.rows.find((r) => r.key === ref.row);
  if (!row) throw new Error(`${edition.id}: no ${ref.table}/${ref.row}`);
  const usable = table.columns.map(Number).filter((c, i) => c <= year && row.values[i] !== null && row.values[i] !== undefined);
  if (usable.length === 0) throw new Error(`${edition.id}: no ${ref.table}/${ref.row} at or before ${year}`);
  const column = Math.max(...usable);
  return { value: printed(edition, ref, column), published: column === year, column };
}

/** Whether the table prints the row at this year (not carried). */
export const isPrinted = (edition: Edition, ref: ChainRef, year: number): boolean => carried(edition, ref, year).published;
