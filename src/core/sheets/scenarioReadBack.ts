import { localNumber } from './text';
import { SINGLE_DRIVERS, YEAR_DRIVERS, type DriverDeclaration, type SingleDriverKey, type YearDriverKey } from '../chain/driverDeclarations';
import type { ChainDrivers } from '../chain/drivers';
import { PRESETS, PRICE_VARIANTS, type PresetName, type PriceVariant } from '../chain/types';
import type { Language } from '../edition/messages';
import type { Edition } from '../edition/types';
import { at, parseAddress, valueAt } from './a1';
import { SCENARIO_MARKER_V2, SCENARIO_SHEET_LAYOUT as L } from './chainLayout';
import { editionCell, readEditionCell } from './editionCell';
/** The marker of the scenario layout before the chain model (sheets written by the first version): refused with advice. */
export const LEGACY_SCENARIO_MARKER = 'AENM-scenario';
const SCENARIO_MARKER = LEGACY_SCENARIO_MARKER;
import type { SheetDescription } from './types';

/**
 * Reads a chain scenario sheet back from its cell values (issue 9, issue 12
 * item 7). Pure: the Office.js adapter (src/excel/readScenarios.ts) and the
 * .xlsx/download path hand it the values of SCENARIO_READ_RANGE and get the
 * drivers and recorded settings, or the reasons the sheet cannot be compared.
 * Where a cell is depends only on the layout (chainLayout.ts), so a sheet a
 * controller edited by hand is read as edited.
 */

/** Room for editions with more projection years than OB2025's five (and for sheets with too many). */
export const MAX_SCENARIO_YEARS = 10;

const LAST_ROW = Math.max(parseAddress(L.marker).row, parseAddress(L.name).row, ...Object.values(L.recordRows), L.inputsHeader, ...Object.values(L.yearDriverRow), ...Object.values(L.singleDriverRow));
const LAST_COLUMN = L.firstYearColumn + MAX_SCENARIO_YEARS - 1;

/** The one rectangle read from every sheet (from A1): marker, name, recorded settings, year header and every driver. */
export const SCENARIO_READ_RANGE = `A1:${at(LAST_COLUMN, LAST_ROW)}`;

/** What a read cell may hold: Office.js `values` give numbers, strings (also "" for empty and "#VALUE!" for errors) and booleans. */
export type CellValue = unknown;

export interface RecordedSettings {
  readonly edition: string;
  readonly preset: PresetName;
  readonly priceVariant: PriceVariant;
  readonly alignedThrough: number;
}

/** One reason a scenario sheet is not compared; `cell` is the A1 address on that sheet. */
export type ReadProblem =
  | { readonly kind: 'legacyLayout' }
  | { readonly kind: 'edition'; readonly cell: string; readonly found: string; readonly expected: string }
  | { readonly kind: 'setting'; readonly cell: string; readonly setting: 'preset' | 'priceVariant' | 'alignedThrough'; readonly found: string; readonly expected: string }
  | { readonly kind: 'noYears'; readonly cell: string }
  | { readonly kind: 'duplicateYear'; readonly cell: string; readonly year: number }
  | { readonly kind: 'years'; readonly found: readonly number[]; readonly expected: readonly number[] }
  | { readonly kind: 'text'; readonly cell: string; readonly driver: string; readonly year?: number; readonly found: string }
  | { readonly kind: 'empty'; readonly cell: string; readonly driver: string; readonly year?: number }
  | { readonly kind: 'boolean'; readonly cell: string; readonly driver: string; readonly year?: number; readonly found: boolean }
  /** The drivers read fine but the model cannot project them (e.g. the outflow empties the reception below zero). */
  | { readonly kind: 'projection'; readonly message: string }
  | { readonly kind: 'limits'; readonly cell: string; readonly driver: string; readonly year?: number; readonly found: number; readonly min: number; readonly max: number; readonly whole: boolean };

export type ScenarioRead =
  /** No scenario marker in A2: an ordinary sheet. */
  | { readonly kind: 'none'; readonly sheetName: string }
  | { readonly kind: 'ok'; readonly sheetName: string; readonly label: string; readonly drivers: ChainDrivers; readonly recorded: RecordedSettings }
  | { readonly kind: 'refused'; readonly sheetName: string; readonly label: string; readonly problems: readonly ReadProblem[] };

export type ReadScenario = Extract<ScenarioRead, { kind: 'ok' }>;
export type RefusedScenario = Extract<ScenarioRead, { kind: 'refused' }>;

const cellOf = (values: readonly (readonly CellValue[])[], address: string): CellValue => valueAt(values, address);

const isEmpty = (v: CellValue): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const text = (v: CellValue): string => (isEmpty(v) ? '' : String(v).trim());

/** A year header: a whole number, or a text of four digits (headers of Excel tables are text). */
function yearOf(v: CellValue): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*\d{4}\s*$/.test(v)) return Number(v);
  return undefined;
}

/** Reads one driver cell: a finite number within the declaration's limits, or a problem. Text is never converted. */
function driverNumber(v: CellValue, d: DriverDeclaration, cell: string, year: number | undefined, problems: ReadProblem[]): number {
  const where = { cell, driver: d.label.nl, ...(year !== undefined ? { year } : {}) };
  if (isEmpty(v)) problems.push({ kind: 'empty', ...where });
  else if (typeof v === 'boolean') problems.push({ kind: 'boolean', ...where, found: v });
  else if (typeof v !== 'number') problems.push({ kind: 'text', ...where, found: String(v).slice(0, 80) });
  else {
    const { min, max, whole } = d.limits;
    if (!Number.isFinite(v) || v < min || v > max || (whole && !Number.isInteger(v))) problems.push({ kind: 'limits', ...where, found: v, min, max, whole });
    else return v;
  }
  return NaN;
}

/**
 * The drivers and recorded settings of one sheet, from the values of
 * SCENARIO_READ_RANGE (row 1 = sheet row 1, column 0 = column A). A sheet
 * whose edition, settings or year header differ from this edition, or whose
 * inputs hold text, booleans, blanks or values outside the driver limits is
 * refused with every reason found, never read half.
 */
export function readScenarioValues(edition: Edition, sheetName: string, values: readonly (readonly CellValue[])[]): ScenarioRead {
  const marker = text(cellOf(values, L.marker));
  const label = text(cellOf(values, L.name)) || sheetName;
  if (marker === SCENARIO_MARKER) return { kind: 'refused', sheetName, label, problems: [{ kind: 'legacyLayout' }] };
  if (marker !== SCENARIO_MARKER_V2) return { kind: 'none', sheetName };
  const refuse = (problems: readonly ReadProblem[]): ScenarioRead => ({ kind: 'refused', sheetName, label, problems });

  // The recorded edition first: another edition's sheet has other years and drivers, so nothing else is read.
  const editionId = readEditionCell('scenario', values);
  if (editionId !== edition.id) return refuse([{ kind: 'edition', cell: editionCell('scenario'), found: editionId, expected: edition.id }]);

  const problems: ReadProblem[] = [];
  const presetText = text(cellOf(values, L.record.preset)).toLowerCase();
  const preset = PRESETS.find((p) => p === presetText);
  if (!preset) problems.push({ kind: 'setting', cell: L.record.preset, setting: 'preset', found: text(cellOf(values, L.record.preset)), expected: PRESETS.join(', ') });
  const variantText = text(cellOf(values, L.record.priceVariant)).toUpperCase();
  const priceVariant = PRICE_VARIANTS.find((p) => p === variantText);
  if (!priceVariant) problems.push({ kind: 'setting', cell: L.record.priceVariant, setting: 'priceVariant', found: text(cellOf(values, L.record.priceVariant)), expected: PRICE_VARIANTS.join(', ') });
  const alignedThrough = yearOf(cellOf(values, L.record.alignedThrough));
  if (alignedThrough !== edition.chain.alignedThrough)
    problems.push({ kind: 'setting', cell: L.record.alignedThrough, setting: 'alignedThrough', found: text(cellOf(values, L.record.alignedThrough)), expected: String(edition.chain.alignedThrough) });

  // Year header: the filled cells from the first year column on, read until the first blank.
  const years: number[] = [];
  for (let c = L.firstYearColumn; c <= LAST_COLUMN; c++) {
    const v = cellOf(values, at(c, L.inputsHeader));
    if (isEmpty(v)) break;
    const year = yearOf(v);
    if (year === undefined) {
      // Text after the years is the sheet's own status/source column; text where the first year belongs is a defect.
      if (years.length === 0) problems.push({ kind: 'text', cell: at(c, L.inputsHeader), driver: 'jaartal', found: text(v).slice(0, 80) });
      break;
    }
    if (years.includes(year)) problems.push({ kind: 'duplicateYear', cell: at(c, L.inputsHeader), year });
    years.push(year);
  }
  const expected = edition.projectionYears;
  const headerRefused = problems.some((p) => p.kind === 'text');
  if (years.length === 0 && !headerRefused) problems.push({ kind: 'noYears', cell: at(L.firstYearColumn, L.inputsHeader) });
  else if (years.length > 0 && years.join() !== expected.join() && !problems.some((p) => p.kind === 'duplicateYear')) problems.push({ kind: 'years', found: years, expected });
  // Without the edition's years the driver columns mean nothing: say so and stop.
  if (years.join() !== expected.join()) return refuse(problems);

  const year = {} as Record<YearDriverKey, number[]>;
  for (const d of YEAR_DRIVERS) {
    year[d.key] = expected.map((y, i) => {
      const cell = at(L.firstYearColumn + i, L.yearDriverRow[d.key]);
      return driverNumber(cellOf(values, cell), d, cell, y, problems);
    });
  }
  const single = {} as Record<SingleDriverKey, number>;
  for (const d of SINGLE_DRIVERS) {
    const cell = at(L.firstYearColumn, L.singleDriverRow[d.key]);
    single[d.key] = driverNumber(cellOf(values, cell), d, cell, undefined, problems);
  }
  if (problems.length > 0 || !preset || !priceVariant || alignedThrough === undefined) return refuse(problems);
  const drivers: ChainDrivers = { edition: edition.id, years: [...expected], preset, priceVariant, year, single };
  return { kind: 'ok', sheetName, label, drivers, recorded: { edition: edition.id, preset, priceVariant, alignedThrough } };
}

/**
 * The values a sheet description puts in SCENARIO_READ_RANGE (constants, and
 * formulas' cached values): what a workbook written from it holds before
 * anyone edits it. The .xlsx and download paths read their scenario sheets
 * through this and readScenarioValues, the same way Excel's are read.
 */
export function descriptionValues(description: SheetDescription): CellValue[][] {
  const values: CellValue[][] = Array.from({ length: LAST_ROW }, () => Array.from({ length: LAST_COLUMN }, () => ''));
  for (const cell of description.cells) {
    const { column, row } = parseAddress(cell.address);
    if (row > LAST_ROW || column > LAST_COLUMN) continue;
    values[row - 1]![column - 1] = cell.formula !== undefined ? (cell.cached ?? '') : (cell.value ?? '');
  }
  return values;
}

/** Reads a sheet description as the workbook will hold it, under the name it actually gets. */
export const readScenarioDescription = (edition: Edition, description: SheetDescription, sheetName: string = description.name): ScenarioRead => readScenarioValues(edition, sheetName, descriptionValues(description));

const yearPart = (year: number | undefined): string => (year === undefined ? '' : ` ${year}`);
const num = (n: number, language: Language): string => (Math.abs(n) >= 1e15 || !Number.isFinite(n) ? String(n) : localNumber(n, language));

/** One reason in words, naming the cell and what to do. */
export function readProblemText(p: ReadProblem, language: Language = 'nl'): string {
  const nl = language === 'nl';
  switch (p.kind) {
    case 'legacyLayout':
      return nl
        ? `geschreven door een eerdere versie van de invoegtoepassing (marker "${SCENARIO_MARKER}", oude indeling); schrijf het scenario opnieuw`
        : `written by an earlier version of the add-in (marker "${SCENARIO_MARKER}", old layout); write the scenario again`;
    case 'edition':
      return nl
        ? `editie ${p.found === '' ? '(leeg)' : `"${p.found}"`} in ${p.cell}, de invoegtoepassing rekent met ${p.expected}: niet vergelijkbaar`
        : `edition ${p.found === '' ? '(empty)' : `"${p.found}"`} in ${p.cell}, the add-in uses ${p.expected}: not comparable`;
    case 'setting': {
      const what = { preset: nl ? 'uitgangspunt' : 'preset', priceVariant: nl ? 'prijsvariant' : 'price variant', alignedThrough: nl ? 'afgestemd t/m' : 'aligned through' }[p.setting];
      return nl ? `${what} "${p.found}" in ${p.cell} is onbekend; verwacht ${p.expected}` : `${what} "${p.found}" in ${p.cell} is not known; expected ${p.expected}`;
    }
    case 'noYears':
      return nl ? `geen jaartallen in de kop (${p.cell})` : `no years in the header (${p.cell})`;
    case 'duplicateYear':
      return nl ? `jaar ${p.year} staat twee keer in de kop (${p.cell})` : `year ${p.year} appears twice in the header (${p.cell})`;
    case 'years':
      return nl ? `jaren ${p.found.join(', ')} in de kop; deze editie rekent ${p.expected.join(', ')}: blad niet vergeleken` : `years ${p.found.join(', ')} in the header; this edition projects ${p.expected.join(', ')}: sheet not compared`;
    case 'text':
      return nl ? `tekst "${p.found}" in ${p.cell} (${p.driver}${yearPart(p.year)}): vul een getal in` : `text "${p.found}" in ${p.cell} (${p.driver}${yearPart(p.year)}): enter a number`;
    case 'empty':
      return nl ? `${p.cell} (${p.driver}${yearPart(p.year)}) is leeg` : `${p.cell} (${p.driver}${yearPart(p.year)}) is empty`;
    case 'boolean':
      return nl ? `${p.found ? 'WAAR' : 'ONWAAR'} in ${p.cell} (${p.driver}${yearPart(p.year)}): vul een getal in` : `${p.found ? 'TRUE' : 'FALSE'} in ${p.cell} (${p.driver}${yearPart(p.year)}): enter a number`;
    case 'projection':
      return nl ? `niet door te rekenen: ${p.message}` : `cannot be projected: ${p.message}`;
    case 'limits':
      return nl
        ? `${num(p.found, language)} in ${p.cell} (${p.driver}${yearPart(p.year)}) valt buiten de grenzen ${num(p.min, language)} t/m ${num(p.max, language)}${p.whole ? ', geheel getal' : ''}`
        : `${num(p.found, language)} in ${p.cell} (${p.driver}${yearPart(p.year)}) is outside the limits ${num(p.min, language)} to ${num(p.max, language)}${p.whole ? ', whole number' : ''}`;
  }
}
