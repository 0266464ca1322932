import type JSZip from 'jszip';
import { text } from './charts/addCharts';
import { escapeXml } from './charts/xml';

/**
 * The print area and print titles of each sheet, as the sheet-scoped defined
 * names _xlnm.Print_Area and _xlnm.Print_Titles (ECMA-376 §18.2.6). Written
 * here rather than through ExcelJS's pageSetup.printArea/printTitlesRow:
 * ExcelJS 4.4 quotes the sheet name without doubling an apostrophe, so
 * "Scenario's vergelijken" would get a broken reference.
 */
export interface PrintNames {
  /** Zero-based position of the sheet in the workbook (localSheetId). */
  readonly sheetIndex: number;
  readonly sheetName: string;
  /** "A1:H181". */
  readonly printArea: string;
  /** 1-based rows repeated on every page. */
  readonly titleRows?: { readonly first: number; readonly last: number };
}

const quoted = (sheetName: string): string => `'${sheetName.replace(/'/g, "''")}'!`;
const absoluteRange = (range: string): string => range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

export function printDefinedNames(sheets: readonly PrintNames[]): string {
  return sheets
    .map((s) => {
      const area = `<definedName name="_xlnm.Print_Area" localSheetId="${s.sheetIndex}">${escapeXml(quoted(s.sheetName) + absoluteRange(s.printArea))}</definedName>`;
      const titles = s.titleRows ? `<definedName name="_xlnm.Print_Titles" localSheetId="${s.sheetIndex}">${escapeXml(`${quoted(s.sheetName)}$${s.titleRows.first}:$${s.titleRows.last}`)}</definedName>` : '';
      return area + titles;
    })
    .join('');
}

/** Adds the names to xl/workbook.xml: into <definedNames>, or a new one where CT_Workbook puts it (before <calcPr>). */
export async function addPrintNames(zip: JSZip, sheets: readonly PrintNames[]): Promise<void> {
  if (sheets.length === 0) return;
  const workbook = await text(zip, 'xl/workbook.xml');
  if (/_xlnm\.Print_(Area|Titles)/.test(workbook)) throw new Error('xlsx: the workbook already has print names');
  const names = printDefinedNames(sheets);
  let updated: string;
  if (workbook.includes('</definedNames>')) updated = workbook.replace('</definedNames>', `${names}</definedNames>`);
  else {
    const at = ['<calcPr', '<oleSize', '<customWorkbookViews', '<pivotCaches', '<extLst', '</workbook>'].map((t) => workbook.indexOf(t)).filter((i) => i >= 0);
    if (at.length === 0) throw new Error('xlsx: no </workbook> in xl/workbook.xml');
    const i = Math.min(...at);
    updated = `${workbook.slice(0, i)}<definedNames>${names}</definedNames>${workbook.slice(i)}`;
  }
  zip.file('xl/workbook.xml', updated);
}
