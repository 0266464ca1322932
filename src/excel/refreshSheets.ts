import type { Edition } from '../core';
import { parseAddress } from '../core/sheets/a1';
import { planRefresh, type KeptInput, type WorkbookSheet } from '../core/sheets/refresh';
import type { FormulaStyle, SheetDescription } from '../core/sheets/types';
import { refreshedWorkbookPlan } from '../xlsx/fullWorkbookPlan';
import type { ExcelContextLike, ReplacedSheet } from './excelLike';
import { writeSheets, type WriteDeps, type WriteReport } from './writeSheets';

/**
 * "Refresh to <edition>" in Excel (issue 13 item 2): the add-in's sheets read in one batch,
 * planned by the core's planRefresh (the edition each records, the controller's edited inputs),
 * and written again from the new edition IN PLACE through writeSheets (deps.replace): each
 * existing sheet is cleared and rewritten under the new edition's name for it, so formulas on
 * the controller's own sheets that point at it keep pointing at it, and nothing outside the
 * refreshed sheets is touched. A sheet the new plan needs and the workbook lacks (the new
 * edition's parameter sheet for 'excel' formulas) is added, and deleted again if the write fails.
 *
 * Syncs: one for the read (every sheet's used range, tables and charts together), then the
 * writer's: one for the workbook's names and one per sheet (more only for a request over 1 MB).
 */
export interface RefreshReadContext {
  readonly workbook: {
    readonly worksheets: {
      getItem(name: string): {
        /** valuesOnly (ExcelApi 1.2): cells with values only, not a far-away formatted blank, so the read stays small. */
        getUsedRange(valuesOnly: boolean): { values: unknown[][]; address: string; load(p: string): void };
        readonly tables: { items: { readonly name: string; delete(): void }[]; load(p: string): void };
        readonly charts: { items: { delete(): void }[]; load(p: string): void };
      };
    };
  };
  sync(): Promise<void>;
}

export interface RefreshRequest {
  readonly editions: readonly Edition[];
  readonly to: Edition;
  /** The sheets to refresh (the Werkmap's list, or one of them). */
  readonly sheetNames: readonly string[];
  readonly formulaStyle: FormulaStyle;
  readonly writtenAt: string;
}

export type RefreshFailure =
  | { readonly kind: 'none' }
  | { readonly kind: 'mixed'; readonly editions: readonly string[] }
  | { readonly kind: 'unreadable'; readonly sheet: string }
  | { readonly kind: 'read'; readonly message: string }
  | {
      readonly kind: 'write';
      readonly message: string;
      /** Sheets already written again from the new edition before the failure. */
      readonly rewritten: readonly string[];
      /** The existing sheet being written when it failed: it may be half-written. */
      readonly failedAt?: string;
      /** Sheets the refresh added and deleted again. */
      readonly removed: readonly string[];
    };

export type RefreshResult =
  | {
      readonly ok: true;
      readonly from: string;
      readonly to: string;
      /** Each refreshed sheet: its name before and after (the parameter and cut sheets carry the edition in their name). */
      readonly sheets: readonly { readonly before?: string; readonly after: string }[];
      readonly inputs: readonly KeptInput[];
      readonly syncs: number;
      readonly largestRequestBytes: number;
      /** What was written, for the registry (run.ts records it in the same Excel.run). */
      readonly written: { readonly descriptions: readonly SheetDescription[]; readonly reports: readonly WriteReport[] };
    }
  | { readonly ok: false; readonly failure: RefreshFailure };

/** A used range's values as planRefresh wants them: from A1 (Excel's used range starts at the first filled cell). */
function fromA1(address: string, values: unknown[][]): WorkbookSheet['values'] {
  const local = address.slice(address.lastIndexOf('!') + 1).split(':')[0]!;
  const { column, row } = parseAddress(local);
  const pad = Array.from({ length: column - 1 }, () => '');
  return [...Array.from({ length: row - 1 }, () => []), ...values.map((r) => [...pad, ...r])] as WorkbookSheet['values'];
}

/**
 * Which existing sheet each description replaces: the same kind, in workbook order (scenarios one
 * by one). Never the parameter sheet: its defined names carry the edition (OB2025_…), and formulas
 * that still use them (the controller's, or an add-in sheet not refreshed) must keep finding the
 * old edition's values, so the new edition's parameter sheet is added beside it (or reused when
 * its names exist) and the old one is left as it is.
 */
function replacements(descriptions: readonly SheetDescription[], ours: readonly { name: string; kind: string }[], loaded: ReadonlyMap<string, Omit<ReplacedSheet, 'sheetName'>>): Map<string, ReplacedSheet> {
  const left = [...ours];
  const replace = new Map<string, ReplacedSheet>();
  for (const d of descriptions) {
    if (d.kind === 'parameters') continue;
    const i = left.findIndex((s) => s.kind === d.kind);
    if (i < 0) continue;
    const [source] = left.splice(i, 1);
    replace.set(d.name, { sheetName: source!.name, ...loaded.get(source!.name)! });
  }
  return replace;
}

export async function refreshSheets(context: ExcelContextLike & RefreshReadContext, request: RefreshRequest, deps: WriteDeps = {}): Promise<RefreshResult> {
  const reader: RefreshReadContext = context;
  const reads = request.sheetNames.map((name) => {
    const sheet = reader.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRange(true);
    used.load('values,address');
    sheet.tables.load('items/name');
    sheet.charts.load('items/name');
    return { name, sheet, used };
  });
  try {
    await context.sync();
  } catch (error) {
    return { ok: false, failure: { kind: 'read', message: error instanceof Error ? error.message : String(error) } };
  }
  const plan = planRefresh(
    request.editions,
    reads.map((r) => ({ name: r.name, values: fromA1(r.used.address, r.used.values) })),
    request.to,
  );
  if (!plan.ok) {
    if (plan.reason === 'mixed') return { ok: false, failure: { kind: 'mixed', editions: plan.editions ?? [] } };
    if (plan.reason === 'unreadable') return { ok: false, failure: { kind: 'unreadable', sheet: plan.sheet ?? '' } };
    return { ok: false, failure: { kind: 'none' } };
  }
  const descriptions = refreshedWorkbookPlan(plan, request.to, request.formulaStyle, request.writtenAt);
  const loaded = new Map(reads.map((r) => [r.name, { tables: r.sheet.tables.items, charts: r.sheet.charts.items }]));
  const replace = replacements(descriptions, plan.sheets, loaded);
  const result = await writeSheets(context, descriptions, { ...deps, replace });
  if (!result.ok) {
    const { error } = result;
    return {
      ok: false,
      failure: { kind: 'write', message: error.message, rewritten: error.rewritten ?? [], ...(error.failedAt ? { failedAt: error.failedAt } : {}), removed: error.undone?.sheets ?? [] },
    };
  }
  const before = (report: WriteReport): string | undefined => replace.get(report.wanted)?.sheetName;
  return {
    ok: true,
    from: plan.from.id,
    to: request.to.id,
    sheets: result.value.sheets.filter((s) => !s.skipped).map((s) => ({ ...(before(s) ? { before: before(s)! } : {}), after: s.sheetName })),
    inputs: plan.inputs,
    syncs: 1 + result.value.syncs,
    largestRequestBytes: result.value.largestRequestBytes,
    written: { descriptions, reports: result.value.sheets },
  };
}
