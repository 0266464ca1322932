import { presetDrivers, type Drivers, type Edition, type PresetName } from '../core';
import { buildSheet, readScenarioDescription, SHEET_KINDS, workbookPlan } from '../core/sheets';
import type { BandOptions } from '../core/sheets';
import type { RefreshPlan } from '../core/sheets/refresh';
import type { FormulaStyle, SheetDescription, SheetKind } from '../core/sheets/types';
import { plannedSheetNames } from './sheetNames';

export interface PlannedScenario {
  readonly name: string;
  readonly preset: PresetName;
  readonly drivers: Drivers;
}

export const BASIS_SCENARIO_NAME = 'MPP-basis';

export function basisScenario(edition: Edition): PlannedScenario {
  return { name: BASIS_SCENARIO_NAME, preset: 'basis', drivers: presetDrivers(edition, 'basis') };
}

export interface PlanRequest {
  readonly edition: Edition;
  readonly sheets: readonly SheetKind[];
  /** Written when `sheets` holds "scenario"; the compare sheet compares them. */
  readonly scenarios: readonly PlannedScenario[];
  readonly formulaStyle: FormulaStyle;
  readonly writtenAt: string;
  /** Band factors to prefill the band sheet with (a refresh keeps the controller's); default the edition's. */
  readonly bandFactors?: BandOptions['factors'];
}

/**
 * The descriptions to write, in order. The compare sheet is built last, from
 * the scenario sheets read back (core readScenarioDescription) under the
 * names they will actually get (a second "MPP-basis" becomes
 * "Scenario MPP-basis (2)"), and the parameter sheet goes first
 * whenever an 'excel'-style formula names a parameter.
 */
export function fullWorkbookPlan(request: PlanRequest): SheetDescription[] {
  const { edition, sheets, formulaStyle, writtenAt } = request;
  const sheetRequest = { formulaStyle, writtenAt, ...(request.bandFactors ? { bandFactors: request.bandFactors } : {}) };
  const wants = (key: SheetKind) => sheets.includes(key);
  const scenarios = wants('scenario') ? request.scenarios : [];
  const base: SheetDescription[] = [];
  let firstScenario = 0;
  // In catalogue order; the comparison is built last, from what the others wrote.
  for (const kind of SHEET_KINDS) {
    if (!wants(kind) || kind === 'compare') continue;
    if (kind !== 'scenario') {
      base.push(buildSheet(kind, edition, sheetRequest));
      continue;
    }
    firstScenario = base.length;
    for (const s of scenarios) base.push(buildSheet('scenario', edition, { ...sheetRequest, scenario: s }));
  }
  if (!wants('compare') || scenarios.length === 0) return workbookPlan(edition, base, writtenAt);

  const planned = workbookPlan(edition, base, writtenAt);
  const offset = planned.length - base.length; // the parameter sheet, if it was put in front
  const names = plannedSheetNames(planned);
  // Read back each scenario sheet as written, under the name it gets in the file, as Excel's sheets are read.
  const reads = scenarios.map((s, i) => readScenarioDescription(edition, base[firstScenario + i]!, names[offset + firstScenario + i] ?? s.name));
  return workbookPlan(edition, [...planned, buildSheet('compare', edition, { ...sheetRequest, scenarios: reads })], writtenAt);
}

/** The sheets a refresh writes again (core planRefresh): the kinds it found, their scenarios and band factors, from the new edition. */
export function refreshedWorkbookPlan(plan: Extract<RefreshPlan, { ok: true }>, edition: Edition, formulaStyle: FormulaStyle, writtenAt: string): SheetDescription[] {
  return fullWorkbookPlan({
    edition,
    sheets: SHEET_KINDS.filter((k) => plan.kinds.includes(k)),
    scenarios: plan.scenarios,
    formulaStyle,
    writtenAt,
    ...(plan.bandFactors ? { bandFactors: plan.bandFactors } : {}),
  });
}
