// No dead input on the .xlsx, recalculated by LibreOffice (issue 9): two band factors are changed
// in the file (numbers +1%, cached values left as they were), LibreOffice recalculates, and every
// band formula must move to the core's value with that factor changed.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OB2025 } from '../../src/core';
import { bandSheet, type BandFactors } from '../../src/core/sheets/bandSheet';
import type { SheetDescription } from '../../src/core/sheets/types';
import { workbookPlan } from '../../src/core/sheets/workbookPlan';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { checkWithLibreOffice, type LibreOfficeCheck } from './support/check';
import { sofficeOrSkipReason } from './support/libreoffice';

const found = sofficeOrSkipReason();
if ('skip' in found) console.warn(`SKIPPED tests/libreoffice/bandInputs.test.ts: ${found.skip}`);
const describeIfSoffice = 'soffice' in found ? describe : describe.skip;

const options = { formulaStyle: 'excel' as const, writtenAt: '2026-12-01' };
const base = bandSheet(OB2025, options);
const CASES: readonly { sheet: string; band: 'laag' | 'hoog'; factor: keyof BandFactors }[] = [
  { sheet: 'Band laag fA', band: 'laag', factor: 'inflow' },
  { sheet: 'Band hoog fO', band: 'hoog', factor: 'outflow' },
];
const nudged = (c: (typeof CASES)[number]) => OB2025.chain.bands[c.band][c.factor] * 1.01;
/** The band sheet with one factor cell changed and the old cached values kept: what a controller's edit leaves in the file. */
const edited = (c: (typeof CASES)[number]): SheetDescription => {
  const address = base.layout.factor[c.band][c.factor];
  return { ...base, name: c.sheet, cells: base.cells.map((cell) => (cell.address === address ? { ...cell, value: nudged(c) } : cell)) };
};

describeIfSoffice('Bandbreedte: every band factor moves the outputs in LibreOffice', () => {
  let check: LibreOfficeCheck;
  beforeAll(async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'aenm-band-')), 'band.xlsx');
    await writeFile(file, await writeWorkbook(workbookPlan(OB2025, CASES.map(edited), options.writtenAt), { edition: OB2025.id, addinVersion: 'test' }));
    check = await checkWithLibreOffice((found as { soffice: string }).soffice, file);
  }, 240_000);

  for (const c of CASES)
    it(`${c.band} ${c.factor === 'inflow' ? 'f_A' : 'f_O'} +1%: outputs move, each to the core's value`, () => {
      const expected = bandSheet(OB2025, { ...options, factors: { [c.band]: { ...OB2025.chain.bands[c.band], [c.factor]: nudged(c) } } });
      const formulas = base.cells.filter((cell) => cell.formula);
      const after = (address: string) => check.recalculated.get(`${c.sheet}!${address}`)?.result as number;
      const moved = formulas.filter((cell) => Math.abs(after(cell.address) - (cell.cached as number)) > 0.01);
      expect(moved.length).toBeGreaterThan(10);
      const wrong = formulas.filter((cell) => {
        const want = expected.cells.find((e) => e.address === cell.address)!.cached as number;
        return !(Math.abs(after(cell.address) - want) <= Math.max(0.01, Math.abs(want) * 1e-12));
      });
      expect(wrong.map((cell) => `${cell.address}: LibreOffice ${after(cell.address)}`)).toEqual([]);
    });
});
