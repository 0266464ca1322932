/** The Office.js adapter: writes core sheet descriptions into the open workbook. */
export { writeSheet, writeSheets, type WriteDeps, type WriteError, type WriteReport, type WriteResult } from './writeSheets';
export { activateSheetInExcel, readInventoryInExcel, writeSheetsInExcel, type RunDeps } from './run';
export { type WorkbookInventory, type WrittenSheetRecord } from './sheetRegistry';
export { requiredApiSets, apiSetMissing, type ApiNeeds, type ApiSetMissing } from './apiSets';
export type { ExcelContextLike } from './excelLike';
