/**
 * The Excel JavaScript API members this adapter uses and the ExcelApi
 * requirement set of each (Microsoft's reference pages; the @types/office-js
 * doc comments say the same). The manifest declares the highest of them as
 * its minimum (<Set Name="ExcelApi" MinVersion="1.9"/>) next to SharedRuntime
 * 1.1, so Office does not install the add-in where any of them is missing and
 * no run-time check is needed — nor kept, since it could never fail:
 *
 *  - SharedRuntime 1.1 (https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets)
 *    exists in Excel for Microsoft 365 on Windows from Version 2002 (Build 12527.20092),
 *    Excel 2021 (Version 2108), Excel on Mac 16.35 and Excel on the web. Excel 2016 and
 *    2019 (retail or volume-licensed) do not have it and cannot install the add-in at all.
 *  - Each of those has far more than ExcelApi 1.9
 *    (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets:
 *    1.9 is Version 1903, Mac 16.24; Excel 2021 has 1.14), so declaring 1.9 narrows nothing.
 *  - For the record: volume-licensed Excel 2016 has ExcelApi 1.1 only, Excel 2019 1.8.
 */
export const MANIFEST_EXCEL_API = '1.9';

export const EXCEL_API_USED: readonly { readonly member: string; readonly version: string }[] = [
  { member: 'worksheets.add / load items, getRange, range.formulas, range.numberFormat, format.font / fill', version: '1.1' },
  { member: 'worksheet.tables.add, table.name / style / showTotals', version: '1.1' },
  { member: 'worksheet.charts.add, chart.title, chart.setPosition', version: '1.1' },
  { member: 'worksheet.activate, worksheet.delete', version: '1.1' },
  { member: 'range.format.columnWidth', version: '1.2' },
  { member: 'workbook.names.add, names/worksheets.getItemOrNullObject, namedItem.delete', version: '1.4' },
  { member: 'workbook.customXmlParts (written-sheet registry)', version: '1.5' },
  { member: "range.format.protection.locked, worksheet.protection.protect (the pane's setting)", version: '1.2' },
  { member: 'range.conditionalFormats.add (cellValue: a gap turns red)', version: '1.6' },
  { member: 'worksheet.freezePanes.freezeAt / freezeRows', version: '1.7' },
  { member: 'range.dataValidation (rule, prompt, errorAlert on input cells)', version: '1.8' },
  { member: 'chart.axes.categoryAxis / valueAxis.title', version: '1.1' },
  { member: 'refresh in place: worksheets.getItem, worksheet.name (rename), range.clear, tables/charts load + delete', version: '1.1' },
  { member: 'refresh in place: worksheet.protection.unprotect, worksheet.getUsedRange(valuesOnly)', version: '1.2' },
  { member: 'refresh in place: conditionalFormats.clearAll', version: '1.6' },
  { member: 'refresh in place: freezePanes.unfreeze', version: '1.7' },
  { member: 'refresh in place: dataValidation.clear', version: '1.8' },
  { member: 'refresh in place: horizontalPageBreaks.removePageBreaks', version: '1.9' },
  { member: 'worksheet.pageLayout (paper, orientation, zoom, margins, print area, print title rows, headersFooters), horizontalPageBreaks.add', version: '1.9' },
];

const minor = (version: string): number => Number(version.split('.')[1]);

/** The highest ExcelApi version the adapter uses: what the manifest must declare. */
export const highestExcelApiUsed = (): string => EXCEL_API_USED.reduce((a, b) => (minor(b.version) > minor(a) ? b.version : a), '1.1');
