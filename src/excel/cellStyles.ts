import type { CellStyle } from '../core/sheets/types';

/** How each cell style looks; only the properties set here are written. */
export interface StyleProps {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
}

export const STYLE: Readonly<Record<CellStyle, StyleProps>> = {
  title: { bold: true, size: 14, color: '#1F3864' },
  subtitle: { bold: true, color: '#1F3864' },
  header: { bold: true },
  label: {},
  input: { color: '#0000FF', fill: '#FFF2CC' },
  output: {},
  total: { bold: true },
  note: { italic: true, color: '#595959' },
  source: { italic: true, color: '#595959' },
  warning: { bold: true, fill: '#FCE4D6' },
  published: { fill: '#DDEBF7' },
  derived: { italic: true },
  assumed: { italic: true, fill: '#FBE5D6' },
};

/** Excel column width is in points; a description gives characters (Calibri 11: ~5.6 pt each plus padding). */
export const pointsForCharacters = (characters: number): number => Math.round(characters * 5.6 + 5);
