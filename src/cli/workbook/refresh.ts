import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Edition } from '../../core';
import { planRefresh, type WorkbookSheet } from '../../core/sheets/refresh';
import { refreshedWorkbookPlan } from '../../xlsx/fullWorkbookPlan';
import { writeWorkbookWithReport } from '../../xlsx/writeWorkbook';
import type { WorkbookArgs } from './args';
import { printable } from './readJsonFile';

/** A cell as the add-in's read-back sees it: a number, text or boolean; a formula gives its cached result. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return '';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('text' in value) return value.text;
  return '';
}

function sheetValues(sheet: ExcelJS.Worksheet): WorkbookSheet {
  const values: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => void ((values[r - 1] ??= [])[c - 1] = plain(cell.value)));
  });
  return { name: sheet.name, values: Array.from(values, (row) => Array.from(row ?? [], (v) => v ?? '')) };
}

export type RefreshOutcome = { ok: true; bytes: Uint8Array; lines: string[] } | { ok: false; message: string };

/**
 * --refresh: reads the old file, plans the refresh in the core and writes the new workbook. The
 * caller writes the bytes (never over the input: checked here before any work).
 */
export async function refreshWorkbook(args: WorkbookArgs & { refresh: string }, editions: readonly Edition[], context: { addinVersion: string; today: string }): Promise<RefreshOutcome> {
  if (path.resolve(args.refresh) === path.resolve(args.out)) return { ok: false, message: `--out ${printable(args.out)} is the file to refresh; the refresh never overwrites its input, name another file` };
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(args.refresh);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `${printable(args.refresh)}: cannot read (${code ?? (error instanceof Error ? error.message : String(error))})` };
  }
  const plan = planRefresh(editions, book.worksheets.map(sheetValues), args.edition);
  if (!plan.ok) return { ok: false, message: `${printable(args.refresh)}: ${plan.message}` };
  const descriptions = refreshedWorkbookPlan(plan, args.edition, args.formulaStyle, context.today);
  const { bytes, sheets } = await writeWorkbookWithReport(descriptions, { edition: args.edition.id, editionName: args.edition.name, addinVersion: context.addinVersion });
  const lines = [
    `edition ${plan.from.id} → ${args.edition.id}: ${sheets.map((s) => s.sheetName).join(', ')} written again (published figures and formulas of ${args.edition.id}, the edition cell changed)`,
    ...plan.inputs.map((i) => (i.kept ? `kept input: ${i.sheet}!${i.cell} ${i.what} = ${i.value}` : `input not carried: ${i.sheet}!${i.cell} ${i.what} = ${i.value} (${args.edition.id} does not project that year)`)),
    ...(plan.inputs.length === 0 ? ['no edited inputs: every input was the old edition’s prefill'] : []),
    ...plan.otherSheets.map((name) => `not carried: ${printable(name)} (not written by the add-in, or of another edition); copy it from ${printable(args.refresh)}`),
  ];
  return { ok: true, bytes, lines };
}
