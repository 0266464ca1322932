import { at, sheetPrefix } from '../core/sheets/a1';
import type { CellSpec, CellStyle, SheetDescription } from '../core/sheets/types';
import { apiSetMissing, requiredApiSets, type ApiSetMissing } from './apiSets';
import { printSetup, type PrintLanguage } from '../core/sheets/print';
import { rectangles } from './blocks';
import { pointsForCharacters, STYLE } from './cellStyles';
import type { ExcelContextLike, WorksheetLike } from './excelLike';
import { rewriteSheetReferences, uniqueSheetName, uniqueTableName } from './uniqueNames';

export interface WriteDeps {
  /** Default: Office.context.requirements.isSetSupported. */
  readonly isSetSupported?: (set: 'ExcelApi', version: string) => boolean;
  /** Split a sheet's write into more syncs only above this estimated JSON size (default 1 MB; Excel on the web refuses 5 MB). */
  readonly maxRequestBytes?: number;
  /** Language of the printed header and footer; default Dutch, as the sheets. */
  readonly language?: PrintLanguage;
}

export interface WriteReport {
  /** The name the description asked for. */
  readonly wanted: string;
  /** The name actually written ("MPP-kengetallen (2)" on a collision); the existing sheet when skipped. */
  readonly sheetName: string;
  /** A parameters sheet whose names all exist already is not written again. */
  readonly skipped?: 'namesExist';
  readonly ranges: readonly string[];
  readonly tables: readonly string[];
  readonly charts: readonly string[];
  /** Defined names added. */
  readonly names: readonly string[];
  /** Defined names that existed and were reused, never overwritten. */
  readonly reusedNames: readonly string[];
  /** context.sync() calls spent on this sheet (the shared read is counted on the first sheet). */
  readonly syncs: number;
  readonly largestRequestBytes: number;
  readonly warnings: readonly string[];
}

export type WriteError = ApiSetMissing | { readonly kind: 'excelError'; readonly message: string; readonly written: readonly WriteReport[] };

export type WriteResult =
  | { readonly ok: true; readonly value: { readonly sheets: readonly WriteReport[]; readonly syncs: number; readonly largestRequestBytes: number } }
  | { readonly ok: false; readonly error: WriteError };

const officeIsSetSupported = (set: string, version: string): boolean =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;

const lower = (names: readonly { name: string }[]): Set<string> => new Set(names.map((n) => n.name.toLowerCase()));

/** Formula if any, else the constant: range.formulas writes both in one assignment. */
const content = (cell: CellSpec): unknown => cell.formula ?? cell.value ?? '';
/** Text constants get the text format, so "2025" or "1/0" stay as typed; the rest their own format. */
const numberFormat = (cell: CellSpec): string => (cell.formula === undefined && typeof cell.value === 'string' ? '@' : (cell.format ?? 'General'));

/**
 * Writes sheet descriptions into the workbook, never touching what is there:
 * new sheets only, unique sheet/table names, existing defined names reused.
 * One sync reads the existing names; each sheet is then written in one sync
 * (more only if its request would pass maxRequestBytes), from rectangular
 * blocks, never cell by cell.
 */
export async function writeSheets(context: ExcelContextLike, descriptions: readonly SheetDescription[], deps: WriteDeps = {}): Promise<WriteResult> {
  const supported = deps.isSetSupported ?? officeIsSetSupported;
  for (const d of descriptions) {
    const version = requiredApiSets(d).required;
    if (!supported('ExcelApi', version)) return { ok: false, error: apiSetMissing(version) };
  }
  const canFreeze = supported('ExcelApi', '1.7');
  const canPrint = supported('ExcelApi', '1.9');
  const language = deps.language ?? 'nl';
  const maxBytes = deps.maxRequestBytes ?? 1_000_000;
  const reports: WriteReport[] = [];
  let syncs = 0;
  try {
    const { worksheets, tables, names } = context.workbook;
    worksheets.load('items/name');
    tables.load('items/name');
    names.load('items/name');
    await context.sync();
    syncs++;
    const sheetNames = lower(worksheets.items);
    // Tables and defined names share one namespace in Excel.
    const objectNames = new Set([...lower(tables.items), ...lower(names.items)]);
    const definedNames = lower(names.items);
    const renamed = new Map<string, string>();

    for (const d of descriptions) {
      const first = reports.length === 0 ? 1 : 0;
      if (d.kind === 'parameters' && d.names.length > 0 && d.names.every((n) => definedNames.has(n.name.toLowerCase()))) {
        reports.push({ wanted: d.name, sheetName: d.name, skipped: 'namesExist', ranges: [], tables: [], charts: [], names: [], reusedNames: d.names.map((n) => n.name), syncs: first, largestRequestBytes: 0, warnings: [] });
        continue;
      }
      const sheetName = uniqueSheetName(d.name, sheetNames);
      sheetNames.add(sheetName.toLowerCase());
      if (sheetName !== d.name) renamed.set(d.name, sheetName);
      const report = await writeOne(context, d, sheetName, { renamed, objectNames, definedNames, canFreeze, canPrint, language, maxBytes });
      syncs += report.syncs;
      reports.push({ ...report, syncs: report.syncs + first });
    }
  } catch (e) {
    return { ok: false, error: { kind: 'excelError', message: e instanceof Error ? e.message : String(e), written: reports } };
  }
  return { ok: true, value: { sheets: reports, syncs, largestRequestBytes: Math.max(0, ...reports.map((r) => r.largestRequestBytes)) } };
}

export async function writeSheet(context: ExcelContextLike, description: SheetDescription, deps: WriteDeps = {}): Promise<WriteResult> {
  return writeSheets(context, [description], deps);
}

interface WriteState {
  readonly renamed: ReadonlyMap<string, string>;
  readonly objectNames: Set<string>;
  readonly definedNames: Set<string>;
  readonly canFreeze: boolean;
  readonly canPrint: boolean;
  readonly language: PrintLanguage;
  readonly maxBytes: number;
}

async function writeOne(context: ExcelContextLike, d: SheetDescription, sheetName: string, state: WriteState): Promise<WriteReport> {
  let syncs = 0;
  let queued = 0;
  let largest = 0;
  /** Counts what a queued operation sends; syncs first if it would push the request past the limit. */
  const queue = async (payload: unknown): Promise<void> => {
    const bytes = JSON.stringify(payload).length;
    if (queued > 0 && queued + bytes > state.maxBytes) {
      await context.sync();
      syncs++;
      largest = Math.max(largest, queued);
      queued = 0;
    }
    queued += bytes;
  };
  const sheet: WorksheetLike = context.workbook.worksheets.add(sheetName);
  await queue({ add: sheetName });
  const ranges: string[] = [];
  const warnings: string[] = [];

  const cells = d.cells.map((c) => (c.formula ? { ...c, formula: rewriteSheetReferences(c.formula, state.renamed) } : c));
  for (const block of rectangles(cells)) {
    const formats = block.cells.map((row) => row.map(numberFormat));
    const formulas = block.cells.map((row) => row.map(content));
    await queue({ a: block.address, formats, formulas });
    const range = sheet.getRange(block.address);
    range.numberFormat = formats;
    range.formulas = formulas;
    ranges.push(block.address);
  }

  const byStyle = new Map<CellStyle, CellSpec[]>();
  for (const cell of cells) if (cell.style && Object.keys(STYLE[cell.style]).length > 0) byStyle.set(cell.style, [...(byStyle.get(cell.style) ?? []), cell]);
  for (const [style, styled] of byStyle) {
    const props = STYLE[style];
    for (const block of rectangles(styled)) {
      await queue({ a: block.address, props });
      const format = sheet.getRange(block.address).format;
      if (props.bold !== undefined) format.font.bold = props.bold;
      if (props.italic !== undefined) format.font.italic = props.italic;
      if (props.size !== undefined) format.font.size = props.size;
      if (props.color !== undefined) format.font.color = props.color;
      if (props.fill !== undefined) format.fill.color = props.fill;
    }
  }

  for (const [column, width] of Object.entries(d.columnWidths)) {
    await queue({ column, width });
    sheet.getRange(`${column}:${column}`).format.columnWidth = pointsForCharacters(width);
  }

  const tables: string[] = [];
  for (const t of d.tables) {
    const name = uniqueTableName(t.name, state.objectNames);
    state.objectNames.add(name.toLowerCase());
    await queue({ table: name, range: t.range });
    // A string address with the sheet: without one, Excel uses the ACTIVE sheet.
    const table = sheet.tables.add(`${sheetPrefix(sheetName)}${t.range}`, true);
    table.name = name;
    if (t.style) table.style = t.style;
    table.showTotals = t.showTotals ?? false;
    tables.push(name);
  }

  const names: string[] = [];
  const reusedNames: string[] = [];
  for (const n of d.names) {
    if (state.definedNames.has(n.name.toLowerCase())) {
      reusedNames.push(n.name);
      continue;
    }
    await queue({ name: n.name, address: n.address, comment: n.comment });
    context.workbook.names.add(n.name, sheet.getRange(n.address), n.comment);
    state.definedNames.add(n.name.toLowerCase());
    state.objectNames.add(n.name.toLowerCase());
    names.push(n.name);
  }

  const charts: string[] = [];
  for (const c of d.charts) {
    await queue({ chart: c });
    const type = c.type === 'line' ? 'Line' : c.type === 'barClustered' ? 'BarClustered' : 'ColumnClustered';
    const chart = sheet.charts.add(type, sheet.getRange(c.dataRange), c.seriesBy === 'rows' ? 'Rows' : 'Columns');
    chart.title.text = c.title;
    if (c.categoryAxisTitle) chart.axes.categoryAxis.title.text = c.categoryAxisTitle;
    if (c.valueAxisTitle) chart.axes.valueAxis.title.text = c.valueAxisTitle;
    chart.setPosition(c.from, c.to);
    charts.push(c.title);
  }

  if (d.freeze && (d.freeze.rows > 0 || d.freeze.columns > 0)) {
    if (!state.canFreeze) warnings.push('Titels blokkeren overgeslagen: deze Excel-versie ondersteunt ExcelApi 1.7 niet.');
    else {
      await queue({ freeze: d.freeze });
      if (d.freeze.columns === 0) sheet.freezePanes.freezeRows(d.freeze.rows);
      else sheet.freezePanes.freezeAt(`A1:${at(d.freeze.columns, Math.max(d.freeze.rows, 1))}`);
    }
  }
  if (!state.canPrint) warnings.push('Afdrukinstelling overgeslagen: deze Excel-versie ondersteunt ExcelApi 1.9 niet.');
  else {
    const print = printSetup(d, { language: state.language });
    await queue({ print });
    const layout = sheet.pageLayout;
    layout.paperSize = 'A4';
    layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // One page wide, as many tall as needed: verticalFitToPages 0 is the file format's fitToHeight="0" (automatic).
    // On Windows the fit may not apply unless the Page Layout tab was opened once (office-js #1860).
    layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
    const inch = 72;
    layout.leftMargin = print.margins.left * inch;
    layout.rightMargin = print.margins.right * inch;
    layout.topMargin = print.margins.top * inch;
    layout.bottomMargin = print.margins.bottom * inch;
    layout.headerMargin = print.margins.header * inch;
    layout.footerMargin = print.margins.footer * inch;
    layout.setPrintArea(print.printArea);
    if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
    const page = layout.headersFooters.defaultForAllPages;
    page.leftHeader = print.header.left;
    page.centerHeader = print.header.center;
    page.rightHeader = print.header.right;
    page.leftFooter = print.footer.left;
    page.centerFooter = print.footer.center;
    page.rightFooter = print.footer.right;
    for (const row of print.rowBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  }
  await context.sync();
  syncs++;
  largest = Math.max(largest, queued);
  return { wanted: d.name, sheetName, ranges, tables, charts, names, reusedNames, syncs, largestRequestBytes: largest, warnings };
}

