// Issue 13 item 2, the Excel part: "Refresh to <edition>" rewrites the add-in's sheets in place.
import { OB2025, presetDrivers } from '../../src/core';
import { editionCell } from '../../src/core/sheets/editionCell';
import { odaSheet, scenarioSheet, workbookPlan, yearDriverAddress } from '../../src/core/sheets';
import type { ExcelContextLike } from '../../src/excel';
import { refreshSheets, type RefreshReadContext } from '../../src/excel/refreshSheets';
import { writeSheets } from '../../src/excel/writeSheets';
import { FIXTURE_EDITIONS, FX2030 } from '../fixtures/fx2030';
import { createFakeExcel, type FakeExcel } from './fakeExcel';

const ctx = (fake: FakeExcel) => fake.context as unknown as ExcelContextLike & RefreshReadContext;
const O = { formulaStyle: 'excel' as const, writtenAt: '2026-12-01' };
const NOTE = { Notities: { A1: 'Eigen notitie van de controller', B3: 42 } };
const EDITED = yearDriverAddress('asylumInflow', 1); // 2026: a year both editions project

/** A workbook written in OB2025 (ODA, one scenario), then the controller types an input and keeps notes on a sheet of their own. */
async function bookInOb2025(setup: Parameters<typeof createFakeExcel>[0] = {}) {
  const fake = createFakeExcel({ sheets: NOTE, ...setup });
  const plan = workbookPlan(OB2025, [odaSheet(OB2025, O), scenarioSheet(OB2025, { ...O, name: 'Eigen', drivers: presetDrivers(OB2025, 'basis') })], O.writtenAt);
  const written = await writeSheets(ctx(fake), plan);
  if (!written.ok) throw new Error(written.error.message);
  ctx(fake).workbook.worksheets.getItem('Scenario Eigen').getRange(EDITED).formulas = [[11111]];
  await fake.context.sync();
  return { fake, names: written.value.sheets.map((s) => s.sheetName) };
}
const coaRow = (fake: FakeExcel, sheet: string): string => [...fake.sheet(sheet)!.cells].find(([, v]) => v === 'Bijdrage COA')![0].replace(/^[A-Z]+/, '');

describe('refreshSheets', () => {
  it('rewrites the sheets in place from FX2030: edition cell and published figure change, the edited input is kept and listed, nothing else is touched', async () => {
    const { fake, names } = await bookInOb2025();
    expect(names).toEqual(['Parameters OB2025', 'ODA-toerekening', 'Scenario Eigen']);
    const row = coaRow(fake, 'ODA-toerekening');
    expect(fake.cell('ODA-toerekening', `B${row}`)).toBe(1718754); // Tabel 7, OB2025
    const before = fake.syncs;
    const parametersBefore = new Map(fake.sheet('Parameters OB2025')!.cells);
    const namesBefore = fake.names.map((n) => `${n.name}@${n.address}`);

    const result = await refreshSheets(ctx(fake), { editions: FIXTURE_EDITIONS, to: FX2030, sheetNames: names, ...O });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.from).toBe('OB2025');
    expect(result.sheets).toEqual([{ after: 'Parameters FX2030' }, { before: 'ODA-toerekening', after: 'ODA-toerekening' }, { before: 'Scenario Eigen', after: 'Scenario Eigen' }]);
    // Same sheets, in place; FX2030's parameter sheet added beside OB2025's, which stays as it was
    // (its OB2025_… names keep pointing at OB2025's values for any formula that still uses them).
    expect(fake.sheetNames().sort()).toEqual(['Notities', 'ODA-toerekening', 'Parameters FX2030', 'Parameters OB2025', 'Scenario Eigen']);
    expect(fake.sheet('Parameters OB2025')!.cells).toEqual(parametersBefore);
    expect(fake.names.map((n) => `${n.name}@${n.address}`).slice(0, namesBefore.length)).toEqual(namesBefore);
    expect(fake.cell('ODA-toerekening', editionCell('oda'))).toBe('FX2030');
    expect(fake.cell('Scenario Eigen', editionCell('scenario'))).toBe('FX2030');
    // FX2030 is OB2025 × 1,1: Tabel 7 Bijdrage COA 1.718.754 → 1.890.629.
    expect(fake.cell('ODA-toerekening', `B${coaRow(fake, 'ODA-toerekening')}`)).toBe(1890629);
    expect(fake.cell('Scenario Eigen', EDITED)).toBe(11111);
    expect(result.inputs).toEqual([{ sheet: 'Scenario Eigen', cell: EDITED, what: 'Asielinstroom (A) 2026', value: 11111, kept: true }]);
    // The controller's own sheet is as it was.
    expect(fake.sheet('Notities')!.cells).toEqual(new Map(Object.entries(NOTE.Notities)));
    expect(
      fake.requests
        .slice(before)
        .flatMap((r) => r.ops)
        .filter((op) => op.sheet === 'Notities'),
    ).toEqual([]);
    // Tables on the refreshed sheets were replaced (their names carry the edition), not duplicated; the new parameter sheet has its own.
    expect(fake.tables.map((t) => t.name).sort()).toEqual(['FX2030_ODA_Tabel7', 'FX2030_Parameters', 'OB2025_Parameters']);
    // Syncs: one read, one for the workbook's names, one per sheet; every request under 1 MB.
    expect(fake.syncs - before).toBe(2 + names.length);
    expect(result.syncs).toBe(2 + names.length);
    expect(Math.max(...fake.requests.slice(before).map((r) => r.bytes))).toBeLessThan(1_000_000);
  });

  it('keeps the sync count whatever the number of scenario sheets', async () => {
    const syncsFor = async (scenarios: number) => {
      const fake = createFakeExcel();
      const plan = workbookPlan(
        OB2025,
        Array.from({ length: scenarios }, (_, i) => scenarioSheet(OB2025, { ...O, name: `S${i}`, drivers: presetDrivers(OB2025, 'basis') })),
        O.writtenAt,
      );
      const written = await writeSheets(ctx(fake), plan);
      if (!written.ok) throw new Error(written.error.message);
      const result = await refreshSheets(ctx(fake), { editions: FIXTURE_EDITIONS, to: FX2030, sheetNames: written.value.sheets.map((s) => s.sheetName), ...O });
      if (!result.ok) throw new Error(JSON.stringify(result.failure));
      return result.syncs - written.value.sheets.length;
    };
    expect(await syncsFor(1)).toBe(2);
    expect(await syncsFor(3)).toBe(2);
  });

  it('refuses sheets of two editions and a workbook without the add-in’s sheets, touching nothing', async () => {
    const fake = createFakeExcel({ sheets: NOTE });
    const plan = [...workbookPlan(OB2025, [scenarioSheet(OB2025, { ...O, name: 'A' })], O.writtenAt), scenarioSheet(FX2030, { ...O, name: 'B' })];
    const written = await writeSheets(ctx(fake), plan);
    if (!written.ok) throw new Error(written.error.message);
    const names = written.value.sheets.map((s) => s.sheetName);
    expect(await refreshSheets(ctx(fake), { editions: FIXTURE_EDITIONS, to: FX2030, sheetNames: names, ...O })).toEqual({ ok: false, failure: { kind: 'mixed', editions: ['OB2025', 'FX2030'] } });
    expect(await refreshSheets(ctx(fake), { editions: FIXTURE_EDITIONS, to: FX2030, sheetNames: ['Notities'], ...O })).toEqual({ ok: false, failure: { kind: 'none' } });
    expect(fake.sheet('Notities')!.cells).toEqual(new Map(Object.entries(NOTE.Notities)));
  });

  it('a write failing half-way names what was refreshed and the sheet it stopped at, and deletes no existing sheet', async () => {
    const { fake, names } = await bookInOb2025();
    const at = fake.syncs + 4; // read, names, the new Parameters FX2030, then ODA fails
    const failing = createFakeExcel({ sheets: Object.fromEntries(names.concat('Notities').map((n) => [n, Object.fromEntries(fake.sheet(n)!.cells)])), failAtSync: at - fake.syncs });
    const result = await refreshSheets(ctx(failing), { editions: FIXTURE_EDITIONS, to: FX2030, sheetNames: names, ...O });
    // The sheet the refresh added is deleted again (the writer's clean-up); the one it stopped at is named.
    expect(result).toMatchObject({ ok: false, failure: { kind: 'write', rewritten: [], failedAt: 'ODA-toerekening', removed: ['Parameters FX2030'] } });
    expect(failing.sheetNames().sort()).toEqual(['Notities', 'ODA-toerekening', 'Parameters OB2025', 'Scenario Eigen']);
    expect(failing.sheet('Notities')!.cells).toEqual(new Map(Object.entries(NOTE.Notities)));
  });
});
