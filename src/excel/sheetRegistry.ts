import type { SheetDescription, SheetKind } from '../core/sheets/types';
import { isScenarioMarker, SCENARIO_SHEET_LAYOUT } from '../core/sheets';
import type { WriteReport } from './writeSheets';

/**
 * Which sheets the add-in wrote, kept IN the workbook so it survives save,
 * close, reopen and co-authoring: one custom XML part per written sheet
 * (Workbook.customXmlParts, ExcelApi 1.5, below the ExcelApi the manifest
 * requires: MANIFEST_EXCEL_API in apiSets.ts). Why a custom XML part, not a marker cell or worksheet custom
 * properties: see the README (task pane, "Werkmap"). Append-only: a write
 * adds parts and never rewrites one, so two co-authors writing at once never
 * overwrite each other's record. The worksheet id (stable across renames)
 * finds a renamed sheet; a record whose sheet is gone is shown as deleted.
 */
export const REGISTRY_NAMESPACE = 'urn:aenm-begroting:written-sheet:1';

export interface WrittenSheetRecord {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly kind: SheetKind;
  readonly title: string;
  readonly edition: string;
  readonly formulaStyle: string;
  /** ISO date-time of the write. */
  readonly writtenAt: string;
}

export interface RegistryContext {
  readonly workbook: {
    readonly worksheets: {
      items: { readonly name: string; readonly id: string; getRange(address: string): { values: unknown[][]; load(p: string): void } }[];
      load(p: string): void;
      getItem(name: string): { id: string; load(p: string): void };
    };
    readonly customXmlParts: {
      add(xml: string): unknown;
      getByNamespace(namespace: string): { items: { getXml(): { value: string } }[]; load(p: string): void };
    };
  };
  sync(): Promise<void>;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
const FIELDS = ['sheetId', 'sheetName', 'kind', 'title', 'edition', 'formulaStyle', 'writtenAt'] as const;

export function recordXml(record: WrittenSheetRecord): string {
  const attributes = FIELDS.map((f) => `${f}="${escape(record[f])}"`).join(' ');
  return `<?xml version="1.0" encoding="UTF-8"?><sheet xmlns="${REGISTRY_NAMESPACE}" ${attributes}/>`;
}

/** Our own part's attributes back; anything else (another add-in's part, a damaged one) gives undefined. */
export function parseRecord(xml: string): WrittenSheetRecord | undefined {
  if (!xml.includes(`xmlns="${REGISTRY_NAMESPACE}"`)) return undefined;
  const out: Record<string, string> = {};
  for (const f of FIELDS) {
    const m = new RegExp(`\\s${f}="([^"]*)"`).exec(xml);
    if (!m) return undefined;
    out[f] = unescape(m[1]!);
  }
  return out as unknown as WrittenSheetRecord;
}

const titleOf = (d: SheetDescription): string => {
  const a1 = d.cells.find((c) => c.address === 'A1')?.value;
  return typeof a1 === 'string' ? a1 : d.name;
};

/** After a write, in the same Excel.run: one part per sheet actually written (skipped ones are not new). */
export async function recordWrittenSheets(context: RegistryContext, descriptions: readonly SheetDescription[], reports: readonly WriteReport[], now: string): Promise<void> {
  const written = reports.flatMap((report, i) => (report.skipped ? [] : [{ report, description: descriptions[i]! }]));
  if (written.length === 0) return;
  const sheets = written.map(({ report }) => {
    const sheet = context.workbook.worksheets.getItem(report.sheetName);
    sheet.load('id');
    return sheet;
  });
  await context.sync();
  written.forEach(({ report, description }, i) =>
    context.workbook.customXmlParts.add(
      recordXml({
        sheetId: sheets[i]!.id,
        sheetName: report.sheetName,
        kind: description.kind,
        title: titleOf(description),
        edition: description.edition,
        formulaStyle: description.formulaStyle,
        writtenAt: now,
      }),
    ),
  );
  await context.sync();
}

export interface WorkbookInventory {
  /** Newest first; `present` false when the sheet was deleted since. The name is the sheet's current one. */
  readonly sheets: readonly (WrittenSheetRecord & { readonly present: boolean })[];
  /** Scenario sheets by their marker cell (also those from the CLI's or the pane's .xlsx). */
  readonly scenarios: readonly { readonly sheetName: string; readonly label: string }[];
}

/**
 * Reads the registry and the scenario markers in one batch: one sync for the
 * sheet list and the parts, one for every part's XML and every sheet's
 * marker cells together (never a sync per sheet).
 */
export async function readInventory(context: RegistryContext): Promise<WorkbookInventory> {
  const { worksheets } = context.workbook;
  worksheets.load('items/name,items/id');
  // Custom XML parts: ExcelApi 1.5 ≤ MANIFEST_EXCEL_API (apiSets.ts, the set the manifest requires), so not checked.
  const parts = context.workbook.customXmlParts.getByNamespace(REGISTRY_NAMESPACE);
  parts.load('items/id');
  await context.sync();
  const xml = parts.items.map((p) => p.getXml());
  const heads = worksheets.items.map((sheet) => {
    const head = sheet.getRange(`${SCENARIO_SHEET_LAYOUT.marker}:${SCENARIO_SHEET_LAYOUT.name}`);
    head.load('values');
    return { sheet, head };
  });
  await context.sync();
  const byId = new Map(worksheets.items.map((s) => [s.id, s.name]));
  const records = xml.flatMap((r) => {
    const record = parseRecord(r.value);
    return record ? [record] : [];
  });
  // A refreshed sheet keeps its id and gets a new record (append-only): the newest one tells its edition.
  const newest = new Map<string, WrittenSheetRecord>();
  for (const r of records) if ((newest.get(r.sheetId)?.writtenAt ?? '') <= r.writtenAt) newest.set(r.sheetId, r);
  const sheets = [...newest.values()].map((r) => ({ ...r, sheetName: byId.get(r.sheetId) ?? r.sheetName, present: byId.has(r.sheetId) })).sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
  const scenarios = heads.flatMap(({ sheet, head }) => (isScenarioMarker(head.values[0]?.[0]) ? [{ sheetName: sheet.name, label: String(head.values[0]?.[1] || sheet.name) }] : []));
  return { sheets, scenarios };
}
