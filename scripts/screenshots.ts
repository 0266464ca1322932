/**
 * Regenerates the README's screenshots of the pane (docs/screenshots/), from
 * the built dist/ (run `npm run build` first) in headless Chromium against the
 * fake workbook. `npm run screenshots`; `npm test` never writes these files.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/support/browser';
import { stubOfficeJs } from '../tests/browser/support/office';
import { FAKE_EXCEL, officeContextScript, scrollGridToEnd, showTab } from '../tests/browser/support/pane';
import { serveDir } from '../tests/browser/support/server';

const OUT = path.resolve(__dirname, '../docs/screenshots');
const DIST = path.resolve(__dirname, '../dist');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  const shot = async (file: string, opts: { width: number; height: number; language?: string; background?: string }, act: (page: Page) => Promise<void>) => {
    const context = await browser.newContext({ viewport: { width: opts.width, height: opts.height } });
    await stubOfficeJs(context, server.origin, { host: 'Excel', platform: 'OfficeOnline', requirements: { ExcelApi: '1.11' } });
    await context.addInitScript({ content: `${officeContextScript(opts.language ?? 'nl-NL', opts.background ?? '#ffffff')}\n${FAKE_EXCEL}` });
    const page = await context.newPage();
    await page.goto(server.url('taskpane.html'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await act(page);
    await page.screenshot({ path: path.join(OUT, file) });
    console.log(`wrote docs/screenshots/${file}`);
    await context.close();
  };
  try {
    await shot('taskpane-350-sheets.png', { width: 350, height: 760 }, async () => {});
    await shot('taskpane-350-drivers-2029.png', { width: 350, height: 900 }, async (page) => {
      await showTab(page, "Scenario's");
      await page.getByLabel(/Naam van het scenario/).fill('Instroom 2028');
      await page.getByLabel('Asielinstroom (A) 2028', { exact: true }).fill('basis * 2');
      await page.getByTestId('driver-grid').scrollIntoViewIfNeeded();
      await scrollGridToEnd(page);
    });
    await shot('taskpane-350-invalid.png', { width: 350, height: 900 }, async (page) => {
      await showTab(page, "Scenario's");
      await page.getByLabel(/Naam van het scenario/).fill('Fout');
      await page.getByLabel('Asielinstroom (A) 2029', { exact: true }).fill('import(1)');
      await page
        .locator('section[data-action="scenario"]')
        .getByRole('button', { name: /^Schrijf blad/ })
        .click();
      await page.getByRole('alert').filter({ hasText: 'ongeldig' }).waitFor();
    });
    await shot('taskpane-350-werkmap.png', { width: 350, height: 760 }, async (page) => {
      for (const action of ['oda', 'mpp']) {
        await page
          .locator(`section[data-action="${action}"]`)
          .getByRole('button', { name: /^Schrijf blad/ })
          .click();
        await page.locator(`section[data-action="${action}"]`).getByText('Geschreven').waitFor();
      }
      await showTab(page, 'Werkmap');
      await page.locator('li[data-sheet]').nth(1).waitFor();
    });
    await shot('taskpane-1366-dark.png', { width: 1366, height: 768, language: 'en-US', background: '#1f1f1f' }, async (page) => {
      await showTab(page, 'Scenarios');
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
