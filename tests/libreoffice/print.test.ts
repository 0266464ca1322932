// The default workbook as a controller prints it: `npm run workbook -- --out x.xlsx`, printed to PDF
// by LibreOffice headless, pages counted per sheet by the header each page carries (the sheet's title).
// Issue 11: at most 12 A4 pages in all (it was 78 before the print setup), ODA-toerekening on 1.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runWorkbookCommand } from '../../src/cli/workbook/run';
import { DEFAULT_EDITION } from '../../src/core';
import { basisScenario, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';
import { DEFAULT_WORKBOOK_SHEETS } from '../../src/core/sheets';
import { sofficeOrSkipReason } from './support/libreoffice';
import { headerLine, pagesOf, popplerOrSkipReason, printToPdf, type PrintedPage } from './support/pdf';

const found = sofficeOrSkipReason();
const poppler = popplerOrSkipReason();
const skip = 'skip' in found ? found.skip : 'skip' in poppler ? poppler.skip : undefined;
if (skip) console.warn(`SKIPPED tests/libreoffice/print.test.ts: ${skip}`);
const describeIfTools = skip ? describe.skip : describe;

const TODAY = '2026-12-01';
/** The sheets of the default workbook, their titles as the core writes them in A1 (and the header repeats). */
const plan = fullWorkbookPlan({ edition: DEFAULT_EDITION, sheets: DEFAULT_WORKBOOK_SHEETS, scenarios: [basisScenario(DEFAULT_EDITION)], formulaStyle: 'excel', writtenAt: TODAY });
const titleOf = (name: string) => String(plan.find((d) => d.name === name)?.cells.find((c) => c.address === 'A1')?.value);
const A4 = { short: 595, long: 842 };

describeIfTools('the default workbook printed by LibreOffice', () => {
  let pages: PrintedPage[];
  const perSheet = new Map<string, number>();
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'aenm-print-'));
    const file = path.join(dir, 'x.xlsx');
    const lines: string[] = [];
    const code = await runWorkbookCommand(['--out', file], { out: (l) => lines.push(l), err: (l) => lines.push(l) }, { addinVersion: 'test', today: TODAY });
    expect(code).toBe(0);
    const { poppler: tools } = poppler as Exclude<typeof poppler, { skip: string }>;
    pages = await pagesOf(tools, await printToPdf((found as { soffice: string }).soffice, file));
    for (const d of plan) perSheet.set(d.name, pages.filter((p) => headerLine(p).startsWith(titleOf(d.name).slice(0, 40))).length);
  }, 240_000);

  it('prints every page on A4', () => {
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)].sort((a, b) => a - b)).toEqual([A4.short, A4.long]);
  });

  it('heads every page with its sheet title and foots it with "pagina x van y"', () => {
    const counted = [...perSheet.values()].reduce((a, b) => a + b, 0);
    expect(counted).toBe(pages.length); // every page belongs to a sheet by its header
    pages.forEach((p, i) => expect(p.text).toMatch(new RegExp(`pagina ${i + 1} van ${pages.length}`)));
    for (const p of pages) expect(headerLine(p)).toMatch(/Editie OB2025 · geschreven op 2026-12-01$/);
  });

  it('prints at most 12 pages in all, ODA-toerekening on 1, every sheet on at least 1', () => {
    console.info(`printed pages: ${[...perSheet].map(([s, n]) => `${s} ${n}`).join(', ')}; total ${pages.length}`);
    expect(pages.length).toBeLessThanOrEqual(12);
    expect(perSheet.get('ODA-toerekening')).toBe(1);
    for (const d of plan) expect(perSheet.get(d.name)).toBeGreaterThanOrEqual(1);
  });

  it("keeps each chart on one page: its title is printed once, on its sheet's page", () => {
    for (const d of plan) {
      for (const chart of d.charts) {
        const on = pages.filter((p) => p.text.replace(/\s+/g, ' ').includes(chart.title.slice(0, 30)));
        expect(on.map((p) => headerLine(p).startsWith(titleOf(d.name).slice(0, 40)))).toEqual([true]);
      }
    }
  });

  it('keeps each Excel table on one page: its header row and its last row print on the same page', () => {
    let checked = 0;
    for (const d of plan) {
      const sheetPages = pages.filter((p) => headerLine(p).startsWith(titleOf(d.name).slice(0, 40)));
      for (const t of d.tables) {
        const [from, to] = t.range.split(':') as [string, string];
        const top = Number(from.replace(/^[A-Z]+/, ''));
        const bottom = Number(to.replace(/^[A-Z]+/, ''));
        if (bottom - top > 60) continue; // longer than a page holds at this scale: allowed to break
        const label = (row: number) => String(d.cells.find((c) => c.address === `A${row}`)?.value ?? '').slice(0, 25);
        const pageOf = (text: string) => sheetPages.findIndex((p) => p.text.includes(text));
        expect({ table: t.name, page: pageOf(label(bottom)) }).toEqual({ table: t.name, page: pageOf(label(top)) });
        expect(pageOf(label(top))).toBeGreaterThanOrEqual(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });
});
