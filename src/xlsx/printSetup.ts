import type { Worksheet } from 'exceljs';
import { headerFooterString, type PrintSetup } from '../core/sheets/print';

/** ExcelJS's (and the .xlsx format's) paper size code for A4 (ECMA-376 §18.3.1.63, ST_PaperSize 9). */
const PAPER_A4 = 9;
/** Excel's last column, XFD (16384); ExcelJS stores it zero-based as 16383. */
const LAST_COLUMN = 16384;

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
  // <brk id="r" max="16383" man="1"/>: a break below row r across every column, as Excel writes it
  // (without arguments ExcelJS 4.4 writes max="16838", past Excel's last column index 16383).
  for (const row of print.rowBreaks) sheet.getRow(row).addPageBreak(1, LAST_COLUMN);
}
