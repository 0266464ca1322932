import type { Edition, Language } from '../../core';
import type { ReadScenario, RefusedScenario, SheetDescription, SheetKind } from '../../core/sheets';
import type { ThemeName } from '../host/theme';
import type { FormulaStyle } from '../../core/sheets/types';
import type { RefreshFailure, RefreshResult } from '../../excel/refreshSheets';

/** "Refresh to <edition>" (src/excel/refreshSheets.ts): what the pane shows; a type only, the code is a lazy chunk. */
export type RefreshOutcome = Omit<Extract<RefreshResult, { ok: true }>, 'written'> | { readonly ok: false; readonly failure: RefreshFailure };

export interface RefreshRequest {
  readonly to: Edition;
  /** The sheets to write again (refreshTargets.ts). */
  readonly sheetNames: readonly string[];
  readonly formulaStyle: FormulaStyle;
  readonly settings?: WriteSettings;
}

/** What one sheet write did, as the pane shows it. */
export interface WrittenSheet {
  readonly wanted: string;
  /** The name actually used (a collision gives "X (2)"). */
  readonly sheetName: string;
  /** The parameters sheet is skipped when the workbook already holds all its names. */
  readonly skipped: boolean;
  readonly ranges: readonly string[];
  readonly tables: readonly string[];
  readonly charts: readonly string[];
  readonly names: readonly string[];
}

export type WriteFailure = { readonly kind: 'noScenarios' } | { readonly kind: 'excel'; readonly message: string };

export type WriteOutcome =
  | {
      readonly ok: true;
      readonly sheets: readonly WrittenSheet[];
      /** Outside Excel: the .xlsx file offered for download. */
      readonly download?: string;
      /** "Scenario's vergelijken": the scenario sheets it could not compare, with the reasons (also listed on the sheet). */
      readonly refused?: readonly RefusedScenario[];
    }
  | { readonly ok: false; readonly failure: WriteFailure };

/**
 * A scenario sheet found in the workbook (by its marker), read back through
 * the core's readScenarioValues: its drivers, or why it cannot be compared.
 */
export type ScenarioInWorkbook = ReadScenario | RefusedScenario;

export type ScenarioListing = { readonly ok: true; readonly scenarios: readonly ScenarioInWorkbook[] } | { readonly ok: false; readonly failure: WriteFailure };

/** What the Werkmap view shows (src/excel/sheetRegistry.ts reads it). */
export interface WorkbookInventory {
  readonly sheets: readonly {
    readonly sheetName: string;
    readonly kind: SheetKind;
    readonly title: string;
    readonly edition: string;
    readonly formulaStyle: string;
    readonly writtenAt: string;
    readonly present: boolean;
  }[];
  readonly scenarios: readonly { readonly sheetName: string; readonly label: string }[];
}

export type InventoryResult = { readonly ok: true; readonly inventory: WorkbookInventory } | { readonly ok: false; readonly failure: WriteFailure };

/** The workbook as the pane sees it; the wiring backs it with src/excel. */
/** How sheets are written, from the pane's settings. */
export interface WriteSettings {
  /** Protect each written sheet without a password; only the input cells stay editable. Off by default. */
  readonly protect?: boolean;
}

export interface WorkbookWriter {
  write(descriptions: readonly SheetDescription[], settings?: WriteSettings): Promise<WriteOutcome>;
  /** The scenario sheets in the workbook, read for `edition`: a sheet that records another edition is refused with that reason, never mixed in. */
  listScenarios(edition: Edition): Promise<ScenarioListing>;
  /** Makes a written sheet the active one; absent outside Excel (a download has no sheet to go to). */
  activate?(sheetName: string): Promise<boolean>;
  /** The Werkmap view; absent outside Excel. */
  inventory?(): Promise<InventoryResult>;
  /** Writes the add-in's sheets again from another edition, in place, the controller's inputs kept; absent outside Excel. */
  refresh?(request: RefreshRequest): Promise<RefreshOutcome>;
}

/** What the pane needs to know about where it runs. */
export interface HostInfo {
  readonly inExcel: boolean;
  /** Office.js did not load: download mode, with a one-line notice. */
  readonly officeUnavailable?: boolean;
  readonly language: Language;
  readonly theme: ThemeName;
}

/** Everything a component may use, created once in wiring.ts and passed down. */
export interface Services {
  /** The edition the pane works in: the one chosen (App), at first the wiring's default. */
  readonly edition: Edition;
  /** The editions the pane offers (wiring: every edition the add-in knows); absent = `edition` only. */
  readonly editions?: readonly Edition[];
  readonly host: HostInfo;
  readonly workbook: WorkbookWriter;
  /** ISO date written on the sheets; a function so tests can fix it. */
  today(): string;
  /** The pane's write settings (PaneSettings); absent = defaults. */
  readonly settings?: WriteSettings;
}
