import type { Edition } from '../../core';
import type { ChainDrivers } from '../../core/chain';
import { bandSheet, compareSheet, cutsSheet, mppSheet, odaSheet, scenarioSheet, workbookPlan, type FormulaStyle, type SheetDescription, type SheetKind } from '../../core/sheets';
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

type Builder = (edition: Edition, request: ActionRequest, writtenAt: string) => SheetDescription;

const BUILDERS: Partial<Record<SheetKind, Builder>> = {
  oda: (e, r, writtenAt) => odaSheet(e, { formulaStyle: r.formulaStyle, writtenAt }),
  mpp: (e, r, writtenAt) => mppSheet(e, { formulaStyle: r.formulaStyle, writtenAt }),
  cuts: (e, r, writtenAt) => cutsSheet(e, { formulaStyle: r.formulaStyle, writtenAt }),
  scenario: (e, r, writtenAt) => {
    if (!r.scenario) throw new Error('scenario action without a scenario');
    const { name, drivers } = r.scenario;
    return scenarioSheet(e, { formulaStyle: r.formulaStyle, writtenAt, name, preset: drivers.preset, drivers });
  },
  band: (e, r, writtenAt) => bandSheet(e, { formulaStyle: r.formulaStyle, writtenAt }),
  compare: (e, r, writtenAt) =>
compareSheet(e, r.scenarios ?? [], { formulaStyle: r.formulaStyle, writtenAt }),
};

/** The sheets one action writes, in order (the parameters sheet first when formulas name it). */
export function planSheets(action: ActionSpec, edition: Edition, request: ActionRequest, writtenAt: string): SheetDescription[] {
  const descriptions = action.sheets.map((kind) => {
    const build = BUILDERS[kind];
    if (!build) throw new Error(`no builder for ${kind}`);
    return build(edition, request, writtenAt);
  });
  return workbookPlan(edition, descriptions, writtenAt);
}
