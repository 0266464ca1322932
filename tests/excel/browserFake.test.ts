// The browser tests' fake Excel (tests/browser/support/fakeExcelBrowser.js) is as strict as the
// recording fake: each of Excel's refusals fails the next sync, and the Office.js adapter still
// writes a whole plan through it. Run here in a Node vm, with the window it expects.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { OB2025 } from '../../src/core';
import { cutsSheet, odaSheet, workbookPlan } from '../../src/core/sheets';
import { writeSheets, type ExcelContextLike } from '../../src/excel';

const SOURCE = readFileSync(path.join(__dirname, '../browser/support/fakeExcelBrowser.js'), 'utf8');

interface Book {
  sheets: Record<string, { cells: Record<string, unknown> }>;
  order: string[];
  names: { name: string }[];
  tables: { name: string }[];
  active?: string;
  rejected: string[];
}
type Ctx = ExcelContextLike & { workbook: { worksheets: { getItem(n: string): { getRange(a: string): { formulas: unknown[][]; numberFormat: unknown[][] } } } } };
async function load(): Promise<{ ctx: Ctx; book: Book }> {
  const window: Record<string, unknown> = {};
  vm.runInNewContext(SOURCE, { window, setTimeout, DOMParser: class {}, JSON, Promise, Error, Object, Array, String });
  let ctx: unknown;
  await (window.Excel as { run(cb: (c: unknown) => unknown): Promise<unknown> }).run((c) => (ctx = c));
  return { ctx: ctx as never, book: window.__fakeWorkbook as Book };
}

describe('the browser fake refuses what Excel refuses, at the next sync', () => {
  it.each([
    ['an array of the wrong shape', (c: Ctx) => void (c.workbook.worksheets.add('Blad').getRange('A1:B2').formulas = [[1]]), /does not match/],
    [
      'a taken sheet name (case-insensitive)',
      (c: Ctx) => {
        c.workbook.worksheets.add('Blad');
        c.workbook.worksheets.add('BLAD');
      },
      /already exists/,
    ],
    ['a sheet name Excel refuses', (c: Ctx) => void c.workbook.worksheets.add("Plan'"), /apostrophe/],
    ['an unquoted cell-like sheet name', (c: Ctx) => void (c.workbook.worksheets.add('Blad').getRange('A1').formulas = [['=Q3!C38']]), /unquoted/],
    ['a ";" separator', (c: Ctx) => void (c.workbook.worksheets.add('Blad').getRange('A1').formulas = [['=ROUND(A2;0)']]), /;/],
    ['a decimal comma', (c: Ctx) => void (c.workbook.worksheets.add('Blad').getRange('A1').formulas = [['=0,95*A2']]), /decimal comma/],
    ['an nl-NL number format', (c: Ctx) => void (c.workbook.worksheets.add('Blad').getRange('A1').numberFormat = [['#.##0,00']]), /nl-NL/],
    ['a name that reads as a cell', (c: Ctx) => void c.workbook.names.add('COA2027', c.workbook.worksheets.add('Blad').getRange('A1') as never), /cell reference/],
    [
      'a blank table header',
      (c: Ctx) => {
        const s = c.workbook.worksheets.add('Blad') as unknown as { tables: { add(a: string, h: boolean): unknown } };
        s.tables.add('Blad!A1:B2', true);
      },
      /blank/,
    ],
  ])('%s', async (_what, act, message) => {
    const { ctx, book } = await load();
    act(ctx);
    await expect(ctx.sync()).rejects.toThrow(message);
    expect(book.rejected).toHaveLength(1);
    await expect(ctx.sync()).resolves.toBeUndefined(); // the next batch starts clean
  });

  it('a refused operation drops the rest of its batch; earlier ones stay', async () => {
    const { ctx, book } = await load();
    ctx.workbook.worksheets.add('Een');
    ctx.workbook.worksheets.add('Q3/Q4');
    ctx.workbook.worksheets.add('Twee');
    await expect(ctx.sync()).rejects.toThrow(/holds one of/);
    expect(book.order).toEqual(['Een']);
  });

  it("the adapter writes a plan through it and activates the action's sheet", async () => {
    const { ctx, book } = await load();
    const opts = { formulaStyle: 'excel' as const, writtenAt: '2026-12-01' };
    const result = await writeSheets(ctx, workbookPlan(OB2025, [odaSheet(OB2025, opts), cutsSheet(OB2025, opts)], opts.writtenAt));
    if (!result.ok) throw new Error(result.error.message);
    expect(book.rejected).toEqual([]);
    expect(book.order).toEqual(['Parameters OB2025', 'ODA-toerekening', 'Taakstelling 2027-2028']);
    expect(book.active).toBe('Taakstelling 2027-2028');
  });
});
