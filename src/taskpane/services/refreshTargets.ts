import type { FormulaStyle } from '../../core/sheets/types';
import type { WorkbookInventory } from './types';

export interface RefreshTargets {
  readonly sheetNames: readonly string[];
  readonly formulaStyle: FormulaStyle;
}

/** Scenario sheets found by their marker that the registry does not list (an .xlsx from the CLI or the download): their edition is read from their edition cell. */
export const untrackedScenarios = (inventory: WorkbookInventory): string[] =>
  inventory.scenarios.map((s) => s.sheetName).filter((name) => !inventory.sheets.some((s) => s.present && s.sheetName === name));

/**
 * The sheets a "Refresh to <edition>" writes again: every sheet of the add-in still in the
 * workbook that is not of `to` yet (and the untracked scenario sheets), or one of them with what
 * it needs to stay consistent: the parameter sheet its 'excel' formulas name, and for the
 * comparison the scenario sheets it compares. The formula style is the one the sheets were
 * written in (the registry records it), else the pane's.
 */
export function refreshTargets(inventory: WorkbookInventory, to: string, fallbackStyle: FormulaStyle, only?: string): RefreshTargets {
  const stale = inventory.sheets.filter((s) => s.present && s.edition !== to);
  const all = [...new Set([...stale.map((s) => s.sheetName), ...untrackedScenarios(inventory)])];
  const chosen = only === undefined ? undefined : stale.find((s) => s.sheetName === only);
  const style = (chosen ?? stale.find((s) => s.kind !== 'parameters'))?.formulaStyle;
  const formulaStyle: FormulaStyle = style === 'aenm' || style === 'excel' ? style : fallbackStyle;
  if (only === undefined) return { sheetNames: all, formulaStyle };
  const kindOf = (name: string) => stale.find((s) => s.sheetName === name)?.kind ?? 'scenario';
  const wanted = (name: string): boolean =>
    name === only || (formulaStyle === 'excel' && kindOf(name) === 'parameters') || (chosen?.kind === 'compare' && kindOf(name) === 'scenario');
  return { sheetNames: all.filter(wanted), formulaStyle };
}
