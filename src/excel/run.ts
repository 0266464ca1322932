import type { SheetDescription } from '../core/sheets/types';
import type { ExcelContextLike } from './excelLike';
import { writeSheets, type WriteDeps, type WriteResult } from './writeSheets';

/** The one place that calls Excel.run: the pane hands in the plan (core workbookPlan) and shows the result. */
export function writeSheetsInExcel(descriptions: readonly SheetDescription[], deps: WriteDeps = {}): Promise<WriteResult> {
  // Excel.RequestContext has the members ExcelContextLike names (with wider overloads); see excelLike.ts.
  return Excel.run((context) => writeSheets(context as unknown as ExcelContextLike, descriptions, deps));
}
