/**
 * A sheet described once, as data. Adapters (Office.js in src/excel, .xlsx in
 * src/xlsx) write it; nothing here knows how. Formulas are in Excel's
 * invariant (en-US) syntax: comma separators, English function names, as
 * Office.js `range.formulas` and the .xlsx format both expect.
 */

export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'label'
  | 'input'
  | 'output'
  | 'total'
  | 'note'
  | 'source'
  | 'warning'
  // Read-only figures by status (chain-model.md P4), explained by a legend on the sheet:
  | 'published' // gepubliceerd: printed at a table, row and year
  | 'derived' // afgeleid: a formula on published figures
  | 'assumed'; // aanname: a stated rule

export interface CellSpec {
  /** A1 address on this sheet, e.g. "B4". */
  readonly address: string;
  /** A constant: a published figure, a label, an input. */
  readonly value?: number | string | boolean;
  /** A formula, starting with "=". Derived cells are always formulas. */
  readonly formula?: string;
  /** What the formula evaluates to, computed by the core, so viewers that do not recalculate show it and tests can compare. */
  readonly cached?: number | string | boolean;
  /** Excel number format code, e.g. "#,##0" or "0.0%". */
  readonly format?: string;
  readonly style?: CellStyle;
  /** Where a published figure comes from ("Tabel 7, Bijdrage COA, bedrag, x € 1.000"). */
  readonly source?: string;
  /** false for the cells a controller edits (inputs); absent = locked, as Excel's default when a sheet is protected. */
  readonly locked?: boolean;
  /** Data validation of an input cell, derived from its driver declaration (inputRules.ts). */
  readonly validation?: InputRule;
}

/** What an input cell accepts, with the message Excel shows when the cell is selected. */
export interface InputRule {
  /** 'whole': whole numbers only (counts, switches); 'decimal': any number in the bounds (shares, factors, prices). */
  readonly kind: 'whole' | 'decimal';
  readonly min: number;
  readonly max: number;
  /** Input message title (Excel: at most 32 characters). */
  readonly title: string;
  /** Input message text (Excel: at most 255 characters). */
  readonly message: string;
}

/** A conditional format: the range turns red (palette COLOUR.gap*) while its value is greater than `greaterThan`. */
export interface GapHighlight {
  /** A1 range on this sheet, e.g. "C12:G12". */
  readonly range: string;
  readonly greaterThan: number;
}

export interface TableBlock {
  /** Excel table name: letters, digits, underscores; adapters make it unique. */
  readonly name: string;
  /** Range including the header row, e.g. "A5:D11". */
  readonly range: string;
  readonly style?: string;
  /** Show the total row? Totals here are formulas in cells, so usually false. */
  readonly showTotals?: boolean;
}

export interface ChartSpec {
  readonly type: 'line' | 'columnClustered' | 'barClustered';
  readonly title: string;
  /** Range with series names in the first column (seriesBy rows) or first row (columns), categories opposite. */
  readonly dataRange: string;
  readonly seriesBy: 'rows' | 'columns';
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
  /** Axis titles, e.g. "Jaar" and "€": what the axes measure, in the chart itself. */
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
}

export interface NameSpec {
  /** Workbook-level defined name, e.g. "OB2025_IND_PRIJS_ASIEL_2025". */
  readonly name: string;
  /** A1 address on this sheet the name refers to. */
  readonly address: string;
  readonly comment?: string;
}

export type SheetKind = 'oda' | 'mpp' | 'cuts' | 'scenario' | 'compare' | 'parameters' | 'band';

export type FormulaStyle = 'excel' | 'aenm';

export interface SheetDescription {
  readonly kind: SheetKind;
  /** Wanted sheet name (≤ 31 chars, no []:*?/\); adapters add " (2)" etc. on collision. */
  readonly name: string;
  /** Edition id the figures come from, e.g. "OB2025". */
  readonly edition: string;
  /** ISO date the description was made; written on the sheet. */
  readonly writtenAt: string;
  readonly formulaStyle: FormulaStyle;
  readonly cells: readonly CellSpec[];
  readonly tables: readonly TableBlock[];
  /** Widths in characters, by column letter. */
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly charts: readonly ChartSpec[];
  readonly names: readonly NameSpec[];
  /** Gap rows highlighted while need exceeds budget (conditional formatting, never a fixed fill). */
  readonly highlights?: readonly GapHighlight[];
}
