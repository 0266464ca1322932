import { OB2025, presetDrivers } from '../../src/core';
import { compareSheet, cutsSheet, mppSheet, odaSheet, outputAddress, parametersSheet, scenarioSheet, workbookPlan } from '../../src/core/sheets';
import { readScenarioDescription } from '../../src/core/sheets';
import type { SheetDescription } from '../../src/core/sheets/types';
import { requiredApiSets, writeSheet, writeSheets } from '../../src/excel';
import type { ExcelContextLike } from '../../src/excel';
import { createFakeExcel, type FakeExcel } from './fakeExcel';

const opts = { formulaStyle: 'excel' as const, writtenAt: '2025-06-01' };
const ctx = (fake: FakeExcel) => fake.context as unknown as ExcelContextLike;
const all = (): SheetDescription[] => workbookPlan(OB2025, [odaSheet(OB2025, opts), mppSheet(OB2025, opts), cutsSheet(OB2025, opts), scenarioSheet(OB2025, { ...opts, name: 'Basis' })], opts.writtenAt);

describe('writeSheets against the recording fake', () => {
  it('writes every sheet in at most two syncs each, from blocks, far below the 5 MB limit', async () => {
    const fake = createFakeExcel();
    const plan = all();
    const result = await writeSheets(ctx(fake), plan, { isSetSupported: fake.isSetSupported });
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
    const result = await writeSheets(ctx(fake), [parametersSheet(OB2025, opts), mppSheet(OB2025, opts), scenario, compare], { isSetSupported: fake.isSetSupported });
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
    await writeSheet(ctx(fake), parametersSheet(OB2025, opts), { isSetSupported: fake.isSetSupported });
    const again = await writeSheet(ctx(fake), parametersSheet(OB2025, opts), { isSetSupported: fake.isSetSupported });
    if (!again.ok) throw new Error('failed');
    expect(again.value.sheets[0]!.skipped).toBe('namesExist');
    expect(fake.sheetNames()).toEqual(['Parameters OB2025']);
  });

  it('answers a missing API set with a typed error before touching the workbook', async () => {
    const fake = createFakeExcel({ supported: '1.3' });
    const result = await writeSheet(ctx(fake), parametersSheet(OB2025, opts), { isSetSupported: fake.isSetSupported });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'apiSetMissing', set: 'ExcelApi', version: '1.4' }) });
    if (!result.ok) expect(result.error.message).toContain('ExcelApi 1.4');
    expect(fake.syncs).toBe(0);
    expect(requiredApiSets(odaSheet(OB2025, opts))).toEqual({ required: '1.2', optional: [{ version: '1.7', feature: expect.any(String) }, { version: '1.9', feature: expect.any(String) }] });
  });

  it('skips freeze panes below ExcelApi 1.7 with a warning instead of failing', async () => {
    const fake = createFakeExcel({ supported: '1.4' });
    const result = await writeSheet(ctx(fake), odaSheet(OB2025, opts), { isSetSupported: fake.isSetSupported });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.sheets[0]!.warnings.join()).toMatch(/1\.7/);
    expect(fake.sheet('ODA-toerekening')!.frozen).toBeUndefined();
    expect(fake.cell('ODA-toerekening', 'B13')).toBe('=SUM(B7:B11)');
  });

  it('splits a request only when it passes the byte limit, and measures it', async () => {
    const fake = createFakeExcel();
    const result = await writeSheet(ctx(fake), parametersSheet(OB2025, opts), { isSetSupported: fake.isSetSupported, maxRequestBytes: 4_000 });
    if (!result.ok) throw new Error('failed');
    expect(fake.syncs).toBeGreaterThan(2);
    // A request passes the limit only when it holds a single block too big to split.
    for (const r of fake.requests) if (r.bytes > 4_000) expect(r.ops.filter((op) => op.kind === 'formulas')).toHaveLength(1);
  });
});
