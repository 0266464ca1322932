/**
 * Regenerates the README's pictures: each sheet of the default workbook as
 * printed (docs/print/*.png: `npm run workbook`, printed to PDF by
 * LibreOffice headless, pages rendered by pdftoppm at 60 dpi), then the
 * pane screenshots (`npm run screenshots`, building dist/ first if needed).
 * `npm run pictures`; `npm test` never writes these files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import packageJson from '../package.json';
import { runWorkbookCommand } from '../src/cli/workbook/run';
import { DEFAULT_EDITION } from '../src/core';
import { basisScenario, fullWorkbookPlan } from '../src/xlsx/fullWorkbookPlan';
import { DEFAULT_WORKBOOK_SHEETS } from '../src/core/sheets';
import { findSoffice } from '../tests/libreoffice/support/libreoffice';
import { findPoppler, headerLine, pagesOf, printToPdf } from '../tests/libreoffice/support/pdf';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs/print');
const DPI = '60';

const slug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function printedSheets(): Promise<void> {
  const soffice = findSoffice();
  const poppler = findPoppler();
  if (!soffice || !poppler) throw new Error('pictures: needs LibreOffice (soffice) and poppler-utils (pdfinfo, pdftotext, pdftoppm)');
  const today = new Date().toISOString().slice(0, 10);
  const work = await mkdtemp(path.join(tmpdir(), 'aenm-pictures-'));
  const file = path.join(work, 'AENM-OB2025.xlsx');
  const code = await runWorkbookCommand(['--out', file], { out: (l) => console.log(l), err: (l) => console.error(l) }, { addinVersion: packageJson.version, today });
  if (code !== 0) throw new Error(`pictures: npm run workbook failed (${code})`);
  const pdf = await printToPdf(soffice, file, work);
  const pages = await pagesOf(poppler, pdf);
  const plan = fullWorkbookPlan({ edition: DEFAULT_EDITION, sheets: DEFAULT_WORKBOOK_SHEETS, scenarios: [basisScenario(DEFAULT_EDITION)], formulaStyle: 'excel', writtenAt: today });
  const titles = plan.map((d, i) => ({ index: i + 1, name: d.name, title: String(d.cells.find((c) => c.address === 'A1')?.value ?? d.name).slice(0, 40) }));

  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.png')) rmSync(path.join(OUT, f));
  const seen = new Map<string, number>();
  for (const page of pages) {
    const sheet = titles.find((t) => headerLine(page).startsWith(t.title));
    if (!sheet) throw new Error(`pictures: page ${page.number} has no sheet title in its header: "${headerLine(page)}"`);
    const k = (seen.get(sheet.name) ?? 0) + 1;
    seen.set(sheet.name, k);
    const base = path.join(work, `page-${page.number}`);
    execFileSync(poppler.pdftoppm, ['-png', '-r', DPI, '-singlefile', '-f', String(page.number), '-l', String(page.number), pdf, base]);
    const target = `${String(sheet.index).padStart(2, '0')}-${slug(sheet.name)}-${k}.png`;
    renameSync(`${base}.png`, path.join(OUT, target));
    console.log(`wrote docs/print/${target}`);
  }
  console.log(`printed: ${pages.length} pages (${[...seen].map(([s, n]) => `${s} ${n}`).join(', ')})`);
}

async function main(): Promise<void> {
  await printedSheets();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!existsSync(path.join(ROOT, 'dist/taskpane.html'))) execFileSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(npm, ['run', 'screenshots'], { cwd: ROOT, stdio: 'inherit' });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
