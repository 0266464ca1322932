import { presetDrivers, type Drivers, type Edition, type PresetName } from '../core';
import { bandSheet, compareSheet, cutsSheet, readScenarioDescription, mppSheet, odaSheet, parametersSheet, scenarioSheet, workbookPlan } from '../core/sheets';
import type { BandOptions } from '../core/sheets';
import type { FormulaStyle, SheetDescription } from '../core/sheets/types';
import { plannedSheetNames } from './sheetNames';

/** Sheets a controller may ask for by key, in the order they are written. */
export const SHEET_KEYS = ['parameters', 'oda', 'mpp', 'cuts', 'scenario', 'band', 'compare'] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];
/** "Every sheet": the parameter sheet joins by itself when 'excel' formulas need it. */
export const DEFAULT_SHEETS: readonly SheetKey[] = ['oda', 'mpp', 'cuts', 'scenario', 'band', 'compare'];

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
  readonly sheets: readonly SheetKey[];
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
  const options = { formulaStyle, writtenAt };
  const wants = (key: SheetKey) => sheets.includes(key);
  const base: SheetDescription[] = [];
  if (wants('parameters')) base.push(parametersSheet(edition, { writtenAt }));
  if (wants('oda')) base.push(odaSheet(edition, options));
  if (wants('mpp')) base.push(mppSheet(edition, options));
  if (wants('cuts')) base.push(cutsSheet(edition, options));
  const scenarios = wants('scenario') ? request.scenarios : [];
  const firstScenario = base.length;
  for (const s of scenarios) base.push(scenarioSheet(edition, { ...options, name: s.name, preset: s.preset, drivers: s.drivers }));
  if (wants('band')) base.push(bandSheet(edition, { ...options, ...(request.bandFactors ? { factors: request.bandFactors } : {}) }));
  if (!wants('compare') || scenarios.length === 0) return workbookPlan(edition, base, writtenAt);

  const planned = workbookPlan(edition, base, writtenAt);
  const offset = planned.length - base.length; // the parameter sheet, if it was put in front
  const names = plannedSheetNames(planned);
  // Read back each scenario sheet as written, under the name it gets in the file, as Excel's sheets are read.
  const reads = scenarios.map((s, i) => readScenarioDescription(edition, base[firstScenario + i]!, names[offset + firstScenario + i] ?? s.name));
  return workbookPlan(edition, [...planned, compareSheet(edition, reads, options)], writtenAt);
}
