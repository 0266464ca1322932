import type { SheetDescription } from '../core/sheets/types';
import { finishPackage } from './finishPackage';
import { documentProperties, type WorkbookMeta } from './meta';
import { plannedSheetNames } from './sheetNames';
import { tableNamer } from './tableNames';
import { writeSheet, type SheetWriteReport } from './writeSheet';

export { plannedSheetNames };

export interface WrittenWorkbook {
  readonly bytes: Uint8Array;
  readonly sheets: SheetWriteReport[];
}

/**
 * ExcelJS is ~950 kB minified in the browser: loaded on first use, so the
 * pane's first render never waits for it (webpack makes it a separate chunk).
 */
async function loadExcelJs(): Promise<typeof import('exceljs')> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  return mod.default ?? mod;
}

/** Writes the descriptions, in order, into a new .xlsx; reports what each sheet became. */
export async function writeWorkbookWithReport(descriptions: readonly SheetDescription[], meta: WorkbookMeta): Promise<WrittenWorkbook> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  Object.assign(workbook, documentProperties(meta));
  // No full recalculation on load: every formula carries the core's cached value (tested
  // against the published tables and LibreOffice), and a forced recalculation in an Excel
  // where the add-in is not (yet) loaded would turn every AENM cell, and all that depends
  // on it, into #NAME?. See the README ("Het .xlsx-bestand: opgeslagen formules").
  workbook.calcProperties = { fullCalcOnLoad: false };
  const names = new Set<string>(descriptions.flatMap((d) => d.names.map((n) => n.name.toLowerCase())));
  const naming = { table: tableNamer(names), names: new Set<string>() };
  const sheetNames = plannedSheetNames(descriptions);
  const sheets = descriptions.map((d, i) => writeSheet(workbook, d, sheetNames[i] ?? d.name, naming, meta.language));
  const buffer = await workbook.xlsx.writeBuffer();
  const view = buffer as unknown as ArrayBuffer | Uint8Array;
  const written = view instanceof Uint8Array ? new Uint8Array(view.buffer, view.byteOffset, view.byteLength) : new Uint8Array(view);
  // ExcelJS cannot write charts (nor quote print names safely): added to the package it wrote.
  const bytes = await finishPackage(written, {
    charts: sheets.map((s) => ({ sheetName: s.sheetName, charts: s.chartModels })),
    print: sheets.map((s, i) => ({ sheetIndex: i, sheetName: s.sheetName, printArea: s.print.printArea, ...(s.print.titleRows ? { titleRows: s.print.titleRows } : {}) })),
  });
  return { bytes, sheets };
}

/** The .xlsx bytes of the descriptions; runs in Node and in the browser. */
export async function writeWorkbook(descriptions: readonly SheetDescription[], meta: WorkbookMeta): Promise<Uint8Array> {
  return (await writeWorkbookWithReport(descriptions, meta)).bytes;
}
