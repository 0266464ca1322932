import type { CellStyle } from '../core/sheets/types';

/** The part of an ExcelJS cell style we use, typed here so the map needs no ExcelJS import. */
export interface XlsxStyle {
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: { argb: string } };
  fill?: { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string } };
  border?: { top?: { style: 'thin' | 'double'; color?: { argb: string } }; bottom?: { style: 'thin' | 'double'; color?: { argb: string } } };
  alignment?: { wrapText?: boolean; vertical?: 'top' | 'middle' | 'bottom' };
}

const solid = (argb: string) => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } }) as const;
const GREY_TEXT = { argb: 'FF595959' };

/**
 * One look per role, close to Excel's built-in cell styles (Title, Input,
 * Total, Explanatory text) so the file feels familiar without the add-in.
 */
export const CELL_STYLES: Readonly<Record<CellStyle, XlsxStyle>> = {
  title: { font: { bold: true, size: 16 } },
  subtitle: { font: { bold: true, size: 12 } },
  header: { font: { bold: true }, fill: solid('FFD9E1F2'), border: { bottom: { style: 'thin' } } },
  label: {},
  // Light yellow: "type here" in most finance workbooks.
  input: { fill: solid('FFFFF2CC'), font: { color: { argb: 'FF3F3F76' } } },
  output: { font: { bold: true } },
  total: { font: { bold: true }, border: { top: { style: 'thin' }, bottom: { style: 'double' } } },
  note: { font: { italic: true, color: GREY_TEXT } },
  source: { font: { italic: true, size: 9, color: GREY_TEXT } },
  warning: { font: { bold: true, color: { argb: 'FFC00000' } }, fill: solid('FFFCE4D6') },
  published: { fill: solid('FFDDEBF7') },
  derived: { font: { italic: true } },
  assumed: { fill: solid('FFFBE5D6'), font: { italic: true } },
};
