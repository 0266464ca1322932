import type { FormulaStyle, SheetKind } from '../core/sheets';

export type ActionId = 'oda' | 'mpp' | 'cuts' | 'scenario' | 'band' | 'compare';

/**
 * Every action of the pane, declared once: the pane renders from this list and
 * the checks (API set, tests) read it too. Labels live in i18n under
 * `actions.<id>`.
 */
export interface ActionSpec {
  readonly id: ActionId;
  /** Sheet builders the action runs (plus the parameters sheet for 'excel' formulas). */
  readonly sheets: readonly SheetKind[];
  /** Excel API set the writes need (see src/excel/apiSets.ts). */
  readonly requires: { readonly set: 'ExcelApi'; readonly version: string };
  /** The scenario form (name, preset, drivers) belongs to this action. */
  readonly form?: 'scenario';
  readonly defaultFormulaStyle: FormulaStyle;
}

// 1.4 = workbook.names.add (parameter names); freeze panes (1.7) are optional in the adapter.
const EXCEL_API = { set: 'ExcelApi', version: '1.4' } as const;

export const ACTIONS: readonly ActionSpec[] = [
  { id: 'oda', sheets: ['oda'], requires: EXCEL_API, defaultFormulaStyle: 'excel' },
  { id: 'mpp', sheets: ['mpp'], requires: EXCEL_API, defaultFormulaStyle: 'excel' },
  { id: 'cuts', sheets: ['cuts'], requires: EXCEL_API, defaultFormulaStyle: 'excel' },
  { id: 'scenario', sheets: ['scenario'], requires: EXCEL_API, form: 'scenario', defaultFormulaStyle: 'excel' },
  { id: 'band', sheets: ['band'], requires: EXCEL_API, defaultFormulaStyle: 'excel' },
  { id: 'compare', sheets: ['compare'], requires: EXCEL_API, defaultFormulaStyle: 'excel' },
];

export function actionById(id: ActionId): ActionSpec {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`no action ${id}`);
  return action;
}
