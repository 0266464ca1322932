import type { Worksheet } from 'exceljs';
import { headerFooterString, type PrintSetup } from '../core/sheets/print';

/** ExcelJS's (and the .xlsx format's) paper size code for A4 (ECMA-376 §18.3.1.63, ST_PaperSize 9). */
const PAPER_A4 = 9;

/**
 * The core print setup on an ExcelJS sheet: page setup, margins, header and
 * footer, manual row breaks. The print area and print titles are sheet
 * names, added to the package afterwards (printNames.ts).
 */
export function applyPrintSetup(sheet: Worksheet, print: PrintSetup): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    margins: { ...print.margins },
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddHeader: headerFooterString(print.header), oddFooter: headerFooterString(print.footer) };
  // ExcelJS writes <rowBreaks><brk id="r" man="1"/>: a break below row r.
  for (const row of print.rowBreaks) sheet.getRow(row).addPageBreak();
}
