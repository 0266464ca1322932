import type { DriverDeclaration } from '../chain/driverDeclarations';
import type { Edition, Figure } from '../edition/types';
import { at, columnLetter, parseAddress, parseRange } from './a1';
import { editionCell, HEADING_EDITION } from './editionCell';
import { formatOf } from './formats';
import { inputRule } from './inputRules';
import { sourceText } from './sources';
import { longDate, words } from './text';
import type { CellSpec, CellStyle, ChartSpec, FormulaStyle, GapHighlight, NameSpec, SheetDescription, SheetKind, TableBlock } from './types';

/** A gap is red above this (€): need exceeding budget by rounding noise (0 in an aligned year, up to float error) is no shortfall. */
export const HALF_EURO = 0.5;

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
  private readonly highlights: GapHighlight[] = [];
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

  /** An input cell of a declared driver: yellow, unlocked, validated by the declaration's limits. */
  input(column: number, row: number, value: number, declaration: DriverDeclaration): string {
    return this.put({ address: at(column, row), value, format: declaration.format, style: 'input', locked: false, validation: inputRule(declaration) });
  }

  /** A gap range: red while its value is above `greaterThan` (conditional formatting in both adapters). */
  highlight(range: string, greaterThan: number): void {
    this.highlights.push({ range, greaterThan });
  }

  /**
   * Title, unit line, source line and edition/date line in rows 1–4 (rows 5+ are the builder's). The
   * edition id stands alone in its declared cell (editionCell.ts), where the add-in reads it back.
   */
  heading(title: string, unit: string, source: string): void {
    this.text(1, 1, title, 'title');
    this.text(1, 2, unit, 'subtitle');
    this.text(1, 3, source, 'source');
    const { column, row } = parseAddress(editionCell(this.kind));
    this.text(HEADING_EDITION.labelColumn, row, 'Editie', 'note');
    this.text(column, row, this.edition.id, 'note');
    this.text(HEADING_EDITION.textColumn, row, `${this.edition.name} · geschreven op ${longDate(this.options.writtenAt)}`, 'note');
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
    const cells = [...this.cells.values()].map(twoLetters);
    // An input (a number in the input style, or an unlocked cell) is unlocked and validated; a legend's sample text is not an input.
    for (const c of cells)
      if ((c.locked === false || (c.style === 'input' && typeof c.value === 'number')) && (c.locked !== false || !c.validation))
        throw new Error(`${this.name}: input cell ${c.address} needs locked: false and a validation (use SheetBuilder.input)`);
    let bottom = Math.max(0, ...[...this.cells.keys()].map((a) => parseAddress(a).row), ...this.charts.map((c) => parseRange(c.to).from.row));
    const placed = this.chartsBelow.map((chart): ChartSpec => {
      const top = bottom + 2;
      bottom = top + CHART_ROWS - 1;
      return { ...chart, from: at(1, top), to: at(parseRange(chart.dataRange).to.column, bottom) };
    });
    return {
      kind: this.kind,
      name: words(this.name),
      edition: this.edition.id,
      writtenAt: this.options.writtenAt,
      formulaStyle: this.options.formulaStyle,
      cells,
      tables: this.tables,
      columnWidths: widthsFromContent(cells, this.widths),
      ...(this.freeze ? { freeze: this.freeze } : {}),
      charts: [...this.charts, ...placed].map((c) => ({ ...c, title: words(c.title) })),
      names: this.names,
      ...(this.highlights.length > 0 ? { highlights: this.highlights } : {}),
    };
  }
}

/**
 * Every string a sheet writes as words, not PDF ligature glyphs (text.ts):
 * labels copied from the edition are converted here, at the one boundary
 * all sheets pass, so no builder can forget it. Formulas too: a string
 * literal in a formula is text on the sheet.
 */
const twoLetters = (cell: CellSpec): CellSpec => ({
  ...cell,
  ...(typeof cell.value === 'string' ? { value: words(cell.value) } : {}),
  ...(typeof cell.cached === 'string' ? { cached: words(cell.cached) } : {}),
  ...(cell.source !== undefined ? { source: words(cell.source) } : {}),
  ...(cell.formula !== undefined ? { formula: words(cell.formula) } : {}),
  ...(cell.validation ? { validation: { ...cell.validation, title: words(cell.validation.title), message: words(cell.validation.message) } } : {}),
});

/** Longest label a column grows for (a longer one is cut at the next filled cell, as before: the builders keep labels short). */
const TEXT_CAP = 70;
const MIN_WIDTH = 8;

/** Characters a number shows in its format: digits, thousands separators, decimals, sign, percent. */
function shownLength(value: number, format: string | undefined): number {
  const percent = format?.includes('%') ?? false;
  const v = Math.abs(percent ? value * 100 : value);
  const digits = v < 1 ? 1 : Math.floor(Math.log10(v)) + 1;
  const separators = format?.includes(',') ? Math.floor((digits - 1) / 3) : 0;
  const decimals = /\.(0+)/.exec(format ?? '')?.[1]?.length ?? 0;
  return digits + separators + (decimals > 0 ? decimals + 1 : 0) + (value < 0 ? 1 : 0) + (percent ? 1 : 0);
}

/**
 * Column widths (characters) from what the columns hold: numbers as they
 * show, headers by their longest word and at most three lines (they wrap),
 * labels up to TEXT_CAP. Titles, subtitles, notes and sources are not
 * measured (they overflow into the empty cells beside them); a column that
 * holds notes or sources below the heading (a status or source column) keeps
 * at least the builder's width, so its sentences stay readable.
 */
export function widthsFromContent(cells: readonly CellSpec[], declared: Readonly<Record<string, number>>): Record<string, number> {
  const need = new Map<number, number>();
  const prose = new Set<number>();
  const grow = (column: number, width: number): void => void need.set(column, Math.max(need.get(column) ?? MIN_WIDTH, Math.ceil(width)));
  for (const c of cells) {
    const { column, row } = parseAddress(c.address);
    const shown = c.formula !== undefined ? c.cached : c.value;
    if ((c.style === 'note' || c.style === 'source') && column > 1 && row > HEADING_EDITION.row) prose.add(column);
    if (c.style === 'title' || c.style === 'subtitle' || c.style === 'note' || c.style === 'source') continue;
    if (typeof shown === 'number') {
      // Bold figures are a little wider.
      grow(column, shownLength(shown, c.format) * (c.style === 'output' || c.style === 'total' ? 1.1 : 1) + 2);
    } else if (typeof shown === 'string') {
      const text = shown.trim();
      if (c.style === 'header') {
        const longestWord = Math.max(...text.split(/\s+/).map((w) => w.length));
        grow(column, Math.max(longestWord, Math.ceil(text.length / 3)) * 1.1 + 2);
      } else {
        grow(column, Math.min(text.length, TEXT_CAP) + 2);
      }
    }
  }
  const widths: Record<string, number> = {};
  for (const [letters, width] of Object.entries(declared)) widths[letters] = width;
  for (const [column, width] of [...need.entries()].sort((a, b) => a[0] - b[0])) {
    const letters = columnLetter(column);
    widths[letters] = prose.has(column) ? Math.max(width, declared[letters] ?? 0) : width;
  }
  return widths;
}
