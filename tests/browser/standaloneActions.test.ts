// Outside Office (Office.js stub: host null) the pane's own actions offer their sheets as an
// .xlsx download instead of writing into a workbook, and the compare action compares the
// scenarios downloaded in the same session.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { useAddinHarness } from './support';

const harness = useAddinHarness();
const card = (page: Page, action: string) => page.locator(`section[data-action="${action}"]`);

async function downloadFrom(page: Page, action: string): Promise<ExcelJS.Workbook> {
  const section = card(page, action);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), section.getByRole('button', { name: /^Schrijf blad/ }).click()]);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'aenm-action-')), download.suggestedFilename());
  await download.saveAs(file);
  await section
    .getByRole('status')
    .getByText(/download/)
    .waitFor({ timeout: 10_000 });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

it('ODA and scenario actions download .xlsx files outside Excel; compare uses the downloaded scenario', async () => {
  const { page, errors, blocked } = await harness.open('taskpane.html', { office: { host: null } });
  await page.getByRole('heading', { level: 1 }).waitFor();

  const oda = await downloadFrom(page, 'oda');
  const odaSheet = oda.getWorksheet('ODA-toerekening');
  const values = new Set<unknown>();
  odaSheet?.eachRow((row) => row.eachCell((cell) => values.add(cell.value)));
  // Tabel 7: Bijdrage COA 1.718.754 and Totaal 1.833.252 (x € 1.000), as published.
  expect(values.has(1718754)).toBe(true);
  expect(values.has(1833252)).toBe(true);

  await page.getByRole('tab', { name: "Scenario's" }).click();
  await card(page, 'scenario')
    .getByLabel(/Naam van het scenario/)
    .fill('Standalone');
  const scenario = await downloadFrom(page, 'scenario');
  expect(scenario.worksheets.map((w) => w.name)).toContain('Scenario Standalone');

  await page.getByRole('tab', { name: 'Werkmap' }).click();
  const compare = await downloadFrom(page, 'compare');
  // The comparison file carries the scenario it compares, so its formulas resolve.
  expect(compare.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Scenario Standalone', "Scenario's vergelijken"]));
  const compareSheet = compare.getWorksheet("Scenario's vergelijken");
  const formulas: string[] = [];
  compareSheet?.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) formulas.push(cell.formula);
    }),
  );
  expect(formulas.some((f) => f.includes("'Scenario Standalone'!"))).toBe(true);

  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
}, 120_000);
