import type { FormulaStyle } from '../../core/sheets/types';
import type { WorkbookInventory } from './types';

export interface RefreshTargets {
  readonly sheetNames: readonly string[];
  readonly formulaStyle: FormulaStyle;
}

/** Scenario sheets found by their marker that the registry does not list (an .xlsx from the CLI or the download): their edition is read from their edition cell. */
export const untrackedScenarios = (inventory: WorkbookInventory): string[] => inventory.scenarios.map((s) => s.sheetName).filter((name) => !inventory.sheets.some((s) => s.present && s.sheetName === name));

/**
 * A listed sheet a refresh to `to` can write again: present, of another edition, and not a
 * parameter sheet (the new edition's parameter sheet joins by itself when 'excel' formulas need
 * it; the old one stays for formulas that still name its OB2025_… names: refreshSheets.ts).
 */
export const isRefreshable =
  (to: string) =>
  (s: WorkbookInventory['sheets'][number]): boolean =>
    s.present && s.edition !== to && s.kind !== 'parameters';

/**
 * The sheets a "Refresh to <edition>" writes again: every sheet of the add-in still in the
 * workbook that is not of `to` yet (and the untracked scenario sheets), or one of them (the
 * comparison with the scenario sheets it compares). The formula style is the one the sheets were
 * written in (the registry records it), else the pane's.
 */
export function refreshTargets(inventory: WorkbookInventory, to: string, fallbackStyle: FormulaStyle, only?: string): RefreshTargets {
  const stale = inventory.sheets.filter(isRefreshable(to));
  const all = [...new Set([...stale.map((s) => s.sheetName), ...untrackedScenarios(inventory)])];
  const chosen = only === undefined ? undefined : stale.find((s) => s.sheetName === only);
  const style = (chosen ?? stale[0])?.formulaStyle;
  const formulaStyle: FormulaStyle = style === 'aenm' || style === 'excel' ? style : fallbackStyle;
  if (only === undefined) return { sheetNames: all, formulaStyle };
  const kindOf = (name: string) => stale.find((s) => s.sheetName === name)?.kind ?? 'scenario';
  const wanted = (name: string): boolean => name === only || (chosen?.kind === 'compare' && kindOf(name) === 'scenario');
  return { sheetNames: all.filter(wanted), formulaStyle };
}
