import { lookOf, type Look } from '../core/sheets/palette';
import type { CellSpec } from '../core/sheets/types';

/** The part of an ExcelJS cell style we use, typed here so the map needs no ExcelJS import. */
export interface XlsxStyle {
  font: { name: string; family: number; size: number; bold: boolean; italic: boolean; color: { argb: string } };
  fill?: { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string } };
  alignment: { horizontal: 'left' | 'right'; wrapText?: boolean };
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * The .xlsx side of the one palette (src/core/sheets/palette.ts). Font family
 * 2 is OOXML's "swiss" (sans-serif) class: a reader without the named font
 * substitutes a sans-serif (ECMA-376 Part 1, 18.8.18 family).
 */
export const xlsxStyle = (look: Look): XlsxStyle => ({
  font: { name: look.font.name, family: 2, size: look.font.size, bold: look.font.bold, italic: look.font.italic, color: { argb: argb(look.font.color) } },
  ...(look.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.fill) } } as const } : {}),
  alignment: { horizontal: look.horizontal, ...(look.wrap ? { wrapText: true } : {}) },
});

export const styleOf = (cell: CellSpec): XlsxStyle => xlsxStyle(lookOf(cell));
