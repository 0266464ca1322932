// An .xlsx printed to PDF by LibreOffice headless, read back with poppler-utils
// (pdfinfo, pdftotext): how many pages, and which sheet each page belongs to.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function findPoppler(): { pdfinfo: string; pdftotext: string; pdftoppm: string } | undefined {
  const dirs = ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin'];
  const find = (tool: string) => dirs.map((d) => path.join(d, tool)).find((p) => existsSync(p));
  const [pdfinfo, pdftotext, pdftoppm] = [find('pdfinfo'), find('pdftotext'), find('pdftoppm')];
  return pdfinfo && pdftotext && pdftoppm ? { pdfinfo, pdftotext, pdftoppm } : undefined;
}

/** Fails in CI (CI=true) when poppler-utils is missing; locally the caller skips with this reason. */
export function popplerOrSkipReason(): { poppler: NonNullable<ReturnType<typeof findPoppler>> } | { skip: string } {
  const poppler = findPoppler();
  if (poppler) return { poppler };
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error('CI=true but poppler-utils (pdfinfo, pdftotext, pdftoppm) is missing: apt-get install -y poppler-utils');
  return { skip: 'poppler-utils (pdfinfo, pdftotext) not found: apt-get install -y poppler-utils' };
}

/** Prints `xlsxPath` to PDF with LibreOffice (each sheet's print setup as stored in the file); returns the PDF's path. */
export async function printToPdf(soffice: string, xlsxPath: string, outDir?: string): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), 'aenm-pdf-'));
  // A private profile per run: concurrent soffice processes must not share one.
  await mkdir(path.join(work, 'profile'), { recursive: true });
  const out = outDir ?? path.join(work, 'out');
  await mkdir(out, { recursive: true });
  await run(soffice, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', out, xlsxPath], { timeout: 180_000 });
  const pdf = path.join(out, `${path.basename(xlsxPath, path.extname(xlsxPath))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}`);
  return pdf;
}

export interface PrintedPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

/** Every page's size (points) and text, in order. */
export async function pagesOf(poppler: NonNullable<ReturnType<typeof findPoppler>>, pdf: string): Promise<PrintedPage[]> {
  const { stdout: info } = await run(poppler.pdfinfo, ['-f', '1', '-l', '9999', pdf]);
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ number: Number(m[1]), width: Number(m[2]), height: Number(m[3]) }));
  const pages: PrintedPage[] = [];
  for (const size of sizes) {
    const { stdout } = await run(poppler.pdftotext, ['-f', String(size.number), '-l', String(size.number), '-layout', pdf, '-']);
    pages.push({ ...size, text: stdout });
  }
  return pages;
}

/** The page's first printed line: the header, whose left part is the sheet's title. */
export const headerLine = (page: PrintedPage): string =>
  page.text
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim() ?? '';
