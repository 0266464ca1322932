import { IND_PRODUCTS } from '../edition/products';
import { SINGLE_DRIVERS, YEAR_DRIVERS, type SingleDriverKey, type YearDriverKey } from '../chain/driverDeclarations';
import { ORGANISATIONS } from '../chain/types';
import { at } from './a1';

/**
 * Where everything sits on a chain scenario sheet, computed from the driver
 * declarations (src/core/chain/driverDeclarations.ts): adding a driver adds
 * a row here and nowhere else. The read-back (src/excel/readScenarios.ts),
 * the compare sheet and the tests find cells through this object.
 *
 * Columns: A label, B unit, C.. one per projection year, then a status/source column.
 */
export const SCENARIO_MARKER_V2 = 'AENM-scenario-keten';

const FIRST_YEAR_COLUMN = 3;

/** Output rows, per year; the scenario sheet writes a formula in each. */
export const OUTPUT_ROWS = [
  'asylumInflowEffective',
  'coaInflow',
  'coaOutflowEffective',
  'occupancy',
  'impliedStay',
  'littleBeds',
  ...IND_PRODUCTS.map((p) => `indVolume_${p}` as const),
  'indNeed',
  'nidosPupils',
  'nidosInCare',
  'nidosInflow',
  'nidosNeed',
  'coaNeed',
  ...ORGANISATIONS.flatMap((o) => [`${o}Budget`, `${o}Gap`, `${o}Cut`, `${o}Reversion`, `${o}Scenario`, `${o}Residual`] as const),
  'chainNeed',
  'chainBudget',
  'chainGap',
  'chainCut',
  'chainReversion',
  'chainScenario',
  'chainResidual',
  'odaIndex',
  'odaEstimate',
] as const;
export type OutputRow = (typeof OUTPUT_ROWS)[number];

function build() {
  let row = 6;
  const next = (): number => row++;
  const record = { edition: next(), preset: next(), priceVariant: next(), alignedThrough: next() };
  row++;
  const inputsHeader = next();
  const yearDriver = Object.fromEntries(YEAR_DRIVERS.map((d) => [d.key, next()])) as Record<YearDriverKey, number>;
  row++;
  const singlesHeader = next();
  const singleDriver = Object.fromEntries(SINGLE_DRIVERS.map((d) => [d.key, next()])) as Record<SingleDriverKey, number>;
  row++;
  const outputsHeader = next();
  const output = Object.fromEntries(OUTPUT_ROWS.map((k) => [k, next()])) as Record<OutputRow, number>;
  row++;
  return { record, inputsHeader, yearDriver, singlesHeader, singleDriver, outputsHeader, output, nextFree: row };
}
const rows = build();

export const SCENARIO_SHEET_LAYOUT = {
  marker: 'A2',
  name: 'B2',
  firstYearColumn: FIRST_YEAR_COLUMN,
  /** Value cells of the recorded settings (column C): edition id, preset, price variant, aligned-through year. */
  record: {
    edition: at(FIRST_YEAR_COLUMN, rows.record.edition),
    preset: at(FIRST_YEAR_COLUMN, rows.record.preset),
    priceVariant: at(FIRST_YEAR_COLUMN, rows.record.priceVariant),
    alignedThrough: at(FIRST_YEAR_COLUMN, rows.record.alignedThrough),
  },
  recordRows: rows.record,
  /** Header row of the per-year inputs: the years stand in its year columns. */
  inputsHeader: rows.inputsHeader,
  /** Row of each per-year driver; year i is in column firstYearColumn + i. */
  yearDriverRow: rows.yearDriver,
  singlesHeader: rows.singlesHeader,
  /** Row of each single driver; its value is in column firstYearColumn. */
  singleDriverRow: rows.singleDriver,
  outputsHeader: rows.outputsHeader,
  /** Row of each output; year i in column firstYearColumn + i. */
  outputRow: rows.output,
  /** First row after the outputs: the sheet places its reference, calibration, sensitivity and legend blocks from here. */
  blocksFrom: rows.nextFree,
} as const;

/** Address of a per-year driver's cell (year index from 0). */
export const yearDriverAddress = (key: YearDriverKey, yearIndex: number): string => at(FIRST_YEAR_COLUMN + yearIndex, SCENARIO_SHEET_LAYOUT.yearDriverRow[key]);
/** Address of an output cell (year index from 0). */
export const outputAddress = (key: OutputRow, yearIndex: number): string => at(FIRST_YEAR_COLUMN + yearIndex, SCENARIO_SHEET_LAYOUT.outputRow[key]);
/** Address of a single driver's cell. */
export const singleDriverAddress = (key: SingleDriverKey): string => at(FIRST_YEAR_COLUMN, SCENARIO_SHEET_LAYOUT.singleDriverRow[key]);
