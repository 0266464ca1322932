import type { SheetDescription } from '../core/sheets/types';

/**
 * Which ExcelApi requirement set each thing the adapter writes needs (from
 * the @types/office-js doc comments):
 *  1.1  worksheets.add, worksheets/tables/names .load('items/name'), getRange,
 *       range.formulas, range.numberFormat, range.format.font/fill,
 *       worksheet.tables.add (string address), table.name/style/showTotals,
 *       worksheet.charts.add, chart.title.text, chart.setPosition
 *  1.2  range.format.columnWidth
 *  1.4  workbook.names.add
 *  1.7  worksheet.freezePanes (freezeAt, freezeRows) — optional: skipped below 1.7
 *  1.1  chart.axes.categoryAxis/valueAxis.title.text
 *  1.9  worksheet.pageLayout (orientation, paperSize, zoom, margins,
 *       setPrintArea, setPrintTitleRows, headersFooters),
 *       worksheet.horizontalPageBreaks.add — optional: skipped below 1.9
 *       (every host SharedRuntime 1.1 admits has ExcelApi 1.11)
 */
export interface ApiNeeds {
  /** The lowest ExcelApi version that writes the sheet at all. */
  readonly required: string;
  /** Features skipped (with a warning) when the host lacks their version. */
  readonly optional: readonly { readonly version: string; readonly feature: string }[];
}

const newer = (a: string, b: string): string => (Number(a.split('.')[1]) >= Number(b.split('.')[1]) ? a : b);

export function requiredApiSets(description: SheetDescription): ApiNeeds {
  let required = '1.1';
  if (Object.keys(description.columnWidths).length > 0) required = newer(required, '1.2');
  if (description.names.length > 0) required = newer(required, '1.4');
  return {
    required,
    optional: [...(description.freeze ? [{ version: '1.7', feature: 'titels blokkeren (freeze panes)' }] : []), { version: '1.9', feature: 'afdrukinstelling (pageLayout)' }],
  };
}

/** The pane shows `message` as is. */
export interface ApiSetMissing {
  readonly kind: 'apiSetMissing';
  readonly set: 'ExcelApi';
  readonly version: string;
  readonly message: string;
}

const HOST: Readonly<Record<string, string>> = { '1.1': 'Excel 2016', '1.2': 'Excel 2016', '1.4': 'Excel 2016 (bĳgewerkt) of nieuwer', '1.7': 'Excel 2019 / Microsoft 365' };

export const apiSetMissing = (version: string): ApiSetMissing => ({
  kind: 'apiSetMissing',
  set: 'ExcelApi',
  version,
  message: `Deze functie vraagt ${HOST[version] ?? 'een nieuwere Excel'} of nieuwer / ExcelApi ${version}. Werk Excel bĳ of gebruik Excel op het web.`,
});
