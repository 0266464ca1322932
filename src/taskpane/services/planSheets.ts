import type { Edition } from '../../core';
import type { ChainDrivers } from '../../core/chain';
import { buildSheet, workbookPlan, type FormulaStyle, type SheetDescription } from '../../core/sheets';
import type { ActionSpec } from '../actions';
import type { ScenarioInWorkbook } from './types';

/** What the controller chose for one run of an action. */
export interface ActionRequest {
  readonly formulaStyle: FormulaStyle;
  /** The scenario as composed: preset, price variant, band factors and cut switch travel inside the chain drivers. */
  readonly scenario?: { readonly name: string; readonly drivers: ChainDrivers };
  /** For 'compare': the scenarios found in the workbook. */
  readonly scenarios?: readonly ScenarioInWorkbook[];
}

/** The sheets one action writes, in order (the parameters sheet first when formulas name it). */
export function planSheets(action: ActionSpec, edition: Edition, request: ActionRequest, writtenAt: string): SheetDescription[] {
  const scenario = request.scenario ? { name: request.scenario.name, preset: request.scenario.drivers.preset, drivers: request.scenario.drivers } : undefined;
  const sheetRequest = { formulaStyle: request.formulaStyle, writtenAt, ...(scenario ? { scenario } : {}), scenarios: request.scenarios ?? [] };
  const descriptions = action.sheets.map((kind) => buildSheet(kind, edition, sheetRequest));
  return workbookPlan(edition, descriptions, writtenAt);
}
