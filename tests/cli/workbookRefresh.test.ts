// Issue 13 item 3: --refresh old.xlsx --edition X --out new.xlsx writes the add-in's sheets again
// from another edition, keeps (and lists) the controller's edited inputs, changes the edition cell
// and never touches old.xlsx. The editions come in as data (OB2025 and the FX2030 fixture).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { OB2025 } from '../../src/core';
import { BAND_SHEET_NAME, bandSheet, singleDriverAddress, yearDriverAddress } from '../../src/core/sheets';
import { editionCell } from '../../src/core/sheets/editionCell';
import { runWithFixtureEditions, temporaryFolder } from '../support/fixtureCli';

jest.setTimeout(120_000);

const folder = temporaryFolder('aenm-refresh-');
/** The high band's inflow factor, an input of the band sheet (same cell in both editions). */
const HOOG_INFLOW = bandSheet(OB2025, { formulaStyle: 'excel', writtenAt: '' }).layout.factor.hoog.inflow;
const run = runWithFixtureEditions;
const load = async (file: string) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
};
const hash = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
const cached = (v: ExcelJS.CellValue): unknown => (v && typeof v === 'object' && 'result' in v ? v.result : v);

/** An OB2025 workbook as a controller leaves it: two scenario inputs, the cut switch and a band factor edited, a sheet of their own added. */
async function controllersWorkbook(): Promise<string> {
  const written = path.join(folder(), 'written.xlsx');
  const scenarioFile = path.join(folder(), 'hoog.json');
  await writeFile(scenarioFile, JSON.stringify({ name: 'Krimp', drivers: { asylumInflow: { '2026': 50000 } } }));
  expect((await run('--out', written, '--scenario', scenarioFile)).code).toBe(0);
  const book = await load(written);
  const krimp = book.getWorksheet('Scenario Krimp')!;
  krimp.getCell(yearDriverAddress('asylumInflow', 4)).value = 40000; // 2029, typed over the prefill
  krimp.getCell(singleDriverAddress('cutApplied')).value = 0;
  book.getWorksheet(BAND_SHEET_NAME)!.getCell(HOOG_INFLOW).value = 1.3;
  book.addWorksheet('Mijn notities').getCell('A1').value = 'eigen blad';
  // ExcelJS cannot read back the print names it writes for quoted sheet names ("Scenario's vergelijken"):
  // src/xlsx/finishPackage.ts writes them itself. Excel's own save has no such problem; the test saves without them.
  for (const w of book.worksheets) for (const key of ['printArea', 'printTitlesRow'] as const) delete w.pageSetup[key];
  const old = path.join(folder(), 'old.xlsx');
  await book.xlsx.writeFile(old);
  return old;
}

describe('workbook --refresh', () => {
  let old: string;
  beforeAll(async () => {
    old = await controllersWorkbook();
  });

  it('writes the sheets again from FX2030, keeping and listing the edited inputs, without touching the old file', async () => {
    const before = await hash(old);
    const out = path.join(folder(), 'new.xlsx');
    const { code, lines } = await run('--refresh', old, '--edition', 'FX2030', '--out', out);
    expect([code, lines[0]]).toEqual([0, `${out}: refreshed from ${old}`]);
    expect(await hash(old)).toBe(before);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^edition OB2025 → FX2030: Parameters FX2030, ODA-toerekening, .*Scenario Krimp/),
        `kept input: Scenario Krimp!${yearDriverAddress('asylumInflow', 1)} Asielinstroom (A) 2026 = 50000`,
        `kept input: Scenario Krimp!${yearDriverAddress('asylumInflow', 4)} Asielinstroom (A) 2029 = 40000`,
        expect.stringMatching(new RegExp(`^kept input: Scenario Krimp!${singleDriverAddress('cutApplied')} .* = 0$`)),
        `kept input: Bandbreedte!${HOOG_INFLOW} bandbreedte hoog instroom = 1.3`,
        'not carried: Mijn notities (not written by the add-in, or of another edition); copy it from ' + old,
      ]),
    );
    const book = await load(out);
    const krimp = book.getWorksheet('Scenario Krimp')!;
    expect(krimp.getCell(editionCell('scenario')).value).toBe('FX2030');
    expect(krimp.getCell(yearDriverAddress('asylumInflow', 1)).value).toBe(50000);
    expect(krimp.getCell(yearDriverAddress('asylumInflow', 4)).value).toBe(40000);
    expect(krimp.getCell(singleDriverAddress('cutApplied')).value).toBe(0);
    // 2030, the new edition's extra year, is its prefill: Tabel 6 Asielinstroom 2028 (24.730) × 1,1, carried.
    expect(krimp.getCell(yearDriverAddress('asylumInflow', 5)).value).toBe(27203);
    for (const w of book.worksheets) expect(cached(w.getCell(w.name.startsWith('Scenario ') ? editionCell('scenario') : editionCell('oda')).value)).toBe('FX2030');
    const oda = book.getWorksheet('ODA-toerekening')!;
    const coaRow = oda.getColumn(1).values.findIndex((v) => v === 'Bijdrage COA');
    expect(oda.getRow(coaRow).values).toContain(1890629); // FX2030: Tabel 7 1.718.754 × 1,1
    expect(book.getWorksheet(BAND_SHEET_NAME)!.getCell(HOOG_INFLOW).value).toBe(1.3);
    expect(book.getWorksheet('Mijn notities')).toBeUndefined();
  });

  it('never overwrites its input, even with --force', async () => {
    const before = await hash(old);
    const { code, lines } = await run('--refresh', old, '--edition', 'FX2030', '--out', old, '--force');
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/never overwrites its input/);
    expect(await hash(old)).toBe(before);
  });

  it("refuses an unknown edition and a file without the add-in's sheets", async () => {
    expect((await run('--refresh', old, '--edition', 'XX', '--out', path.join(folder(), 'x.xlsx'))).lines[0]).toBe('workbook: --edition: unknown edition "XX"; the editions are OB2025, FX2030\nTry --help.');
    const empty = path.join(folder(), 'empty.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Blad1').getCell('A1').value = 1;
    await book.xlsx.writeFile(empty);
    const { code, lines } = await run('--refresh', empty, '--out', path.join(folder(), 'y.xlsx'));
    expect([code, lines[0]]).toEqual([1, expect.stringMatching(/no sheet written by the add-in/)]);
  });
});
