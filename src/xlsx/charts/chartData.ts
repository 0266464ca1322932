import { columnLetter, parseRange } from '../../core/sheets/a1';
import type { CellSpec, ChartSpec, SheetDescription } from '../../core/sheets/types';

/** One series of a chart: where its name, categories and values live on the sheet, and what they hold. */
export interface ChartSeries {
  /** Absolute reference with the quoted sheet name, e.g. "'Scenario MPP-basis'!$B$151". */
  readonly nameRef: string;
  readonly name: string;
  readonly categoriesRef: string;
  readonly categories: readonly string[];
  readonly valuesRef: string;
  /** Cached values, as the cells hold them (null: empty or not a number). */
  readonly values: readonly (number | null)[];
  readonly format: string;
}

export interface ChartModel {
  readonly type: ChartSpec['type'];
  readonly title: string;
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  readonly series: readonly ChartSeries[];
  /** Zero-based anchor: the chart's top-left cell and the cell just past its bottom-right corner. */
  readonly from: { readonly col: number; readonly row: number };
  readonly to: { readonly col: number; readonly row: number };
}

/** 'Sheet name'!: always quoted, embedded quotes doubled (valid for every name, as Excel writes chart references). */
export const quotedSheet = (sheetName: string): string => `'${sheetName.replace(/'/g, "''")}'!`;

const abs = (column: number, row: number): string => `$${columnLetter(column)}$${row}`;
const ref = (sheetName: string, c1: number, r1: number, c2: number, r2: number): string => (c1 === c2 && r1 === r2 ? `${quotedSheet(sheetName)}${abs(c1, r1)}` : `${quotedSheet(sheetName)}${abs(c1, r1)}:${abs(c2, r2)}`);

/** The value a viewer shows without recalculating: the constant, or the formula's cached result. */
const shown = (cell: CellSpec | undefined): number | string | boolean | undefined => (cell === undefined ? undefined : cell.formula !== undefined ? cell.cached : cell.value);

/**
 * The chart as Excel's charts.add(type, range, seriesBy) makes it from the
 * same ChartSpec: the first row (seriesBy rows) or column holds the
 * categories, the first column or row the series names, the rest values.
 * Refuses a range too small to hold a series, as Excel would draw nothing.
 */
export function chartModel(description: SheetDescription, chart: ChartSpec, sheetName: string): ChartModel {
  const cells = new Map(description.cells.map((c) => [c.address.toUpperCase(), c]));
  const at = (column: number, row: number) => cells.get(`${columnLetter(column)}${row}`);
  const { from, to } = parseRange(chart.dataRange);
  const byRows = chart.seriesBy === 'rows';
  const [outerFirst, outerLast] = byRows ? [from.row + 1, to.row] : [from.column + 1, to.column];
  const [innerFirst, innerLast] = byRows ? [from.column + 1, to.column] : [from.row + 1, to.row];
  if (outerLast < outerFirst || innerLast < innerFirst) throw new Error(`chart "${chart.title}": ${chart.dataRange} holds no series`);
  const cell = (outer: number, inner: number) => (byRows ? at(inner, outer) : at(outer, inner));
  const coords = (outer: number, inner: number): [number, number] => (byRows ? [inner, outer] : [outer, inner]);
  const headerOuter = byRows ? from.row : from.column;
  const nameInner = byRows ? from.column : from.row;
  const inner = Array.from({ length: innerLast - innerFirst + 1 }, (_, i) => innerFirst + i);
  const categories = inner.map((i) => String(shown(cell(headerOuter, i)) ?? ''));
  const categoriesRef = ref(sheetName, ...coords(headerOuter, innerFirst), ...coords(headerOuter, innerLast));
  const series: ChartSeries[] = [];
  for (let outer = outerFirst; outer <= outerLast; outer++) {
    const values = inner.map((i) => {
      const v = shown(cell(outer, i));
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
    series.push({
      nameRef: ref(sheetName, ...coords(outer, nameInner), ...coords(outer, nameInner)),
      name: String(shown(cell(outer, nameInner)) ?? ''),
      categoriesRef,
      categories,
      valuesRef: ref(sheetName, ...coords(outer, innerFirst), ...coords(outer, innerLast)),
      values,
      format: cell(outer, innerFirst)?.format ?? 'General',
    });
  }
  const start = parseRange(chart.from).from;
  const end = parseRange(chart.to).from;
  return {
    type: chart.type,
    title: chart.title,
    ...(chart.categoryAxisTitle ? { categoryAxisTitle: chart.categoryAxisTitle } : {}),
    ...(chart.valueAxisTitle ? { valueAxisTitle: chart.valueAxisTitle } : {}),
    series,
    // setPosition(from, to) covers both cells: the anchor ends at the top-left of the cell past `to`.
    from: { col: start.column - 1, row: start.row - 1 },
    to: { col: end.column, row: end.row },
  };
}
