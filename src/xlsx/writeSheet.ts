import type { Workbook, Worksheet } from 'exceljs';
import { COLOUR } from '../core/sheets/palette';
import type { SheetDescription } from '../core/sheets/types';
import { absoluteReference, columnLetters, decodeAddress } from './addresses';
import { styleOf } from './cellStyles';
import { cellValue } from './cellValue';
import { chartModel, type ChartModel } from './charts/chartData';
import { applyPrintSetup } from './printSetup';
import { addTable } from './tables';
import { printSetup, type PrintLanguage, type PrintSetup } from '../core/sheets/print';

export interface SheetNaming {
  /** Unique table name for a wanted one. */
  table(wanted: string): string;
  /** Defined names already in the workbook (a second parameter sheet reuses them). */
  readonly names: Set<string>;
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

export interface SheetWriteReport {
  readonly wanted: string;
  readonly sheetName: string;
  readonly tables: string[];
  readonly names: string[];
  /** Chart titles; their parts are added to the package after ExcelJS writes it (charts/addCharts.ts). */
  readonly charts: string[];
  /** The charts as they go into the package, series resolved against the written sheet name. */
  readonly chartModels: ChartModel[];
  /** How the sheet prints (A4, one page wide, header/footer, breaks); its print area and titles go into the package as names. */
  readonly print: PrintSetup;
  readonly warnings: string[];
}

function writeCells(sheet: Worksheet, description: SheetDescription): void {
  for (const spec of description.cells) {
    const cell = sheet.getCell(spec.address);
    cell.value = cellValue(spec);
    if (spec.format) cell.numFmt = spec.format;
    // Every cell gets its full look from the one palette (src/core/sheets/palette.ts).
    const style = styleOf(spec);
    cell.font = style.font;
    if (style.fill) cell.fill = style.fill;
    cell.alignment = style.alignment;
    // The source of a published figure travels with it, as a note on hover.
    if (spec.source) cell.note = `Bron: ${spec.source}`;
    // Excel locks every cell by default (it matters only once the sheet is protected); inputs are unlocked. The file is
    // never protected here: ExcelJS's protection code is its one path into crypto, kept unreachable (docs/dependencies.md).
    if (spec.locked === false) cell.protection = { locked: false };
    const rule = spec.validation;
    if (rule)
      cell.dataValidation = {
        type: rule.kind,
        operator: 'between',
        formulae: [rule.min, rule.max],
        allowBlank: false,
        showInputMessage: true,
        promptTitle: rule.title,
        prompt: rule.message,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: rule.title,
        error: rule.message,
      };
  }
  // Gaps: red while need exceeds budget, a rule the reader re-evaluates, not a fixed fill.
  for (const h of description.highlights ?? [])
    sheet.addConditionalFormatting({
      ref: h.range,
      rules: [
        {
          type: 'cellIs',
          operator: 'greaterThan',
          formulae: [h.greaterThan],
          priority: 1,
          style: { font: { color: { argb: argb(COLOUR.gapText) } }, fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(COLOUR.gapFill) } } },
        },
      ],
    });
}

/** Writes one description onto a new worksheet named `sheetName`. */
export function writeSheet(workbook: Workbook, description: SheetDescription, sheetName: string, naming: SheetNaming, language: PrintLanguage = 'nl'): SheetWriteReport {
  const freeze = description.freeze;
  const sheet = workbook.addWorksheet(sheetName, {
    views: freeze && (freeze.rows > 0 || freeze.columns > 0) ? [{ state: 'frozen', xSplit: freeze.columns, ySplit: freeze.rows }] : [],
  });
  const report: SheetWriteReport = { wanted: description.name, sheetName, tables: [], names: [], charts: [], chartModels: [], print: printSetup(description, { language }), warnings: [] };
  for (const [letters, width] of Object.entries(description.columnWidths)) sheet.getColumn(letters).width = width;
  writeCells(sheet, description);
  applyPrintSetup(sheet, report.print);

  const described = new Map(description.cells.map((c) => [c.address.toUpperCase(), cellValue(c)]));
  const valueAt = (row: number, col: number) => described.get(`${columnLetters(col)}${row}`) ?? null;
  for (const block of description.tables) {
    const name = naming.table(block.name);
    addTable(sheet, block, name, valueAt);
    report.tables.push(name);
  }
  for (const spec of description.names) {
    if (naming.names.has(spec.name.toLowerCase())) {
      report.warnings.push(`naam ${spec.name} bestaat al; de eerste blijft gelden`);
      continue;
    }
    decodeAddress(spec.address); // refuse a bad address here, not as a corrupt file in Excel
    workbook.definedNames.add(absoluteReference(sheetName, spec.address), spec.name);
    naming.names.add(spec.name.toLowerCase());
    report.names.push(spec.name);
  }
  for (const chart of description.charts) {
    report.chartModels.push(chartModel(description, chart, sheetName));
    report.charts.push(chart.title);
  }
  return report;
}
