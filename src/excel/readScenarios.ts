import { DEFAULT_EDITION, type Drivers, type Edition } from '../core';
import { columnLetter, isScenarioMarker, parseAddress, readScenarioCells, SCENARIO_SHEET_LAYOUT as L } from '../core/sheets';

/**
 * Finds the scenario sheets in the workbook (marker text in A2) and reads
 * their drivers back by the layout (readScenarioCells in core), so "Scenario's vergelijken" works
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

/** Enough columns for editions with more projection years than OB2025's five. */
const MAX_YEARS = 10;

export async function readScenarios(context: ScenarioReadContext, edition: Edition = DEFAULT_EDITION): Promise<ScenarioOnSheet[]> {
  const { worksheets } = context.workbook;
  worksheets.load('items/name');
  await context.sync();
  const lastRow = Math.max(...Object.values(L.singleDriverRow));
  const lastColumn = columnLetter(L.firstYearColumn + MAX_YEARS - 1);
  const reads = worksheets.items.map((sheet) => {
    const block = sheet.getRange(`A1:${lastColumn}${lastRow}`);
    block.load('values');
    return { sheetName: sheet.name, block };
  });
  await context.sync();
  return reads.flatMap(({ sheetName, block }) => {
    const cell = (address: string): unknown => {
      const { column, row } = parseAddress(address);
      return block.values[row - 1]?.[column - 1];
    };
    if (!isScenarioMarker(cell(L.marker))) return [];
    const read = readScenarioCells(cell, edition);
    return read.ok ? [{ sheetName, label: read.name || sheetName, drivers: read.drivers }] : [];
  });
}
