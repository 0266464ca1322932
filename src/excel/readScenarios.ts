import type { Edition } from '../core';
import { readScenarioValues, SCENARIO_READ_RANGE, type ReadScenario, type RefusedScenario } from '../core/sheets';

/**
 * Finds the scenario sheets in the open workbook (the layout's marker in A2)
 * and reads each back through the core's readScenarioValues, so "Scenario's
 * vergelijken" compares what is in the workbook now, hand edits included,
 * and names every sheet it cannot compare with the reason.
 *
 * Two context.sync() calls whatever the number of sheets: one for the sheet
 * names, one for the same rectangle (SCENARIO_READ_RANGE) of every sheet,
 * queued together. Office.js batches queued loads into one request until
 * sync (https://learn.microsoft.com/office/dev/add-ins/concepts/correlated-objects-pattern),
 * and a sync per sheet is what the guidance warns against. `values` gives
 * numbers, strings (also "" for a blank cell and "#VALUE!" for an error) and
 * booleans (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 * the core judges each.
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

/** Every sheet with a scenario marker: read, or refused with its reasons. Sheets without a marker are left out. */
export async function readScenarios(context: ScenarioReadContext, edition: Edition): Promise<(ReadScenario | RefusedScenario)[]> {
  const { worksheets } = context.workbook;
  worksheets.load('items/name');
  await context.sync();
  const reads = worksheets.items.map((sheet) => {
    const range = sheet.getRange(SCENARIO_READ_RANGE);
    range.load('values');
    return { sheetName: sheet.name, range };
  });
  await context.sync();
  return reads.flatMap(({ sheetName, range }) => {
    const read = readScenarioValues(edition, sheetName, range.values);
    return read.kind === 'none' ? [] : [read];
  });
}
