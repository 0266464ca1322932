import { OB2025, presetDrivers } from '../../src/core';
import { compareSheet, cutsSheet, mppSheet, odaSheet, outputAddress, parametersSheet, scenarioSheet, workbookPlan } from '../../src/core/sheets';
import { readScenarioDescription } from '../../src/core/sheets';
import type { SheetDescription } from '../../src/core/sheets/types';
import { EXCEL_API_USED, highestExcelApiUsed, MANIFEST_EXCEL_API, writeSheet, writeSheets } from '../../src/excel';
import type { ExcelContextLike } from '../../src/excel';
import { createFakeExcel, type FakeExcel } from './fakeExcel';

const opts = { formulaStyle: 'excel' as const, writtenAt: '2025-06-01' };
const ctx = (fake: FakeExcel) => fake.context as unknown as ExcelContextLike;
const all = (): SheetDescription[] => workbookPlan(OB2025, [odaSheet(OB2025, opts), mppSheet(OB2025, opts), cutsSheet(OB2025, opts), scenarioSheet(OB2025, { ...opts, name: 'Basis' })], opts.writtenAt);

describe('writeSheets against the recording fake', () => {
  it('writes every sheet in at most two syncs each, from blocks, far below the 5 MB limit', async () => {
    const fake = createFakeExcel();
    const plan = all();
    const result = await writeSheets(ctx(fake), plan);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(fake.syncs).toBe(1 + plan.length);
    for (const report of result.value.sheets) expect(report.syncs).toBeLessThanOrEqual(2);
    const largest = Math.max(...fake.requests.map((r) => r.bytes));
    expect(largest).toBeLessThan(100_000);
    expect(result.value.largestRequestBytes).toBeGreaterThan(0);
    // Not cell by cell: far fewer formula writes than cells.
    for (const d of plan) {
      const writes = fake.requests.flatMap((r) => r.ops).filter((op) => op.kind === 'formulas' && op.sheet === d.name);
      expect(writes.length).toBeLessThan(d.cells.length / 3);
    }
    // Every cell landed, formulas as formulas.
    for (const d of plan) for (const c of d.cells) expect(fake.cell(d.name, c.address)).toEqual(c.formula ?? c.value);
    expect(fake.cell('ODA-toerekening', 'B7')).toBe(1718754);
    expect(fake.names.map((n) => n.name)).toContain('OB2025_COA_BIJDRAGE_2025');
    expect(fake.tables.map((t) => t.name)).toContain('OB2025_ODA_Tabel7');
    expect(fake.sheet('Taakstelling 2027-2028')!.charts).toHaveLength(1);
    expect(fake.sheet('MPP-kengetallen')!.frozen).toBe('A1:A6');
    // Every queued write was recorded with its size.
    expect(fake.requests.flatMap((r) => r.ops).every((op) => op.bytes > 0)).toBe(true);
  });

  it('leaves existing sheets, cells, tables and names untouched and suffixes colliding names', async () => {
    const fake = createFakeExcel({
      sheets: { 'MPP-kengetallen': { A1: 'mijn werk', B7: 42 }, 'Scenario Basis': { C38: 'niet aankomen' } },
      tables: [{ name: 'OB2025_MPP_Tabel6', sheet: 'MPP-kengetallen', range: 'A1:B7' }],
      names: [{ name: 'OB2025_COA_BIJDRAGE_2025', sheet: 'MPP-kengetallen', address: 'B7' }],
    });
    const scenario = scenarioSheet(OB2025, { ...opts, name: 'Basis', drivers: presetDrivers(OB2025, 'basis') });
    const compare = compareSheet(OB2025, [readScenarioDescription(OB2025, scenario)], opts);
    const result = await writeSheets(ctx(fake), [parametersSheet(OB2025, opts), mppSheet(OB2025, opts), scenario, compare]);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [params, mpp, sc] = result.value.sheets;
    expect(mpp!.sheetName).toBe('MPP-kengetallen (2)');
    expect(sc!.sheetName).toBe('Scenario Basis (2)');
    expect(mpp!.tables).toContain('OB2025_MPP_Tabel6_2');
    expect(params!.reusedNames).toContain('OB2025_COA_BIJDRAGE_2025');
    expect(params!.names).not.toContain('OB2025_COA_BIJDRAGE_2025');
    // Untouched.
    expect(fake.cell('MPP-kengetallen', 'A1')).toBe('mijn werk');
    expect(fake.cell('MPP-kengetallen', 'B7')).toBe(42);
    expect(fake.sheet('MPP-kengetallen')!.cells.size).toBe(2);
    expect(fake.cell('Scenario Basis', 'C38')).toBe('niet aankomen');
    expect(fake.tables.find((t) => t.name === 'OB2025_MPP_Tabel6')).toMatchObject({ sheet: 'MPP-kengetallen', range: 'A1:B7' });
    expect(fake.names.filter((n) => n.name === 'OB2025_COA_BIJDRAGE_2025')).toEqual([{ name: 'OB2025_COA_BIJDRAGE_2025', sheet: 'MPP-kengetallen', address: 'B7', preExisting: true }]);
    const writesToExisting = fake.requests.flatMap((r) => r.ops).filter((op) => op.sheet === 'MPP-kengetallen' || op.sheet === 'Scenario Basis');
    expect(writesToExisting).toEqual([]);
    // The compare sheet follows the renamed scenario sheet.
    expect(fake.cell("Scenario's vergelijken", 'C8')).toBe(`='Scenario Basis (2)'!${outputAddress('coaNeed', 0)}`);
  });

  it('skips the parameters sheet when all its names exist, and says so', async () => {
    const fake = createFakeExcel();
    await writeSheet(ctx(fake), parametersSheet(OB2025, opts));
    const again = await writeSheet(ctx(fake), parametersSheet(OB2025, opts));
    if (!again.ok) throw new Error('failed');
    expect(again.value.sheets[0]!.skipped).toBe('namesExist');
    expect(fake.sheetNames()).toEqual(['Parameters OB2025']);
  });

  it('uses no ExcelApi above what the manifest declares (the fake refuses a member above its set)', async () => {
    expect(highestExcelApiUsed()).toBe(MANIFEST_EXCEL_API);
    expect(EXCEL_API_USED.length).toBeGreaterThan(0);
    const fake = createFakeExcel({ supported: MANIFEST_EXCEL_API });
    const result = await writeSheet(ctx(fake), odaSheet(OB2025, opts));
    expect(result.ok).toBe(true);
    expect(fake.sheet('ODA-toerekening')!.frozen).toBe('A1:A6');
  });

  it('splits a request only when it passes the byte limit, and measures it', async () => {
    const fake = createFakeExcel();
    const result = await writeSheet(ctx(fake), parametersSheet(OB2025, opts), { maxRequestBytes: 4_000 });
    if (!result.ok) throw new Error('failed');
    expect(fake.syncs).toBeGreaterThan(2);
    // A request passes the limit only when it holds a single block too big to split.
    for (const r of fake.requests) if (r.bytes > 4_000) expect(r.ops.filter((op) => op.kind === 'formulas')).toHaveLength(1);
  });
});

describe('a write that fails half-way (Office.js batches do not roll back)', () => {
  const setup = {
    sheets: { 'Mijn werk': { A1: 'mijn werk', B7: 42 } },
    tables: [{ name: 'MijnTabel', sheet: 'Mijn werk', range: 'A1:B7' }],
    names: [{ name: 'MijnNaam', sheet: 'Mijn werk', address: 'B7' }],
  };
  const plan = all();

  it("activates the action's own sheet when it succeeds, without an extra sync", async () => {
    const fake = createFakeExcel(setup);
    const result = await writeSheets(ctx(fake), plan);
    expect(result.ok).toBe(true);
    expect(fake.activeSheet).toBe(plan[plan.length - 1]!.name);
    expect(fake.syncs).toBe(1 + plan.length);
  });

  it('deletes every sheet and name it created, whichever sync fails, and leaves the workbook as it was', async () => {
    const succeeding = createFakeExcel(setup);
    await writeSheets(ctx(succeeding), plan);
    const total = succeeding.syncs;
    expect(total).toBeGreaterThan(3);
    for (let failAt = 1; failAt <= total; failAt++) {
      const fake = createFakeExcel({ ...setup, failAtSync: failAt });
      const result = await writeSheets(ctx(fake), plan);
      expect([failAt, result.ok]).toEqual([failAt, false]);
      if (!result.ok) {
        expect(result.error.message).toMatch(/failAtSync/);
        expect(result.error.written).toEqual([]);
        if (failAt > 1) expect(result.error.undone?.complete).toBe(true);
      }
      expect([failAt, fake.sheetNames()]).toEqual([failAt, ['Mijn werk']]);
      expect([failAt, fake.names.map((n) => n.name)]).toEqual([failAt, ['MijnNaam']]);
      expect([failAt, fake.tables.map((t) => t.name)]).toEqual([failAt, ['MijnTabel']]);
      expect(fake.sheet('Mijn werk')!.cells).toEqual(
        new Map<string, unknown>([
          ['A1', 'mijn werk'],
          ['B7', 42],
        ]),
      );
      expect(fake.activeSheet).toBe('Mijn werk');
    }
  });
});

describe('names across tables and defined names (one namespace in Excel)', () => {
  const sheet = (name: string, extra: Partial<SheetDescription>): SheetDescription => ({
    kind: 'oda',
    name,
    edition: 'OB2025',
    writtenAt: '2026-12-01',
    formulaStyle: 'excel',
    cells: [
      { address: 'A1', value: 'Jaar' },
      { address: 'B1', value: 'Bedrag' },
      { address: 'A2', value: 2025 },
      { address: 'B2', value: 1 },
    ],
    tables: [],
    columnWidths: {},
    charts: [],
    names: [],
    ...extra,
  });

  it('refuses, before writing anything, a defined name that an existing table already holds', async () => {
    const fake = createFakeExcel({ sheets: { Blad1: { A1: 'x' } }, tables: [{ name: 'ob2025_coa_bijdrage_2025', sheet: 'Blad1', range: 'A1:A2' }] });
    const result = await writeSheet(ctx(fake), parametersSheet(OB2025, opts));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/OB2025_COA_BIJDRAGE_2025.*tabel/);
    expect(fake.sheetNames()).toEqual(['Blad1']);
    expect(fake.syncs).toBe(1);
  });

  it('gives a new table another name than a defined name the same write adds later', async () => {
    const fake = createFakeExcel();
    const result = await writeSheets(ctx(fake), [sheet('Een', { tables: [{ name: 'Prijs', range: 'A1:B2' }] }), sheet('Twee', { names: [{ name: 'Prijs', address: 'B2' }] })]);
    if (!result.ok) throw new Error(result.error.message);
    expect(fake.tables.map((t) => t.name)).toEqual(['Prijs_2']);
    expect(fake.names.map((n) => n.name)).toEqual(['Prijs']);
  });

  it('cleans a sheet name Excel would refuse before adding it', async () => {
    const fake = createFakeExcel();
    const result = await writeSheet(ctx(fake), sheet("Scenario 'Krimp' [2028]: kort/lang'", {}));
    if (!result.ok) throw new Error(result.error.message);
    expect(fake.sheetNames()).toEqual(["Scenario 'Krimp' -2028-- kort-l"]);
  });
});

describe('sheet names that read as a cell or a boolean are quoted in formulas', () => {
  it.each(['Q3', 'COA2027', 'R1C1', 'TRUE', 'rc12'])('compares a scenario sheet renamed to %s', async (renamed) => {
    const scenario = scenarioSheet(OB2025, { ...opts, name: 'Basis', drivers: presetDrivers(OB2025, 'basis') });
    const fake = createFakeExcel({ sheets: { [renamed]: Object.fromEntries(scenario.cells.map((c) => [c.address, c.formula ?? c.value])) } });
    const compare = compareSheet(OB2025, [readScenarioDescription(OB2025, scenario, renamed)], opts);
    const result = await writeSheet(ctx(fake), compare);
    if (!result.ok) throw new Error(result.error.message);
    expect(fake.cell("Scenario's vergelijken", 'C8')).toBe(`='${renamed}'!${outputAddress('coaNeed', 0)}`);
  });
});
