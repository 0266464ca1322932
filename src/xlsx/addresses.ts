import { sheetPrefix } from '../core/naming';

/** A1 addresses to numbers, without ExcelJS (also used by tests and the chart notes). */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function decodeAddress(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match?.[1] || !match[2]) throw new Error(`not an A1 cell address: "${address}"`);
  return { row: Number(match[2]), col: columnNumber(match[1]) };
}

export function decodeRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [from = '', to = from] = range.split(':');
  const a = decodeAddress(from);
  const b = decodeAddress(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** "'Scenario (2)'!$B$4": the sheet quoted by the core's one rule (core/naming.ts sheetPrefix). */
export function absoluteReference(sheetName: string, address: string): string {
  const { row, col } = decodeAddress(address);
  return `${sheetPrefix(sheetName)}$${columnLetters(col)}$${row}`;
}
