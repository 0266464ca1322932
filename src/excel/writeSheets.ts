import { at, sheetPrefix } from '../core/sheets/a1';
import type { CellSpec, CellStyle, SheetDescription } from '../core/sheets/types';
import { rectangles } from './blocks';
import { pointsForCharacters, STYLE } from './cellStyles';
import type { ExcelContextLike, MaybeDeletable, WorksheetLike } from './excelLike';
import { rewriteSheetReferences, uniqueSheetName, uniqueTableName } from './uniqueNames';

export interface WriteDeps {
  /**
   * Not consulted: the writes need nothing above ExcelApi 1.7, which the
   * manifest declares (apiSets.ts), so they check no API set. Kept so callers
   * that pass the host's check still compile.
   */
  readonly isSetSupported?: (set: 'ExcelApi', version: string) => boolean;
  /** Split a sheet's write into more syncs only above this estimated JSON size (default 1 MB; Excel on the web refuses 5 MB). */
  readonly maxRequestBytes?: number;
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
};

export type WriteResult =
  | { readonly ok: true; readonly value: { readonly sheets: readonly WriteReport[]; readonly syncs: number; readonly largestRequestBytes: number } }
  | { readonly ok: false; readonly error: WriteError };

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
  const maxBytes = deps.maxRequestBytes ?? 1_000_000;
  const reports: WriteReport[] = [];
  const created: Created = { sheets: [], names: [] };
  const activate = sheetToActivate(descriptions);
  let syncs = 0;
  try {
    const { worksheets, tables, names } = context.workbook;
    worksheets.load('items/name');
    tables.load('items/name');
    names.load('items/name');
    await context.sync();
    syncs++;
    const sheetNames = lower(worksheets.items);
    const tableNames = lower(tables.items);
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
      if (d.kind === 'parameters' && d.names.length > 0 && d.names.every((n) => definedNames.has(n.name.toLowerCase()))) {
        reports.push({ wanted: d.name, sheetName: d.name, skipped: 'namesExist', ranges: [], tables: [], charts: [], names: [], reusedNames: d.names.map((n) => n.name), syncs: first, largestRequestBytes: 0, warnings: [] });
        continue;
      }
      const sheetName = uniqueSheetName(d.name, sheetNames);
      sheetNames.add(sheetName.toLowerCase());
      if (sheetName !== d.name) renamed.set(d.name, sheetName);
      created.sheets.push(sheetName);
      const report = await writeOne(context, d, sheetName, { renamed, objectNames, definedNames, maxBytes, created, activate: i === activate });
      syncs += report.syncs;
      reports.push({ ...report, syncs: report.syncs + first });
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (created.sheets.length === 0 && created.names.length === 0) return { ok: false, error: { kind: 'excelError', message, written: reports } };
    const complete = await undo(context, created);
    return { ok: false, error: { kind: 'excelError', message, written: complete ? [] : reports, undone: { ...created, complete } } };
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
    const found: MaybeDeletable[] = [
      ...created.names.map((n) => context.workbook.names.getItemOrNullObject(n)),
      ...created.sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s)),
    ];
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
  readonly maxBytes: number;
  /** Filled as operations are queued, so a failure can delete them again. */
  readonly created: Created;
  /** This sheet is the one to show: activated in its last sync. */
  readonly activate: boolean;
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
  await context.sync();
  syncs++;
  largest = Math.max(largest, queued);
  return { wanted: d.name, sheetName, ranges, tables, charts, names, reusedNames, syncs, largestRequestBytes: largest, warnings };
}

