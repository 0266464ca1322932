import { words } from '../core/sheets/text';
import type { SheetDescription, SheetKind } from '../core/sheets/types';
import type { WorkbookMeta } from './meta';
import { writeWorkbookWithReport, type WrittenWorkbook } from './writeWorkbook';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookFile {
  readonly blob: Blob;
  /** e.g. "AENM-OB2025-Scenario-Krimp-10-2026-12-01.xlsx" */
  readonly fileName: string;
  readonly sheets: WrittenWorkbook['sheets'];
}

/** What a file holding one kind of sheet is called. */
const CONTENT: Readonly<Record<Exclude<SheetKind, 'scenario'>, string>> = {
  oda: 'ODA-toerekening',
  mpp: 'MPP-kengetallen',
  cuts: 'Taakstelling',
  compare: 'Scenarios-vergelijken',
  band: 'Bandbreedte',
  parameters: 'Parameters',
};

/** Letters, digits, dot, dash and underscore only: "Krimp 10 (é)" → "Krimp-10-e". Safe on every OS and in a URL. */
const safe = (text: string): string =>
  words(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');

/**
 * What the file holds, from its sheets: one scenario "Scenario-Krimp-10", the
 * comparison (with the scenarios it compares) "Scenarios-vergelijken", one
 * kind of sheet by that kind ("Taakstelling"), more kinds "Werkmap". The
 * parameters sheet that comes along with 'excel' formulas does not count.
 */
export function fileContent(descriptions: readonly SheetDescription[]): string {
  const content = descriptions.filter((d) => d.kind !== 'parameters');
  const kinds = new Set(content.map((d) => d.kind));
  if (content.length === 0) return descriptions.length > 0 ? CONTENT.parameters : 'Werkmap';
  if (kinds.has('compare') && [...kinds].every((k) => k === 'compare' || k === 'scenario')) return CONTENT.compare;
  if (kinds.size > 1) return 'Werkmap';
  const only = content[0]!;
  if (only.kind !== 'scenario') return CONTENT[only.kind];
  return content.length === 1 ? only.name.replace(/^Scenario\s*/, 'Scenario ') : 'Scenarios';
}

/** "AENM-OB2025-Taakstelling-2026-12-01.xlsx": the add-in, the edition, what the file holds, the date. */
export function workbookFileName(edition: string, descriptions: readonly SheetDescription[], date: string): string {
  return `${['AENM', edition, fileContent(descriptions), date].map(safe).join('-')}.xlsx`;
}

/**
 * The workbook as a Blob, for the pane outside Office (a browser download)
 * or any other caller that wants a file rather than bytes. ExcelJS loads lazily.
 */
export async function workbookFile(descriptions: readonly SheetDescription[], meta: WorkbookMeta, date: string): Promise<WorkbookFile> {
  const { bytes, sheets } = await writeWorkbookWithReport(descriptions, meta);
  return { blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }), fileName: workbookFileName(meta.edition, descriptions, date), sheets };
}
