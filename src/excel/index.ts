/** The Office.js adapter: writes core sheet descriptions into the open workbook. */
export { writeSheet, writeSheets, type WriteDeps, type WriteError, type WriteReport, type WriteResult } from './writeSheets';
export { activateSheetInExcel, readInventoryInExcel, writeSheetsInExcel, type RunDeps } from './run';
export { type WorkbookInventory, type WrittenSheetRecord } from './sheetRegistry';
export { EXCEL_API_USED, highestExcelApiUsed, MANIFEST_EXCEL_API } from './apiSets';
export type { ExcelContextLike } from './excelLike';
