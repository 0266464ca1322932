import type { CellSpec, CellStyle } from './types';

/**
 * One look for every sheet, declared once: the Office.js adapter
 * (src/excel/cellStyles.ts) and the .xlsx adapter (src/xlsx/cellStyles.ts)
 * both translate this table, so a sheet looks the same written into Excel
 * or downloaded as a file.
 *
 * Font: Calibri, named on every cell. It ships with every Excel we target
 * (Microsoft 365, Excel 2021, Mac, the web); Aptos, the newer default, is
 * missing from Excel 2021. The .xlsx also marks it as a sans-serif family
 * (font family 2, "swiss"), so a reader without Calibri (LibreOffice on
 * Linux: Carlito when installed, else the fontconfig sans, DejaVu Sans)
 * falls back to a sans-serif, never to a serif.
 */
export const FONT_NAME = 'Calibri';
export const FONT_SIZE = 11;

/** Colours as #RRGGBB (Office.js); the .xlsx adapter writes them as FFRRGGBB. */
export const COLOUR = {
  text: '#000000',
  title: '#1F3864',
  grey: '#595959',
  inputText: '#3F3F76',
  inputFill: '#FFF2CC',
  headerFill: '#D9E1F2',
  publishedFill: '#DDEBF7',
  assumedFill: '#FBE5D6',
  warningText: '#C00000',
  warningFill: '#FCE4D6',
  /** Conditional format on gap rows: red when need exceeds budget. */
  gapText: '#9C0006',
  gapFill: '#FFC7CE',
} as const;

export type HorizontalAlignment = 'left' | 'right';

/** Everything a style sets; the adapters write exactly these properties, no more. */
export interface Look {
  readonly font: { readonly name: string; readonly size: number; readonly bold: boolean; readonly italic: boolean; readonly color: string };
  /** Solid fill colour; absent = no fill. */
  readonly fill?: string;
  readonly horizontal: HorizontalAlignment;
  readonly wrap: boolean;
}

interface StyleDeclaration {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
}

/** The roles (types.ts CellStyle) and how each looks; close to Excel's built-in Title, Heading, Input, Total and Explanatory text styles. */
export const PALETTE: Readonly<Record<CellStyle, StyleDeclaration>> = {
  title: { size: 16, bold: true, color: COLOUR.title },
  subtitle: { size: 12, bold: true, color: COLOUR.title },
  // Long headers wrap instead of being cut off by the next column.
  header: { bold: true, fill: COLOUR.headerFill, wrap: true },
  label: {},
  // Light yellow, dark blue-violet text: "type here" in most finance workbooks (Excel's Input style).
  input: { color: COLOUR.inputText, fill: COLOUR.inputFill },
  output: { bold: true },
  total: { bold: true },
  note: { italic: true, color: COLOUR.grey },
  source: { italic: true, size: 9, color: COLOUR.grey },
  warning: { bold: true, color: COLOUR.warningText, fill: COLOUR.warningFill },
  published: { fill: COLOUR.publishedFill },
  derived: { italic: true },
  assumed: { italic: true, fill: COLOUR.assumedFill },
};

const YEAR = /^\d{4}$/;

/** Numbers, and the year headers over them, sit right; text sits left. */
export function alignmentOf(cell: CellSpec): HorizontalAlignment {
  const shown = cell.formula !== undefined ? cell.cached : cell.value;
  if (typeof shown === 'number') return 'right';
  if (cell.style === 'header' && typeof cell.value === 'string' && YEAR.test(cell.value.trim())) return 'right';
  return 'left';
}

/** The full look of one cell: its style's declaration over the defaults, and its alignment. */
export function lookOf(cell: CellSpec): Look {
  const d = PALETTE[cell.style ?? 'label'];
  return {
    font: { name: FONT_NAME, size: d.size ?? FONT_SIZE, bold: d.bold ?? false, italic: d.italic ?? false, color: d.color ?? COLOUR.text },
    ...(d.fill ? { fill: d.fill } : {}),
    horizontal: alignmentOf(cell),
    wrap: d.wrap ?? false,
  };
}

/** A stable key for grouping cells of the same look into one write. */
export const lookKey = (look: Look): string => JSON.stringify(look);
