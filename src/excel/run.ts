import type { SheetDescription } from '../core/sheets/types';
import { activateSheet, type ActivateContext } from './activateSheet';
import type { ExcelContextLike } from './excelLike';
import { readInventory, recordWrittenSheets, type RegistryContext, type WorkbookInventory } from './sheetRegistry';
import { writeSheets, type WriteDeps, type WriteResult } from './writeSheets';

export interface RunDeps extends WriteDeps {
  /** ISO date-time recorded with each written sheet; default now. */
  readonly now?: () => string;
}

/** Records written sheets in the registry at `deps.now` (default now): after a write here, and after a refresh (refreshRun.ts). */
export const recordWritten = (context: Excel.RequestContext, descriptions: readonly SheetDescription[], reports: Parameters<typeof recordWrittenSheets>[2], deps: RunDeps): Promise<void> =>
  recordWrittenSheets(context as unknown as RegistryContext, descriptions, reports, deps.now?.() ?? new Date().toISOString());

/**
 * Excel.run for a write (refreshRun.ts has the refresh's): the pane hands in the plan (core
 * workbookPlan) and shows the result. After a successful write the written
 * sheets are recorded in the workbook (sheetRegistry.ts) in the same run
 * (custom XML parts, ExcelApi 1.5: every host the manifest admits has it, so
 * nothing is checked; apiSets.ts).
 */
export function writeSheetsInExcel(descriptions: readonly SheetDescription[], deps: RunDeps = {}): Promise<WriteResult> {
  // Excel.RequestContext has the members ExcelContextLike names (with wider overloads); see excelLike.ts.
  return Excel.run(async (context) => {
    const result = await writeSheets(context as unknown as ExcelContextLike, descriptions, deps);
    if (result.ok) await recordWritten(context, descriptions, result.value.sheets, deps);
    return result;
  });
}

export function readInventoryInExcel(): Promise<WorkbookInventory> {
  return Excel.run((context) => readInventory(context as unknown as RegistryContext));
}

export function activateSheetInExcel(sheetName: string): Promise<boolean> {
  return Excel.run((context) => activateSheet(context as unknown as ActivateContext, sheetName));
}
