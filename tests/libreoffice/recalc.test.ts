// LibreOffice as an independent engine: every formula the add-in writes into an .xlsx must,
// recalculated by LibreOffice, give the value the add-in cached; the published figures must
// be on the sheets as printed in the source. 'excel' formula style only: AENM.* functions do
// not exist outside Excel (the 'aenm' style is checked for cached values in tests/xlsx).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_EDITION } from '../../src/core';
import type { SheetDescription } from '../../src/core/sheets/types';
import { basisScenario, DEFAULT_SHEETS, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { checkWithLibreOffice, type LibreOfficeCheck } from './support/check';
import { sofficeOrSkipReason } from './support/libreoffice';
import { expectPublishedFigures } from './support/published';

const found = sofficeOrSkipReason();
if ('skip' in found) console.warn(`SKIPPED tests/libreoffice/recalc.test.ts: ${found.skip}`);
const describeIfSoffice = 'soffice' in found ? describe : describe.skip;

/** A formula whose cached value is deliberately wrong: proves LibreOffice really recalculated. */
const SENTINEL: SheetDescription = {
  kind: 'oda', name: 'Controle herberekening', edition: 'OB2025', writtenAt: '2026-11-23', formulaStyle: 'excel',
  cells: [{ address: 'A1', formula: '=2+2', cached: 5 }], tables: [], columnWidths: {}, charts: [], names: [],
};

describeIfSoffice('LibreOffice recalculation of the full workbook (excel formulas)', () => {
  let check: LibreOfficeCheck;
  beforeAll(async () => {
    const edition = DEFAULT_EDITION;
    const plan = fullWorkbookPlan({ edition, sheets: DEFAULT_SHEETS, scenarios: [basisScenario(edition), { ...basisScenario(edition), name: 'Hoog', preset: 'hoog' }], formulaStyle: 'excel', writtenAt: '2026-11-23' });
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'aenm-xlsx-')), 'plan.xlsx');
    await writeFile(file, await writeWorkbook([...plan, SENTINEL], { edition: edition.id, addinVersion: 'test' }));
    check = await checkWithLibreOffice((found as { soffice: string }).soffice, file);
  }, 240_000);

  it('really recalculates (a deliberately wrong cached value is corrected)', () => {
    expect(check.recalculated.get('Controle herberekening!A1')?.result).toBe(4);
    expect(check.mismatches.filter((m) => m.startsWith('Controle herberekening!'))).toEqual(['Controle herberekening!A1: =2+2 cached 5, LibreOffice 4']);
  });

  it("gives every formula the value the add-in cached (to the euro; shares to 1e-9)", () => {
    expect(check.formulaCount).toBeGreaterThan(200);
    expect(check.mismatches.filter((m) => !m.startsWith('Controle herberekening!'))).toEqual([]);
  });

  it('shows the published figures as printed in OB2025, after recalculation', () => {
    expectPublishedFigures(check);
  });
});
