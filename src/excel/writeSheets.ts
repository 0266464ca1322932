import { at, sheetPrefix } from '../core/sheets/a1';
import { COLOUR } from '../core/sheets/palette';
import type { CellSpec, InputRule, SheetDescription } from '../core/sheets/types';
import { printSetup, type PrintLanguage } from '../core/sheets/print';
import { rectangles } from './blocks';
import { pointsForCharacters, styleOf, type StyleProps } from './cellStyles';
import type { ExcelContextLike, MaybeDeletable, ReplacedSheet, WorksheetLike } from './excelLike';
import { rewriteSheetReferences, uniqueSheetName, uniqueTableName } from './uniqueNames';

export interface WriteDeps {
  /** Split a sheet's write into more syncs only above this estimated JSON size (default 1 MB; Excel on the web refuses 5 MB). */
  readonly maxRequestBytes?: number;
  /**
   * Protect each written sheet without a password (the pane's setting; off by
   * default): only the input cells, unlocked, stay editable. Review > Unprotect
   * Sheet lifts it. worksheet.protection.protect(), ExcelApi 1.2
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1)).
   */
  readonly protect?: boolean;
  /** Language of the printed header and footer; default Dutch, as the sheets. */
  readonly language?: PrintLanguage;
  /**
   * A refresh (refreshSheets.ts): the existing sheet each description replaces, by description
   * name. That sheet is cleared (its tables, charts, contents, formats, validation, conditional
   * formats, freeze panes, page breaks, protection) and written again in place, renamed to the
   * description's name when the edition changes it; its defined names are reused. Nothing else
   * in the workbook is touched.
   */
  readonly replace?: ReadonlyMap<string, ReplacedSheet>;
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

export type WriteError = {
  readonly kind: 'excelError';
  readonly message: string;
  /** Sheets written before the failure and still in the workbook: none when the clean-up succeeded. */
  readonly written: readonly WriteReport[];
  /** What the failed action had created and was deleted again (sheets, then defined names); undefined when nothing was created. */
  readonly undone?: { readonly sheets: readonly string[]; readonly names: readonly string[]; readonly complete: boolean };
  /** A refresh (deps.replace): existing sheets fully written again before the failure, and the one being written when it failed (possibly half-written: it existed, so it is not deleted). */
  readonly rewritten?: readonly string[];
  readonly failedAt?: string;
};

export type WriteResult = { readonly ok: true; readonly value: { readonly sheets: readonly WriteReport[]; readonly syncs: number; readonly largestRequestBytes: number } } | { readonly ok: false; readonly error: WriteError };

const lower = (names: readonly { name: string }[]): Set<string> => new Set(names.map((n) => n.name.toLowerCase()));

/** Formula if any, else the constant: range.formulas writes both in one assignment. */
const content = (cell: CellSpec): unknown => cell.formula ?? cell.value ?? '';
/** Text constants get the text format, so "2025" or "1/0" stay as typed; the rest their own format. */
const numberFormat = (cell: CellSpec): string => (cell.formula === undefined && typeof cell.value === 'string' ? '@' : (cell.format ?? 'General'));

/** The sheet to show when the write succeeds: the action's own (last non-parameters) sheet. */
function sheetToActivate(descriptions: readonly SheetDescription[]): number {
  for (let i = descriptions.length - 1; i >= 0; i--) if (descriptions[i]!.kind !== 'parameters') return i;
  return descriptions.length - 1;
}

/**
 * Writes sheet descriptions into the workbook, never touching what is there:
 * new sheets only, unique sheet/table names, existing defined names reused.
 * One sync reads the existing names; each sheet is then written in one sync
 * (more only if its request would pass maxRequestBytes), from rectangular
 * blocks, never cell by cell. The action's own sheet is activated in its last
 * sync. Office.js batches do not roll back: when a sync fails half-way, what
 * this call created (sheets with their tables, defined names) is deleted
 * again, so a failed action leaves the workbook as it found it.
 */
export async function writeSheets(context: ExcelContextLike, descriptions: readonly SheetDescription[], deps: WriteDeps = {}): Promise<WriteResult> {
  const protect = deps.protect ?? false;
  const language = deps.language ?? 'nl';
  const maxBytes = deps.maxRequestBytes ?? 1_000_000;
  const reports: WriteReport[] = [];
  const created: Created = { sheets: [], names: [] };
  const activate = sheetToActivate(descriptions);
  const rewritten: string[] = [];
  let failedAt: string | undefined;
  let syncs = 0;
  try {
    const { worksheets, tables, names } = context.workbook;
    worksheets.load('items/name');
    tables.load('items/name');
    names.load('items/name');
    await context.sync();
    syncs++;
    const replace = deps.replace ?? new Map<string, ReplacedSheet>();
    const replaced = new Set([...replace.values()].map((r) => r.sheetName.toLowerCase()));
    // A replaced sheet's own name and its tables' names are free again: it is cleared before it is written.
    const sheetNames = new Set([...lower(worksheets.items)].filter((n) => !replaced.has(n)));
    const replacedTables = new Set([...replace.values()].flatMap((r) => r.tables.map((t) => t.name.toLowerCase())));
    const tableNames = new Set([...lower(tables.items)].filter((n) => !replacedTables.has(n)));
    const definedNames = lower(names.items);
    // Tables and defined names share one namespace in Excel: a defined name the
    // formulas rely on cannot be renamed, so one that a table already holds stops the write.
    const clashes = [...new Set(descriptions.flatMap((d) => d.names.map((n) => n.name)).filter((n) => tableNames.has(n.toLowerCase())))];
    if (clashes.length > 0) {
      return { ok: false, error: { kind: 'excelError', message: `De naam ${clashes.join(', ')} is in deze werkmap al de naam van een tabel; hernoem die tabel en probeer het opnieuw.`, written: [] } };
    }
    // New tables also stay clear of the defined names this write is still going to add.
    const objectNames = new Set([...tableNames, ...definedNames, ...descriptions.flatMap((d) => d.names.map((n) => n.name.toLowerCase()))]);
    const renamed = new Map<string, string>();

    for (const [i, d] of descriptions.entries()) {
      const first = reports.length === 0 ? 1 : 0;
      const existing = replace.get(d.name);
      if (!existing && d.kind === 'parameters' && d.names.length > 0 && d.names.every((n) => definedNames.has(n.name.toLowerCase()))) {
        reports.push({ wanted: d.name, sheetName: d.name, skipped: 'namesExist', ranges: [], tables: [], charts: [], names: [], reusedNames: d.names.map((n) => n.name), syncs: first, largestRequestBytes: 0, warnings: [] });
        continue;
      }
      const sheetName = uniqueSheetName(d.name, sheetNames);
      sheetNames.add(sheetName.toLowerCase());
      if (sheetName !== d.name) renamed.set(d.name, sheetName);
      if (!existing) created.sheets.push(sheetName);
      if (existing) failedAt = existing.sheetName;
      const report = await writeOne(context, d, sheetName, { renamed, objectNames, definedNames, protect, language, maxBytes, created, activate: i === activate, ...(existing ? { existing } : {}) });
      syncs += report.syncs;
      reports.push({ ...report, syncs: report.syncs + first });
      if (existing) rewritten.push(sheetName);
      failedAt = undefined;
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const refresh = deps.replace ? { rewritten, ...(failedAt ? { failedAt } : {}) } : {};
    if (created.sheets.length === 0 && created.names.length === 0) return { ok: false, error: { kind: 'excelError', message, written: reports, ...refresh } };
    const complete = await undo(context, created);
    return { ok: false, error: { kind: 'excelError', message, written: complete ? [] : reports, undone: { ...created, complete }, ...refresh } };
  }
  return { ok: true, value: { sheets: reports, syncs, largestRequestBytes: Math.max(0, ...reports.map((r) => r.largestRequestBytes)) } };
}

interface Created {
  readonly sheets: string[];
  readonly names: string[];
}

/**
 * Deletes what a failed write created: defined names first (a workbook-scoped
 * name would otherwise survive its sheet as a #REF! name), then the sheets
 * (their tables and charts go with them). Each is looked up first
 * (getItemOrNullObject): the failed request may not have created it.
 * True when everything is gone.
 */
async function undo(context: ExcelContextLike, created: Created): Promise<boolean> {
  try {
    const found: MaybeDeletable[] = [...created.names.map((n) => context.workbook.names.getItemOrNullObject(n)), ...created.sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s))];
    for (const item of found) item.load('isNullObject');
    await context.sync();
    for (const item of found) if (!item.isNullObject) item.delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

export async function writeSheet(context: ExcelContextLike, description: SheetDescription, deps: WriteDeps = {}): Promise<WriteResult> {
  return writeSheets(context, [description], deps);
}

interface WriteState {
  readonly renamed: ReadonlyMap<string, string>;
  readonly objectNames: Set<string>;
  readonly definedNames: Set<string>;
  readonly protect: boolean;
  readonly language: PrintLanguage;
  readonly maxBytes: number;
  /** Filled as operations are queued, so a failure can delete them again. */
  readonly created: Created;
  /** This sheet is the one to show: activated in its last sync. */
  readonly activate: boolean;
  /** A refresh: the sheet to clear and write again in place, instead of a new one. */
  readonly existing?: ReplacedSheet;
}

/**
 * Clears a sheet for a refresh, queued in the sheet's first request: what the writer sets
 * (tables, charts, contents and formats, validation, conditional formats, freeze panes, page
 * breaks, protection) goes, then it takes the description's name. Column widths are set again.
 */
function clearForRewrite(context: ExcelContextLike, existing: ReplacedSheet, sheetName: string): WorksheetLike {
  const sheet = context.workbook.worksheets.getItem(existing.sheetName);
  sheet.protection.unprotect();
  for (const table of existing.tables) table.delete();
  for (const chart of existing.charts) chart.delete();
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.clear('All');
  sheet.freezePanes.unfreeze();
  sheet.horizontalPageBreaks.removePageBreaks();
  if (existing.sheetName !== sheetName) sheet.name = sheetName;
  return sheet;
}

/** Groups cells by a key, in first-seen order. */
function groupBy<T>(cells: readonly CellSpec[], key: (cell: CellSpec) => T | undefined): Map<string, { value: T; cells: CellSpec[] }> {
  const groups = new Map<string, { value: T; cells: CellSpec[] }>();
  for (const cell of cells) {
    const value = key(cell);
    if (value === undefined) continue;
    const k = JSON.stringify(value);
    const group = groups.get(k);
    if (group) group.cells.push(cell);
    else groups.set(k, { value, cells: [cell] });
  }
  return groups;
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
  const sheet: WorksheetLike = state.existing ? clearForRewrite(context, state.existing, sheetName) : context.workbook.worksheets.add(sheetName);
  await queue(state.existing ? { clear: state.existing.sheetName, name: sheetName } : { add: sheetName });
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

  // Every cell's full look from the one palette (src/core/sheets/palette.ts), one write per rectangle of equal looks.
  for (const { value: props, cells: styled } of groupBy<StyleProps>(cells, styleOf).values()) {
    for (const block of rectangles(styled)) {
      await queue({ a: block.address, props });
      const format = sheet.getRange(block.address).format;
      format.font.name = props.name;
      format.font.size = props.size;
      format.font.bold = props.bold;
      format.font.italic = props.italic;
      format.font.color = props.color;
      if (props.fill !== undefined) format.fill.color = props.fill;
      format.horizontalAlignment = props.horizontalAlignment;
      format.wrapText = props.wrapText;
    }
  }

  // Inputs: unlocked (the rest keeps Excel's default, locked), validated by their driver's declared limits.
  for (const block of rectangles(cells.filter((c) => c.locked === false))) {
    await queue({ a: block.address, locked: false });
    sheet.getRange(block.address).format.protection.locked = false;
  }
  // ExcelApi 1.8 (dataValidation) and 1.6 (conditionalFormats): below the 1.11 every SharedRuntime 1.1 host has (apiSets.ts).
  const validated = groupBy<InputRule>(cells, (c) => c.validation);
  {
    for (const { value: rule, cells: ruled } of validated.values()) {
      for (const block of rectangles(ruled)) {
        await queue({ a: block.address, rule });
        // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
        const validation = sheet.getRange(block.address).dataValidation;
        const basic = { operator: 'Between' as const, formula1: rule.min, formula2: rule.max };
        validation.ignoreBlanks = false;
        validation.rule = rule.kind === 'whole' ? { wholeNumber: basic } : { decimal: basic };
        validation.prompt = { showPrompt: true, title: rule.title, message: rule.message };
        validation.errorAlert = { showAlert: true, style: 'Stop', title: rule.title, message: rule.message };
      }
    }
  }

  // Gaps: red while need exceeds budget, a rule Excel re-evaluates, not a fixed fill.
  const highlights = d.highlights ?? [];
  {
    for (const h of highlights) {
      await queue({ a: h.range, greaterThan: h.greaterThan });
      // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
      const cf = sheet.getRange(h.range).conditionalFormats.add('CellValue');
      cf.cellValue.format.font.color = COLOUR.gapText;
      cf.cellValue.format.fill.color = COLOUR.gapFill;
      cf.cellValue.rule = { formula1: String(h.greaterThan), operator: 'GreaterThan' };
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
    state.created.names.push(n.name);
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
    await queue({ freeze: d.freeze });
    if (d.freeze.columns === 0) sheet.freezePanes.freezeRows(d.freeze.rows);
    else sheet.freezePanes.freezeAt(`A1:${at(d.freeze.columns, Math.max(d.freeze.rows, 1))}`);
  }
  if (state.activate) {
    await queue({ activate: sheetName });
    sheet.activate();
  }
  // Print setup: worksheet.pageLayout and horizontalPageBreaks are ExcelApi 1.9, below the 1.11 every SharedRuntime 1.1 host has (apiSets.ts).
  {
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
  // Last, after the print setup: a protected sheet keeps its unlocked input cells editable.
  if (state.protect) {
    await queue({ protect: true });
    sheet.protection.protect();
  }
  await context.sync();
  syncs++;
  largest = Math.max(largest, queued);
  return { wanted: d.name, sheetName, ranges, tables, charts, names, reusedNames, syncs, largestRequestBytes: largest, warnings };
}
