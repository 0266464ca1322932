import type { FormulaStyle, SheetKind } from '../core/sheets';

export type ActionId = 'oda' | 'mpp' | 'cuts' | 'scenario' | 'band' | 'compare';

/**
 * Every action of the pane, declared once: the pane renders from this list and
 * the tests read it too. Labels live in i18n under `actions.<id>`. No action
 * checks an Excel API set: the manifest's requirements cover every API the
 * writes use (src/excel/apiSets.ts), so such a check could never fail.
 */
export interface ActionSpec {
  readonly id: ActionId;
  /** Sheet builders the action runs (plus the parameters sheet for 'excel' formulas). */
  readonly sheets: readonly SheetKind[];
  /** The scenario form (name, preset, drivers) belongs to this action. */
  readonly form?: 'scenario';
  readonly defaultFormulaStyle: FormulaStyle;
}

export const ACTIONS: readonly ActionSpec[] = [
  { id: 'oda', sheets: ['oda'], defaultFormulaStyle: 'excel' },
  { id: 'mpp', sheets: ['mpp'], defaultFormulaStyle: 'excel' },
  { id: 'cuts', sheets: ['cuts'], defaultFormulaStyle: 'excel' },
  { id: 'scenario', sheets: ['scenario'], form: 'scenario', defaultFormulaStyle: 'excel' },
  { id: 'band', sheets: ['band'], defaultFormulaStyle: 'excel' },
  { id: 'compare', sheets: ['compare'], defaultFormulaStyle: 'excel' },
];

export function actionById(id: ActionId): ActionSpec {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`no action ${id}`);
  return action;
}
