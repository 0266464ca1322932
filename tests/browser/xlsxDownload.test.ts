// The pane outside Office (Office.js stub: host null) offers every sheet as an .xlsx download.
// The downloaded file must hold the same figures and pass the same LibreOffice recalculation
// as the command line's (tests/libreoffice), and ExcelJS must arrive only on the click.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkWithLibreOffice } from '../libreoffice/support/check';
import { formulaCells, sofficeOrSkipReason } from '../libreoffice/support/libreoffice';
import { expectPublishedFigures } from '../libreoffice/support/published';
import { readCharts } from '../xlsx/support/chartParts';
import { useAddinHarness } from './support';

const harness = useAddinHarness();

it('downloads the full workbook from the standalone pane; LibreOffice agrees with every cached value', async () => {
  const opened = await harness.open('taskpane.html', { office: { host: null } });
  const button = opened.page.getByTestId('download-xlsx');
  await button.waitFor({ timeout: 15_000 });
  const exceljsBefore = opened.requests.filter((u) => /exceljs/i.test(u));

  const [download] = await Promise.all([opened.page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^AENM-OB2025-Werkmap-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'aenm-dl-')), download.suggestedFilename());
  await download.saveAs(file);

  // ExcelJS is a lazy chunk: not fetched for the first render, fetched for the download.
  expect(exceljsBefore).toEqual([]);
  expect(opened.requests.some((u) => /exceljs/i.test(u))).toBe(true);
  expect(opened.blocked).toEqual([]);
  expect(opened.errors).toEqual([]);

  const cached = await formulaCells(file);
  expect(cached.size).toBeGreaterThan(200);
  expect([...cached].filter(([, c]) => c.result === null).map(([k]) => k)).toEqual([]);
  // The chart parts are added in the browser too (jszip in the exceljs chunk): every chart, its caches filled.
  const charts = await readCharts(new Uint8Array(await readFile(file)));
  expect(charts.length).toBeGreaterThanOrEqual(4);
  for (const c of charts) for (const s of c.series) expect(s.values.every((v) => typeof v === 'number')).toBe(true);

  const found = sofficeOrSkipReason();
  if ('skip' in found) {
    console.warn(`LibreOffice part of xlsxDownload skipped: ${found.skip}`);
    return;
  }
  const check = await checkWithLibreOffice(found.soffice, file);
  expect(check.mismatches).toEqual([]);
  expectPublishedFigures(check);
}, 180_000);
