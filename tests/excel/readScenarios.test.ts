// Reading the scenarios back for "Scenario's vergelijken" costs the same number of round trips
// however many scenario sheets the workbook holds (one batched read for all), and no request
// comes near Excel on the web's 5 MB limit (issue 15 item 4). Shape, not time.
import { OB2025, presetDrivers, type PresetName } from '../../src/core';
import { compareSheet, scenarioSheet, scenarioSheetName, workbookPlan } from '../../src/core/sheets';
import { writeSheets, type ExcelContextLike } from '../../src/excel';
import { readScenarios, type ScenarioReadContext } from '../../src/excel/readScenarios';
import { createFakeExcel, type FakeExcel } from './fakeExcel';

const PRESETS: readonly PresetName[] = ['basis', 'laag', 'hoog'];
const MAX_REQUEST_BYTES = 1_000_000;

/** A workbook holding `n` scenario sheets (presets in turn) beside the parameters sheet, written by the adapter. */
async function workbookWith(n: number): Promise<FakeExcel> {
  const fake = createFakeExcel({ supported: '1.12' });
  const opts = { formulaStyle: 'excel' as const, writtenAt: '2025-01-15' };
  const scenarios = Array.from({ length: n }, (_, i) => scenarioSheet(OB2025, { ...opts, name: `Variant ${i + 1}`, preset: PRESETS[i % PRESETS.length]! }));
  const written = await writeSheets(fake.context as unknown as ExcelContextLike, workbookPlan(OB2025, scenarios, opts.writtenAt), { isSetSupported: fake.isSetSupported });
  if (!written.ok) throw new Error(JSON.stringify(written.error));
  return fake;
}

async function readBack(fake: FakeExcel) {
  const syncsBefore = fake.syncs;
  const requestsBefore = fake.requests.length;
  const scenarios = await readScenarios(fake.context as unknown as ScenarioReadContext);
  const requests = fake.requests.slice(requestsBefore);
  return { scenarios, syncs: fake.syncs - syncsBefore, largest: Math.max(...requests.map((r) => r.bytes)) };
}

describe('readScenarios: cost as the workbook grows', () => {
  it('reads 1, 10 and 50 scenarios in the same number of syncs, each request far below 1 MB', async () => {
    const runs: { n: number; syncs: number; largest: number }[] = [];
    for (const n of [1, 10, 50]) {
      const fake = await workbookWith(n);
      const read = await readBack(fake);
      expect(read.scenarios.map((s) => s.sheetName)).toEqual(Array.from({ length: n }, (_, i) => scenarioSheetName(`Variant ${i + 1}`)));
      runs.push({ n, syncs: read.syncs, largest: read.largest });
    }
    // One sync for the sheet list, one for every sheet's block: 2, whatever n is.
    expect(runs.map((r) => r.syncs)).toEqual([2, 2, 2]);
    for (const r of runs) expect(r.largest).toBeLessThan(MAX_REQUEST_BYTES);
    // The batched read grows with n (one block per sheet), roughly linearly, not worse.
    const perSheet = (a: (typeof runs)[number], b: (typeof runs)[number]) => (b.largest - a.largest) / (b.n - a.n);
    expect(perSheet(runs[1]!, runs[2]!)).toBeLessThan(1.5 * perSheet(runs[0]!, runs[1]!));
  }, 60_000);

  it('the whole comparison (read all, write the compare sheet) takes as many syncs for 50 scenarios as for 1', async () => {
    const runs: { syncs: number; largest: number }[] = [];
    for (const n of [1, 10, 50]) {
      const fake = await workbookWith(n);
      const syncs0 = fake.syncs;
      const requests0 = fake.requests.length;
      const { scenarios } = await readBack(fake);
      const compare = compareSheet(OB2025, scenarios.map((x) => ({ sheetName: x.sheetName, label: x.label, drivers: x.drivers })), { formulaStyle: 'excel', writtenAt: '2025-01-15' });
      const written = await writeSheets(fake.context as unknown as ExcelContextLike, workbookPlan(OB2025, [compare], '2025-01-15'), { isSetSupported: fake.isSetSupported });
      expect(written.ok).toBe(true);
      runs.push({ syncs: fake.syncs - syncs0, largest: Math.max(...fake.requests.slice(requests0).map((r) => r.bytes)) });
    }
    expect(new Set(runs.map((r) => r.syncs)).size).toBe(1);
    for (const r of runs) expect(r.largest).toBeLessThan(MAX_REQUEST_BYTES);
  }, 60_000);

  it('reads back the drivers each preset wrote, as published', async () => {
    const fake = await workbookWith(3);
    const { scenarios } = await readBack(fake);
    expect(scenarios.map((s) => s.drivers)).toEqual(PRESETS.map((p) => presetDrivers(OB2025, p)));
    // Tabel 6, MPP: asielinstroom 2025 = 76.400 in the basis.
    expect(scenarios[0]!.drivers.years.find((y) => y.year === 2025)?.asylumInflow).toBe(76_400);
  });

  it('a non-scenario sheet is read in the same batch and skipped', async () => {
    const fake = createFakeExcel({ sheets: { Notities: { A1: 'vrije tekst', A2: 'geen scenario' } } });
    const read = await readBack(fake);
    expect(read).toMatchObject({ scenarios: [], syncs: 2 });
  });
});
