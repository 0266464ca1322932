import { at, valueAt } from './a1';
import { SCENARIO_SHEET_LAYOUT } from './chainLayout';
import type { SheetKind } from './types';

/**
 * Where every sheet the add-in writes records the id of the edition its figures come from:
 * one declared cell per sheet kind. The builders write it there (SheetBuilder.heading, the
 * scenario sheet's recorded settings) and the read-backs find it through this function only
 * (scenario comparison, the .xlsx refresh), so the place can move in one line.
 *
 * - Sheets with the common heading (rows 1–4): row 4 reads "Editie | OB2025 | Ontwerpbegroting 2025 · geschreven op …",
 *   the id alone in column B.
 * - Scenario sheets: the first recorded setting (column C), beside the preset and the price variant.
 */
export const HEADING_EDITION = { labelColumn: 1, valueColumn: 2, textColumn: 3, row: 4 } as const;

export function editionCell(kind: SheetKind): string {
  return kind === 'scenario' ? SCENARIO_SHEET_LAYOUT.record.edition : at(HEADING_EDITION.valueColumn, HEADING_EDITION.row);
}

/** The edition id a sheet records, from the values of a range read from A1 (row 0 = sheet row 1); '' when the cell is empty. */
export function readEditionCell(kind: SheetKind, values: readonly (readonly unknown[])[]): string {
  const v = valueAt(values, editionCell(kind));
  return v === undefined || v === null ? '' : String(v).trim();
}
