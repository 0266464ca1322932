import type { Edition, Figure } from '../edition/types';
import { at, columnLetter, parseAddress, parseRange } from './a1';
import { formatOf } from './formats';
import { sourceText } from './sources';
import type { CellSpec, CellStyle, ChartSpec, FormulaStyle, NameSpec, SheetDescription, SheetKind, TableBlock } from './types';

/** Rows a chart placed by chartBelow covers (20 rows of 15 pt: 300 pt, about 10 cm on screen at 100%). */
export const CHART_ROWS = 20;

export interface SheetOptions {
  readonly formulaStyle: FormulaStyle;
  /** ISO date, written on the sheet. */
  readonly writtenAt: string;
}

/**
 * Collects the cells of one sheet while a builder lays it out, then freezes
 * them into a SheetDescription. Refuses to write a cell twice: two blocks
 * overlapping is a layout defect that would otherwise silently lose a figure.
 */
export class SheetBuilder {
  private readonly cells = new Map<string, CellSpec>();
  private readonly tables: TableBlock[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly chartsBelow: Omit<ChartSpec, 'from' | 'to'>[] = [];
  private readonly names: NameSpec[] = [];
  private readonly widths: Record<string, number> = {};
  private freeze: { rows: number; columns: number } | undefined;

  constructor(
    readonly edition: Edition,
    private readonly kind: SheetKind,
    private readonly name: string,
    readonly options: SheetOptions,
  ) {}

  put(cell: CellSpec): string {
    if (this.cells.has(cell.address)) throw new Error(`${this.name}: cell ${cell.address} written twice`);
    this.cells.set(cell.address, cell);
    return cell.address;
  }

  /** A cell already laid out, e.g. to reuse its cached value in a chart block. */
  cellAt(address: string): CellSpec | undefined {
    return this.cells.get(address);
  }

  text(column: number, row: number, value: string, style?: CellStyle): string {
    return this.put({ address: at(column, row), value, ...(style ? { style } : {}) });
  }

  /** A published figure: the value as printed, its format from its unit, and its source. */
  figure(column: number, row: number, figure: Figure, style?: CellStyle): string {
    return this.put({ address: at(column, row), value: figure.value, format: formatOf(figure.source.unit), source: sourceText(figure.source), ...(style ? { style } : {}) });
  }

  value(column: number, row: number, value: number | string | boolean, format?: string, style?: CellStyle, source?: string): string {
    return this.put({ address: at(column, row), value, ...(format ? { format } : {}), ...(style ? { style } : {}), ...(source ? { source } : {}) });
  }

  formula(column: number, row: number, formula: string, cached: number | string | boolean, format?: string, style?: CellStyle): string {
    return this.put({ address: at(column, row), formula, cached, ...(format ? { format } : {}), ...(style ? { style } : {}) });
  }

  /** Title, unit line, source line and edition/date line in rows 1–4 (rows 5+ are the builder's). */
  heading(title: string, unit: string, source: string): void {
    this.text(1, 1, title, 'title');
    this.text(1, 2, unit, 'subtitle');
    this.text(1, 3, source, 'source');
    this.text(1, 4, `Editie: ${this.edition.id} (${this.edition.name}) · geschreven op ${this.options.writtenAt}`, 'note');
  }

  table(name: string, range: string): void {
    this.tables.push({ name, range, style: 'TableStyleLight9', showTotals: false });
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  /**
   * A chart below everything else on the sheet, placed by build(): as wide as
   * its data (column A to the data's last column), CHART_ROWS tall, one blank
   * row above. It never covers a table, and prints as a block of its own
   * (print.ts breaks the page before a chart that would not fit).
   */
  chartBelow(chart: Omit<ChartSpec, 'from' | 'to'>): void {
    this.chartsBelow.push(chart);
  }

  definedName(name: string, address: string, comment?: string): void {
    this.names.push({ name, address, ...(comment ? { comment } : {}) });
  }

  widthsFrom(widths: readonly number[]): void {
    widths.forEach((w, i) => (this.widths[columnLetter(i + 1)] = w));
  }

  freezeAt(rows: number, columns: number): void {
    this.freeze = { rows, columns };
  }

  build(): SheetDescription {
    let bottom = Math.max(0, ...[...this.cells.keys()].map((a) => parseAddress(a).row), ...this.charts.map((c) => parseRange(c.to).from.row));
    const placed = this.chartsBelow.map((chart): ChartSpec => {
      const top = bottom + 2;
      bottom = top + CHART_ROWS - 1;
      return { ...chart, from: at(1, top), to: at(parseRange(chart.dataRange).to.column, bottom) };
    });
    return {
      kind: this.kind,
      name: this.name,
      edition: this.edition.id,
      writtenAt: this.options.writtenAt,
      formulaStyle: this.options.formulaStyle,
      cells: [...this.cells.values()],
      tables: this.tables,
      columnWidths: this.widths,
      ...(this.freeze ? { freeze: this.freeze } : {}),
      charts: [...this.charts, ...placed],
      names: this.names,
    };
  }
}
