// LibreOffice as an independent spreadsheet engine: convert an .xlsx with full
// recalculation forced, then read every formula's recalculated value back.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';

const run = promisify(execFile);

export function findSoffice(): string | undefined {
  const candidates = [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'];
  return candidates.find((c): c is string => typeof c === 'string' && existsSync(c));
}

/**
 * OOXMLRecalcMode 0 = "always recalculate": without it LibreOffice may trust
 * the cached <v> values the add-in wrote, and the check would prove nothing.
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts `xlsxPath` with LibreOffice (recalculating every formula); returns the converted file. */
export async function recalculateWithLibreOffice(soffice: string, xlsxPath: string): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), 'aenm-lo-'));
  // A private profile per run: concurrent soffice processes must not share one.
  await mkdir(path.join(work, 'profile', 'user'), { recursive: true });
  await writeFile(path.join(work, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const outDir = path.join(work, 'out');
  await mkdir(outDir);
  await run(soffice, [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, xlsxPath], { timeout: 180_000 });
  const converted = path.join(outDir, path.basename(xlsxPath));
  if (!existsSync(converted)) throw new Error(`LibreOffice wrote no ${converted}`);
  return converted;
}

export type Scalar = number | string | boolean | null;
export interface FormulaCell {
  readonly formula: string;
  readonly result: Scalar;
}

function scalar(result: unknown): Scalar {
  if (result === undefined || result === null) return null;
  if (typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
  if (result instanceof Date) return result.toISOString();
  return result as Scalar;
}

/** Every formula cell of a workbook file, keyed "Sheet!A1". */
export async function formulaCells(file: string | Uint8Array): Promise<Map<string, FormulaCell>> {
  const book = new ExcelJS.Workbook();
  if (typeof file === 'string') await book.xlsx.readFile(file);
  else await book.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  const cells = new Map<string, FormulaCell>();
  book.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // cell.formula/cell.result, not cell.value: ExcelJS's value getter drops a result of 0 or false.
        if (cell.type === ExcelJS.ValueType.Formula) {
          cells.set(`${sheet.name}!${cell.address}`, { formula: cell.formula, result: scalar(cell.result) });
        }
      });
    });
  });
  return cells;
}

/**
 * Same value to the euro for amounts (|x| ≥ 1000: money, counts; the core
 * may cache cents where a formula does not round) and to 1e-9 for shares,
 * months and other small numbers.
 */
export function sameValue(expected: Scalar, actual: Scalar): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = Math.abs(expected) >= 1000 ? 0.5 : 1e-9;
    return Math.abs(expected - actual) <= tolerance;
  }
  return expected === actual;
}

/** The cells whose recalculated value differs from what the add-in cached, for a readable failure. */
export function mismatches(cached: Map<string, FormulaCell>, recalculated: Map<string, FormulaCell>): string[] {
  const out: string[] = [];
  for (const [key, cell] of cached) {
    const after = recalculated.get(key);
    if (!after) out.push(`${key}: formula ${cell.formula} missing after LibreOffice`);
    else if (!sameValue(cell.result, after.result)) out.push(`${key}: =${cell.formula} cached ${String(cell.result)}, LibreOffice ${String(after.result)}`);
  }
  return out;
}

/** Fails in CI (CI=true) when soffice is missing; locally the test is skipped with a message. */
export function sofficeOrSkipReason(): { soffice: string } | { skip: string } {
  const soffice = findSoffice();
  if (soffice) return { soffice };
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error('CI=true but LibreOffice (soffice) is missing: apt-get install -y libreoffice-calc');
  }
  return { skip: 'LibreOffice (soffice) not found: apt-get install -y libreoffice-calc, or set SOFFICE_PATH' };
}
