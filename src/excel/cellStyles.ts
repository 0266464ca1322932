import { lookOf, type Look } from '../core/sheets/palette';
import type { CellSpec } from '../core/sheets/types';

/**
 * The Office.js side of the one palette (src/core/sheets/palette.ts): every
 * property of a look, as Office.js names it. Font name, size, bold, italic,
 * colour, fill, horizontalAlignment and wrapText are ExcelApi 1.1
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat).
 */
export interface StyleProps {
  readonly name: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  readonly color: string;
  /** Absent: no fill is written (the cell keeps Excel's "no fill"). */
  readonly fill?: string;
  readonly horizontalAlignment: 'Left' | 'Right';
  readonly wrapText: boolean;
}

export const officeStyle = (look: Look): StyleProps => ({
  ...look.font,
  ...(look.fill ? { fill: look.fill } : {}),
  horizontalAlignment: look.horizontal === 'right' ? 'Right' : 'Left',
  wrapText: look.wrap,
});

export const styleOf = (cell: CellSpec): StyleProps => officeStyle(lookOf(cell));

/** Excel column width is in points; a description gives characters (Calibri 11: ~5.6 pt each plus padding). */
export const pointsForCharacters = (characters: number): number => Math.round(characters * 5.6 + 5);
