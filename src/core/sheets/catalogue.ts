import type { ChainDrivers } from '../chain/drivers';
import type { PresetName } from '../chain/types';
import type { Edition } from '../edition/types';
import { BAND_SHEET_NAME, bandSheet, type BandOptions } from './bandSheet';
import { COMPARE_SHEET_NAME, compareSheet } from './compareSheet';
import { cutsSheet, cutsSheetName } from './cutsSheet';
import { MPP_SHEET_NAME, mppSheet } from './mppSheet';
import { ODA_SHEET_NAME, odaSheet } from './odaSheet';
import { parametersSheet, parametersSheetName } from './parametersSheet';
import type { ScenarioRead } from './scenarioReadBack';
import { scenarioSheet } from './scenarioSheet';
import type { FormulaStyle, SheetDescription, SheetKind } from './types';

/** What one sheet is built from, besides its edition: the pane, the CLI, the refresh and the bench all ask in this shape. */
export interface SheetRequest {
  readonly formulaStyle: FormulaStyle;
  readonly writtenAt: string;
  /** A scenario sheet: the controller's name and drivers (preset, price variant and cut switch inside). */
  readonly scenario?: { readonly name: string; readonly preset?: PresetName; readonly drivers?: ChainDrivers };
  /** The comparison: the scenario sheets read back. */
  readonly scenarios?: readonly ScenarioRead[];
  /** The band sheet: factors to prefill (a refresh keeps the controller's); default the edition's. */
  readonly bandFactors?: BandOptions['factors'];
}

export interface SheetEntry {
  /** Part of "every sheet" (the CLI's default, the pane's full download); the parameter sheet joins by itself when 'excel' formulas name it. */
  readonly inDefaultWorkbook: boolean;
  readonly build: (edition: Edition, request: SheetRequest) => SheetDescription;
  /** The name the sheet is written under, by which a refresh finds it; none for scenario sheets (found by their marker cell). */
  readonly name: ((edition: Edition) => string) | null;
}

const options = (r: SheetRequest) => ({ formulaStyle: r.formulaStyle, writtenAt: r.writtenAt });

/**
 * Every sheet the add-in writes, declared once, in the order a workbook holds them. The pane's actions,
 * the CLI's --sheets, the .xlsx plan, the refresh and the bench derive from this table; a new sheet kind
 * does not type-check until it has its row here.
 */
export const SHEETS = {
  parameters: { inDefaultWorkbook: false, name: parametersSheetName, build: (e, r) => parametersSheet(e, { writtenAt: r.writtenAt }) },
  oda: { inDefaultWorkbook: true, name: () => ODA_SHEET_NAME, build: (e, r) => odaSheet(e, options(r)) },
  mpp: { inDefaultWorkbook: true, name: () => MPP_SHEET_NAME, build: (e, r) => mppSheet(e, options(r)) },
  cuts: { inDefaultWorkbook: true, name: cutsSheetName, build: (e, r) => cutsSheet(e, options(r)) },
  scenario: {
    inDefaultWorkbook: true,
    name: null,
    build: (e, r) => {
      if (!r.scenario) throw new Error('a scenario sheet needs a scenario');
      const { name, preset, drivers } = r.scenario;
      return scenarioSheet(e, { ...options(r), name, ...(preset ? { preset } : {}), ...(drivers ? { drivers } : {}) });
    },
  },
  band: { inDefaultWorkbook: true, name: () => BAND_SHEET_NAME, build: (e, r) => bandSheet(e, { ...options(r), ...(r.bandFactors ? { factors: r.bandFactors } : {}) }) },
  compare: { inDefaultWorkbook: true, name: () => COMPARE_SHEET_NAME, build: (e, r) => compareSheet(e, r.scenarios ?? [], options(r)) },
} as const satisfies Record<SheetKind, SheetEntry>;

/** The sheet kinds in workbook order. */
export const SHEET_KINDS = Object.keys(SHEETS) as readonly SheetKind[];

/** "Every sheet": the kinds in the default workbook. */
export const DEFAULT_WORKBOOK_SHEETS: readonly SheetKind[] = SHEET_KINDS.filter((k) => SHEETS[k].inDefaultWorkbook);

export const buildSheet = (kind: SheetKind, edition: Edition, request: SheetRequest): SheetDescription => SHEETS[kind].build(edition, request);
