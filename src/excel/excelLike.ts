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
    readonly font: { bold: boolean; italic: boolean; size: number; color: string };
    readonly fill: { color: string };
  };
}

export interface TableLike {
  name: string;
  style: string;
  showTotals: boolean;
}

export interface ChartLike {
  readonly title: { text: string };
  setPosition(startCell: string, endCell?: string): void;
}

export interface WorksheetLike {
  readonly name: string;
  /** ExcelApi 1.1. */
  activate(): void;
  getRange(address: string): RangeLike;
  readonly tables: { add(address: string, hasHeaders: boolean): TableLike };
  readonly charts: { add(type: 'ColumnClustered' | 'Line' | 'BarClustered', source: RangeLike, seriesBy: 'Rows' | 'Columns'): ChartLike };
  readonly freezePanes: { freezeAt(range: string): void; freezeRows(count: number): void };
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
    readonly worksheets: LoadedCollection<{ readonly name: string }> & { add(name: string): WorksheetLike; getItemOrNullObject(name: string): MaybeDeletable };
    readonly tables: LoadedCollection<{ readonly name: string }>;
    readonly names: LoadedCollection<{ readonly name: string }> & {
      add(name: string, reference: RangeLike, comment?: string): unknown;
      getItemOrNullObject(name: string): MaybeDeletable;
    };
  };
  sync(): Promise<void>;
}
