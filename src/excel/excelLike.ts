/**
 * The slice of the Office.js Excel API this adapter uses, typed narrowly so
 * the recording fake (tests/excel/fakeExcel.ts) implements exactly it. The
 * real Excel.RequestContext has this shape; run.ts casts it once at the
 * Excel.run boundary (its overloads and enums are wider than we need).
 * The API set of each member is in apiSets.ts.
 */
export interface RangeLike {
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: {
    columnWidth: number;
    horizontalAlignment: 'Left' | 'Right' | 'General';
    wrapText: boolean;
    readonly font: { name: string; bold: boolean; italic: boolean; size: number; color: string };
    readonly fill: { color: string };
    /** ExcelApi 1.2. */
    readonly protection: { locked: boolean };
  };
  /** ExcelApi 1.8. */
  readonly dataValidation: DataValidationLike;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: { add(type: 'CellValue'): ConditionalFormatLike; clearAll(): void };
  /** ExcelApi 1.1: 'All' clears contents and formats (a refresh's clean slate). */
  clear(applyTo: 'All'): void;
}

export interface DataValidationLike {
  /** false: an input cell may not be typed empty (Data Validation > "Ignore blank" unticked). */
  ignoreBlanks: boolean;
  rule: { wholeNumber?: BasicRule; decimal?: BasicRule };
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: 'Stop'; title: string; message: string };
  /** ExcelApi 1.8. */
  clear(): void;
}

export interface BasicRule {
  readonly operator: 'Between';
  readonly formula1: number;
  readonly formula2: number;
}

export interface ConditionalFormatLike {
  readonly cellValue: {
    readonly format: { readonly font: { color: string }; readonly fill: { color: string } };
    rule: { formula1: string; operator: 'GreaterThan' };
  };
}

export interface TableLike {
  name: string;
  style: string;
  showTotals: boolean;
}

export interface ChartLike {
  readonly title: { text: string };
  readonly axes: { readonly categoryAxis: { readonly title: { text: string } }; readonly valueAxis: { readonly title: { text: string } } };
  setPosition(startCell: string, endCell?: string): void;
}

/** Excel.PageLayout (ExcelApi 1.9): margins in points; header/footer strings in Excel's codes (&P, &N). */
export interface PageLayoutLike {
  orientation: 'Portrait' | 'Landscape';
  paperSize: 'A4';
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
  readonly headersFooters: {
    readonly defaultForAllPages: { leftHeader: string; centerHeader: string; rightHeader: string; leftFooter: string; centerFooter: string; rightFooter: string };
  };
}

export interface WorksheetLike {
  /** Set only by a refresh, to the new edition's name for the sheet (ExcelApi 1.1). */
  name: string;
  /** ExcelApi 1.1. */
  activate(): void;
  /** Without an address: the whole sheet. */
  getRange(address?: string): RangeLike;
  readonly tables: { add(address: string, hasHeaders: boolean): TableLike };
  readonly charts: { add(type: 'ColumnClustered' | 'Line' | 'BarClustered', source: RangeLike, seriesBy: 'Rows' | 'Columns'): ChartLike };
  readonly freezePanes: { freezeAt(range: string): void; freezeRows(count: number): void; unfreeze(): void };
  /** ExcelApi 1.2; without a password argument the sheet is protected without one (so unprotect() needs none). */
  readonly protection: { protect(): void; unprotect(): void };
  readonly pageLayout: PageLayoutLike;
  /** Adds a page break before the top-left cell of the range (ExcelApi 1.9). */
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown; removePageBreaks(): void };
}

/** An existing sheet a refresh writes again (writeSheets deps.replace), with its tables and charts loaded to delete them. */
export interface ReplacedSheet {
  readonly sheetName: string;
  readonly tables: readonly { readonly name: string; delete(): void }[];
  readonly charts: readonly { delete(): void }[];
}

export interface LoadedCollection<T> {
  items: T[];
  load(properties: string): void;
}

/** What getItemOrNullObject returns (ExcelApi 1.4): isNullObject after load('isNullObject') and sync. */
export interface MaybeDeletable {
  readonly isNullObject: boolean;
  load(properties: string): void;
  /** Worksheet.delete (1.1), NamedItem.delete (1.4). */
  delete(): void;
}

export interface ExcelContextLike {
  readonly workbook: {
    readonly worksheets: LoadedCollection<{ readonly name: string }> & { add(name: string): WorksheetLike; getItem(name: string): WorksheetLike; getItemOrNullObject(name: string): MaybeDeletable };
    readonly tables: LoadedCollection<{ readonly name: string }>;
    readonly names: LoadedCollection<{ readonly name: string }> & {
      add(name: string, reference: RangeLike, comment?: string): unknown;
      getItemOrNullObject(name: string): MaybeDeletable;
    };
  };
  sync(): Promise<void>;
}
