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
  getRange(address: string): RangeLike;
  readonly tables: { add(address: string, hasHeaders: boolean): TableLike };
  readonly charts: { add(type: 'ColumnClustered' | 'Line' | 'BarClustered', source: RangeLike, seriesBy: 'Rows' | 'Columns'): ChartLike };
  readonly freezePanes: { freezeAt(range: string): void; freezeRows(count: number): void };
}

export interface LoadedCollection<T> {
  items: T[];
  load(properties: string): void;
}

export interface ExcelContextLike {
  readonly workbook: {
    readonly worksheets: LoadedCollection<{ readonly name: string }> & { add(name: string): WorksheetLike };
    readonly tables: LoadedCollection<{ readonly name: string }>;
    readonly names: LoadedCollection<{ readonly name: string }> & { add(name: string, reference: RangeLike, comment?: string): unknown };
  };
  sync(): Promise<void>;
}
