// LibreOffice as an independent engine: every formula the add-in writes into an .xlsx must,
// recalculated by LibreOffice, give the value the add-in cached; the published figures must
// be on the sheets as printed in the source. 'excel' formula style only: AENM.* functions do
// not exist outside Excel (the 'aenm' style is checked for cached values in tests/xlsx).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_EDITION, presetDrivers, projectChain, withDriver } from '../../src/core';
import { outputAddress, DEFAULT_WORKBOOK_SHEETS } from '../../src/core/sheets';
import type { SheetDescription } from '../../src/core/sheets/types';
import { basisScenario, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { checkWithLibreOffice, type LibreOfficeCheck } from './support/check';
import { sofficeOrSkipReason } from './support/libreoffice';
import { expectPublishedFigures } from './support/published';

const found = sofficeOrSkipReason();
if ('skip' in found) console.warn(`SKIPPED tests/libreoffice/recalc.test.ts: ${found.skip}`);
const describeIfSoffice = 'soffice' in found ? describe : describe.skip;

/** A formula whose cached value is deliberately wrong: proves LibreOffice really recalculated. */
const SENTINEL: SheetDescription = {
  kind: 'oda',
  name: 'Controle herberekening',
  edition: 'OB2025',
  writtenAt: '2026-11-23',
  formulaStyle: 'excel',
  cells: [{ address: 'A1', formula: '=2+2', cached: 5 }],
  tables: [],
  columnWidths: {},
  charts: [],
  names: [],
};

/** A few inputs changed from the basis: asylum inflow 2027 −10%, price per bed 2028 +5%, outflow factor 0,95, the cut off. */
const base = presetDrivers(DEFAULT_EDITION, 'basis');
const CHANGED = withDriver(withDriver(withDriver(withDriver(base, 'asylumInflow', 24730 * 0.9, 2027), 'pricePerBed', base.year.pricePerBed[3]! * 1.05, 2028), 'outflowFactor', 0.95), 'cutApplied', 0);

describeIfSoffice('LibreOffice recalculation of the full workbook (excel formulas)', () => {
  let check: LibreOfficeCheck;
  beforeAll(async () => {
    const edition = DEFAULT_EDITION;
    const plan = fullWorkbookPlan({
      edition,
      sheets: DEFAULT_WORKBOOK_SHEETS,
      scenarios: [basisScenario(edition), { ...basisScenario(edition), name: 'Hoog', preset: 'hoog', drivers: presetDrivers(edition, 'hoog') }, { name: 'Gewijzigd', preset: 'basis', drivers: CHANGED }],
      formulaStyle: 'excel',
      writtenAt: '2026-11-23',
    });
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'aenm-xlsx-')), 'plan.xlsx');
    await writeFile(file, await writeWorkbook([...plan, SENTINEL], { edition: edition.id, addinVersion: 'test' }));
    check = await checkWithLibreOffice((found as { soffice: string }).soffice, file);
  }, 240_000);

  it('really recalculates (a deliberately wrong cached value is corrected)', () => {
    expect(check.recalculated.get('Controle herberekening!A1')?.result).toBe(4);
    expect(check.mismatches.filter((m) => m.startsWith('Controle herberekening!'))).toEqual(['Controle herberekening!A1: =2+2 cached 5, LibreOffice 4']);
  });

  it('gives every formula the value the add-in cached (to the euro; shares to 1e-9)', () => {
    expect(check.formulaCount).toBeGreaterThan(200);
    expect(check.mismatches.filter((m) => !m.startsWith('Controle herberekening!'))).toEqual([]);
  });

  it('recalculates a scenario with changed inputs to what the core projects (chain gap per year, to the euro)', () => {
    const core = projectChain(DEFAULT_EDITION, CHANGED);
    core.forEach((year, i) => {
      const got = check.recalculated.get(`Scenario Gewijzigd!${outputAddress('chainGap', i)}`)?.result;
      expect(typeof got).toBe('number');
      expect(Math.abs((got as number) - year.chain.gap)).toBeLessThanOrEqual(1);
    });
    // The cut is off: the 2028 budget is Tabel 4 + the three organisations' parts (1.929.430.000 €).
    expect(Math.abs((check.recalculated.get(`Scenario Gewijzigd!${outputAddress('chainBudget', 3)}`)?.result as number) - 1929430000)).toBeLessThanOrEqual(1);
  });

  it('shows the published figures as printed in OB2025, after recalculation', () => {
    expectPublishedFigures(check);
  });
});
