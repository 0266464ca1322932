import type { Drivers, YearDrivers } from '../core';
import { columnLetter, isScenarioMarker, SCENARIO_LAYOUT as L } from '../core/sheets';

/**
 * Finds the scenario sheets in the workbook (marker text in A2) and reads
 * their drivers back from the input block, so "Scenario's vergelijken" works
 * on what is in the workbook now, including inputs a controller edited by
 * hand. Added by the task-pane engineer (the pane needs it; src/excel is the
 * only place that may read the workbook).
 */
export interface ReadRangeLike {
  values: unknown[][];
  load(properties: string): void;
}

export interface ScenarioReadContext {
  readonly workbook: {
    readonly worksheets: { items: { readonly name: string; getRange(address: string): ReadRangeLike }[]; load(properties: string): void };
  };
  sync(): Promise<void>;
}

export interface ScenarioOnSheet {
  readonly sheetName: string;
  readonly label: string;
  readonly drivers: Drivers;
}

/** Room for editions with more projection years than OB2025's five. */
const MAX_YEARS = 10;

export async function readScenarios(context: ScenarioReadContext): Promise<ScenarioOnSheet[]> {
  const { worksheets } = context.workbook;
  worksheets.load('items/name');
  await context.sync();
  const firstColumn = columnLetter(L.firstYearColumn);
  const lastColumn = columnLetter(L.firstYearColumn + MAX_YEARS - 1);
  const reads = worksheets.items.map((sheet) => {
    const head = sheet.getRange(`${L.marker}:${L.name}`);
    const block = sheet.getRange(`${firstColumn}${L.inputsHeader}:${lastColumn}${L.rows.cutApplied}`);
    head.load('values');
    block.load('values');
    return { sheetName: sheet.name, head, block };
  });
  await context.sync();
  return reads.flatMap(({ sheetName, head, block }) => {
    if (!isScenarioMarker(head.values[0]?.[0])) return [];
    const drivers = driversFromBlock(block.values);
    return drivers ? [{ sheetName, label: String(head.values[0]?.[1] ?? sheetName), drivers }] : [];
  });
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

/** The input block (header row + input rows, year columns) as Drivers; undefined if it is not readable. */
export function driversFromBlock(values: unknown[][]): Drivers | undefined {
  const row = (r: number): unknown[] => values[r - L.inputsHeader] ?? [];
  const years = row(L.inputsHeader).map(num).filter((y, i, all) => Number.isInteger(y) && y > 1900 && all.slice(0, i).every(Number.isInteger));
  if (years.length === 0) return undefined;
  const cell = (key: keyof typeof L.rows, i: number): number => num(row(L.rows[key])[i]);
  const yearDrivers = years.map(
    (year, i): YearDrivers => ({
      year,
      asylumInflow: cell('asylumInflow', i),
      coaInflow: cell('coaInflow', i),
      coaOutflow: cell('coaOutflow', i),
      stayMonths: cell('stayMonths', i),
      pricePerBed: cell('pricePerBed', i),
      indVolume: { asiel: cell('indVolume.asiel', i), regulier: cell('indVolume.regulier', i), naturalisatie: cell('indVolume.naturalisatie', i) },
      indPrice: { asiel: cell('indPrice.asiel', i), regulier: cell('indPrice.regulier', i), naturalisatie: cell('indPrice.naturalisatie', i) },
      indOther: cell('indOther', i),
      nidosPupils: cell('nidosPupils', i),
      nidosInCare: cell('nidosInCare', i),
      nidosInflow: cell('nidosInflow', i),
      nidosUnitCosts: { guidance: cell('nidosUnitCosts.guidance', i), care: cell('nidosUnitCosts.care', i), intake: cell('nidosUnitCosts.intake', i) },
    }),
  );
  const numbers = yearDrivers.flatMap((d) => [d.asylumInflow, d.coaInflow, d.coaOutflow, d.stayMonths, d.pricePerBed, d.indOther, d.nidosPupils]);
  if (!numbers.every(Number.isFinite)) return undefined;
  return { startOccupancy: num(row(L.rows.startOccupancy)[0]), cutApplied: num(row(L.rows.cutApplied)[0]) !== 0, years: yearDrivers };
}
