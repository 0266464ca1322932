import type { SheetDescription } from '../core/sheets/types';
import type { WorkbookMeta } from './meta';
import { writeWorkbookWithReport, type WrittenWorkbook } from './writeWorkbook';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookFile {
  readonly blob: Blob;
  /** e.g. "AENM-begroting-OB2025-2026-11-23.xlsx" */
  readonly fileName: string;
  readonly sheets: WrittenWorkbook['sheets'];
}

/** A file name that says what and when, safe on every OS. */
export function workbookFileName(edition: string, date: string): string {
  return `AENM-begroting-${edition}-${date}.xlsx`.replace(/[^A-Za-z0-9._-]/g, '-');
}

/**
 * The workbook as a Blob, for the pane outside Office (a browser download)
 * or any other caller that wants a file rather than bytes. ExcelJS loads lazily.
 */
export async function workbookFile(descriptions: readonly SheetDescription[], meta: WorkbookMeta, date: string): Promise<WorkbookFile> {
  const { bytes, sheets } = await writeWorkbookWithReport(descriptions, meta);
  return { blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }), fileName: workbookFileName(meta.edition, date), sheets };
}
