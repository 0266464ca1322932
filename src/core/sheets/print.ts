import { columnLetter, parseAddress, parseRange } from './a1';
import type { SheetDescription } from './types';

/**
 * How a sheet prints, described once and applied by both adapters (ExcelJS
 * pageSetup/headerFooter/print titles in src/xlsx, worksheet.pageLayout in
 * src/excel): A4, one page wide, the orientation by the sheet's width, a
 * print area over everything the sheet holds, the column-header row
 * repeated, header and footer naming the sheet, its source and edition,
 * and manual page breaks so that no block (a run of rows without a blank
 * row: a table, a chart's data, a legend) or chart breaks across pages
 * where it fits on one.
 */
export type PrintLanguage = 'nl' | 'en';

export interface PrintSetup {
  readonly paperSize: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Fit to one page wide, as many pages tall as needed. */
  readonly fitToWidth: 1;
  readonly fitToHeight: 0;
  /** "A1:H181": everything the sheet holds, its charts included. */
  readonly printArea: string;
  /** The column-header row repeated at the top of every page (1-based, inclusive), if the sheet has one. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** A page break after each of these rows (1-based). */
  readonly rowBreaks: readonly number[];
  /** Header and footer in Excel's code syntax (&P page, &N pages, && a literal &); left, centre, right. */
  readonly header: { readonly left: string; readonly center: string; readonly right: string };
  readonly footer: { readonly left: string; readonly center: string; readonly right: string };
  /** Margins in inches, as Excel and ExcelJS take them. */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  /** The scale the page will print at (fit to width), estimated from the column widths: what the breaks were computed with. */
  readonly estimatedScale: number;
  readonly estimatedPages: number;
}

/** A4 in points, and the margins: narrow left/right (0,4"), room for one header and one footer line. */
const A4 = { width: 595, height: 842 };
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 };
/** Excel's default row height and column width (characters), in points. */
const ROW_POINTS = 15;
const DEFAULT_WIDTH = 8.43;
/** Excel's column width in pixels for a width in characters of the default font (Calibri 11: 7 px per character, 5 px padding), 0,75 pt per pixel. */
export const columnPoints = (characters: number): number => (Math.round(characters * 7) + 5) * 0.75;
/**
 * The estimate of the rows a page holds is kept below the real one:
 * LibreOffice and Excel differ in row heights by a few percent, and a
 * manual break placed too late leaves a page with one stray row.
 */
const SAFETY = 0.9;
/** Excel's header/footer strings are limited to 255 characters in all. */
const HEADER_FOOTER_MAX = 255;

const TEXT: Readonly<Record<PrintLanguage, { page: string; edition: string; written: string }>> = {
  nl: { page: 'pagina &P van &N', edition: 'Editie', written: 'geschreven op' },
  en: { page: 'page &P of &N', edition: 'Edition', written: 'written on' },
};

/** Text as a literal in a header or footer: "&" starts a code, "&&" is one ampersand. */
export const headerFooterText = (text: string): string => text.replace(/&/g, '&&');

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

interface Extent {
  readonly lastRow: number;
  readonly lastColumn: number;
}

function extentOf(d: SheetDescription): Extent {
  let lastRow = 1;
  let lastColumn = 1;
  for (const c of d.cells) {
    const { column, row } = parseAddress(c.address);
    lastRow = Math.max(lastRow, row);
    lastColumn = Math.max(lastColumn, column);
  }
  for (const chart of d.charts) {
    const { to } = parseRange(chart.to);
    lastRow = Math.max(lastRow, to.row);
    lastColumn = Math.max(lastColumn, to.column);
  }
  return { lastRow, lastColumn };
}

/** Width of columns A..lastColumn at 100%, in points. */
export function sheetWidthPoints(d: SheetDescription, lastColumn: number): number {
  let points = 0;
  for (let c = 1; c <= lastColumn; c++) points += columnPoints(d.columnWidths[columnLetter(c)] ?? DEFAULT_WIDTH);
  return points;
}

/** Rows a run of cells or a chart occupies, top to bottom: what should not break across a page. */
export function blocksOf(d: SheetDescription, lastRow: number): { top: number; bottom: number }[] {
  const used = new Set(d.cells.map((c) => parseAddress(c.address).row));
  const blocks: { top: number; bottom: number }[] = [];
  for (let r = 1; r <= lastRow; r++) {
    if (!used.has(r)) continue;
    const top = r;
    while (used.has(r + 1)) r++;
    blocks.push({ top, bottom: r });
  }
  // A chart is one block with whatever rows it covers.
  for (const chart of d.charts) {
    const top = parseRange(chart.from).from.row;
    const bottom = parseRange(chart.to).from.row;
    blocks.push({ top, bottom });
  }
  // Merge overlapping blocks, in order.
  blocks.sort((a, b) => a.top - b.top);
  const merged: { top: number; bottom: number }[] = [];
  for (const b of blocks) {
    const last = merged[merged.length - 1];
    if (last && b.top <= last.bottom) last.bottom = Math.max(last.bottom, b.bottom);
    else merged.push({ ...b });
  }
  return merged;
}

/**
 * Page breaks so that every block that fits on one page starts on a page
 * with room for it. `rowsPerPage` is the rows a page holds below the title
 * rows. A block taller than a page is left to break where it must.
 */
export function rowBreaksFor(blocks: readonly { top: number; bottom: number }[], rowsPerPage: number, titleRows: number): number[] {
  const breaks: number[] = [];
  let pageTop = 1;
  let firstPage = true;
  let previousBottom = 0;
  for (const block of blocks) {
    const above = previousBottom;
    previousBottom = block.bottom;
    const capacity = firstPage ? rowsPerPage + titleRows : rowsPerPage;
    const height = block.bottom - block.top + 1;
    const fitsHere = block.bottom - pageTop + 1 <= capacity;
    if (fitsHere) continue;
    if (height <= rowsPerPage && block.top > pageTop && above >= pageTop) {
      // Break right after the block above: the blank rows between go to the new page, so a chart
      // anchored at its first row never touches the break (LibreOffice draws an object touching it on both pages).
      breaks.push(above);
      pageTop = above + 1;
      firstPage = false;
      continue;
    }
    // Taller than a page (or at the page's top): let it run; pages follow at rowsPerPage.
    while (block.bottom - pageTop + 1 > (firstPage ? rowsPerPage + titleRows : rowsPerPage)) {
      pageTop += firstPage ? rowsPerPage + titleRows : rowsPerPage;
      firstPage = false;
    }
  }
  return breaks;
}

/** The left section clipped (before escaping, so no "&&" is cut in half) until the whole string fits Excel's 255 characters. */
function fitSections(leftText: string, right: string): PrintSetup['header'] {
  for (let max = 120; ; max -= 10) {
    const left = headerFooterText(clip(leftText, max));
    if (headerFooterString({ left, center: '', right }).length <= HEADER_FOOTER_MAX || max <= 10) return { left, center: '', right };
  }
}

/** "&Lleft&Cmiddle&Rright", as the .xlsx stores a header or footer (ECMA-376 §18.3.1.46). */
export const headerFooterString = (sections: PrintSetup['header']): string => (sections.left ? `&L${sections.left}` : '') + (sections.center ? `&C${sections.center}` : '') + (sections.right ? `&R${sections.right}` : '');

export interface PrintOptions {
  readonly language?: PrintLanguage;
}

/** The print setup of a sheet, from its description alone. */
export function printSetup(d: SheetDescription, options: PrintOptions = {}): PrintSetup {
  const text = TEXT[options.language ?? 'nl'];
  const { lastRow, lastColumn } = extentOf(d);
  const widthPoints = sheetWidthPoints(d, lastColumn);
  const headerRow = d.cells
    .filter((c) => c.style === 'header')
    .map((c) => parseAddress(c.address).row)
    .sort((a, b) => a - b)[0];
  const titleRows = headerRow !== undefined ? { first: headerRow, last: headerRow } : undefined;
  const blocks = blocksOf(d, lastRow);
  const layouts = (['portrait', 'landscape'] as const).map((orientation) => {
    const [pageWidth, pageHeight] = orientation === 'portrait' ? [A4.width, A4.height] : [A4.height, A4.width];
    const scale = Math.min(1, (pageWidth - (MARGINS.left + MARGINS.right) * 72) / widthPoints);
    const rowsPerPage = Math.max(10, Math.floor(((pageHeight - (MARGINS.top + MARGINS.bottom) * 72) / (ROW_POINTS * scale)) * SAFETY) - (titleRows ? 1 : 0));
    const rowBreaks = rowBreaksFor(blocks, rowsPerPage, titleRows ? 1 : 0);
    const pages = rowBreaks.length + Math.ceil((lastRow - (rowBreaks[rowBreaks.length - 1] ?? 0)) / rowsPerPage);
    return { orientation, scale, rowBreaks, pages };
  });
  // Orientation by width: the one that prints the sheet, one page wide, on the fewest pages; on a tie the larger print.
  const [portrait, landscape] = layouts as [(typeof layouts)[number], (typeof layouts)[number]];
  const chosen = landscape.pages < portrait.pages || (landscape.pages === portrait.pages && landscape.scale > portrait.scale) ? landscape : portrait;
  const title = String(d.cells.find((c) => c.style === 'title')?.value ?? d.name);
  const source = String(d.cells.find((c) => c.style === 'source')?.value ?? '');
  const right = headerFooterText(`${text.edition} ${d.edition} · ${text.written} ${d.writtenAt}`);
  const header = fitSections(title, right);
  const footer = fitSections(source, text.page);
  return {
    paperSize: 'A4',
    orientation: chosen.orientation,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `A1:${columnLetter(lastColumn)}${lastRow}`,
    ...(titleRows ? { titleRows } : {}),
    rowBreaks: chosen.rowBreaks,
    header,
    footer,
    margins: MARGINS,
    estimatedScale: chosen.scale,
    estimatedPages: chosen.pages,
  };
}
