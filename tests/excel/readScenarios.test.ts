import { OB2025 } from '../../src/core';
import { presetDrivers, projectChain, withDriver } from '../../src/core/chain';
import { at } from '../../src/core/sheets/a1';
import { outputAddress, SCENARIO_SHEET_LAYOUT as L, singleDriverAddress, yearDriverAddress } from '../../src/core/sheets/chainLayout';
import { compareSheet, COMPARE_SHEET_NAME } from '../../src/core/sheets/compareSheet';
import { readProblemText, SCENARIO_READ_RANGE } from '../../src/core/sheets/scenarioReadBack';
import { LEGACY_SCENARIO_MARKER as SCENARIO_MARKER } from '../../src/core/sheets/scenarioReadBack';
import { writeSheets, type ExcelContextLike } from '../../src/excel';
import { readScenarios, type ScenarioReadContext } from '../../src/excel/readScenarios';
import { chainScenarioDescription, fakeSheetCells } from '../support/chainScenarioFixture';
import { createFakeExcel } from './fakeExcel';

/** "Scenario's vergelijken" on a messy workbook, through the Office.js read-back and the recording fake. */
const basis = presetDrivers(OB2025, 'basis');
const sheetOf = (name: string, drivers = basis, edits: Record<string, unknown> = {}) => ({ ...fakeSheetCells(chainScenarioDescription(OB2025, name, drivers)), ...edits });
const year = (i: number) => at(L.firstYearColumn + i, L.inputsHeader);
const read = (fake: ReturnType<typeof createFakeExcel>) => readScenarios(fake.context as unknown as ScenarioReadContext, OB2025);

describe('readScenarios (Office.js) on a messy workbook', () => {
  const handEdited = withDriver(basis, 'asylumInflow', 30000, 2027);
  const setup = {
    sheets: {
      'Mijn notities': { A1: 'niet van de invoegtoepassing', A2: 'AENM' },
      'Scenario Goed': sheetOf('Goed'),
      'Scenario Handwerk': sheetOf('Handwerk', basis, { [yearDriverAddress('asylumInflow', 2)]: 30000 }),
      'Scenario Volgend jaar': sheetOf('Volgend jaar', basis, { [L.record.edition]: 'OB2026' }),
      'Scenario Drie jaren': sheetOf('Drie jaren', basis, { [year(3)]: '', [year(4)]: '' }),
      'Scenario Dubbel': sheetOf('Dubbel', basis, { [year(1)]: '2025' }),
      'Scenario Tekst': sheetOf('Tekst', basis, { [yearDriverAddress('coaOutflow', 0)]: 'veel', [singleDriverAddress('cutApplied')]: 'nee' }),
      'Scenario Grens': sheetOf('Grens', basis, { [yearDriverAddress('pricePerBed', 2)]: 1e308 }),
      'Scenario Oud': { A2: SCENARIO_MARKER, B2: 'Oud', C9: 76400, C32: '=C28+C10-C11' },
    },
  };

  it('reads every marked sheet in two syncs: the good and hand-edited ones as read, the rest refused with the reason', async () => {
    const fake = createFakeExcel(setup);
    const reads = await read(fake);
    expect(fake.syncs).toBe(2);
    const byName = Object.fromEntries(reads.map((r) => [r.sheetName, r]));
    expect(Object.keys(byName).sort()).toEqual(
      Object.keys(setup.sheets)
        .filter((n) => n !== 'Mijn notities')
        .sort(),
    );
    expect(byName['Scenario Goed']!.kind === 'ok' && byName['Scenario Goed']!.drivers).toEqual(basis);
    expect(byName['Scenario Handwerk']!.kind === 'ok' && byName['Scenario Handwerk']!.drivers).toEqual(handEdited);
    const why = (name: string) => {
      const r = byName[name]!;
      return r.kind === 'refused' ? r.problems.map((p) => readProblemText(p)) : [];
    };
    expect(why('Scenario Volgend jaar')).toEqual([`editie "OB2026" in ${L.record.edition}, de invoegtoepassing rekent met OB2025: niet vergelijkbaar`]);
    expect(why('Scenario Drie jaren')).toEqual(['jaren 2025, 2026, 2027 in de kop; deze editie rekent 2025, 2026, 2027, 2028, 2029: blad niet vergeleken']);
    expect(why('Scenario Dubbel')).toEqual([`jaar 2025 staat twee keer in de kop (${year(1)})`]);
    expect(why('Scenario Tekst')).toEqual([
      `tekst "veel" in ${yearDriverAddress('coaOutflow', 0)} (Uitstroom uit de opvang (O) 2025): vul een getal in`,
      `tekst "nee" in ${singleDriverAddress('cutApplied')} (Taakstelling Beperken asielinstroom toegepast (1 = ja, 0 = nee)): vul een getal in`,
    ]);
    expect(why('Scenario Grens')[0]).toMatch(/^1e\+308 in .* valt buiten de grenzen 0 t\/m 1\.000\.000$/);
    expect(why('Scenario Oud')).toEqual([expect.stringContaining('eerdere versie')]);
  });

  it('writes a comparison that follows the sheets: the hand edit in its cached need, every refused sheet named', async () => {
    const fake = createFakeExcel(setup);
    const reads = await read(fake);
    const compare = compareSheet(OB2025, reads, { formulaStyle: 'excel', writtenAt: '2026-12-01' });
    const result = await writeSheets(fake.context as unknown as ExcelContextLike, [compare]);
    expect(result.ok).toBe(true);
    const cells = [...fake.sheet(COMPARE_SHEET_NAME)!.cells.values()];
    // The 2027 COA need of the hand-edited sheet: a formula on that sheet, cached from its drivers.
    const cell = compare.cells.find((c) => c.formula === `='Scenario Handwerk'!${outputAddress('coaNeed', 2)}`)!;
    expect(cell.cached).toBeCloseTo(projectChain(OB2025, handEdited)[2]!.org.coa.need, 6);
    expect(cell.cached).not.toBeCloseTo(projectChain(OB2025, basis)[2]!.org.coa.need, 0);
    for (const name of ['Scenario Volgend jaar', 'Scenario Drie jaren', 'Scenario Dubbel', 'Scenario Tekst', 'Scenario Grens', 'Scenario Oud']) expect(cells).toContain(name);
    // What the sheet records (its name in B2, preset, price variant) is read back, not taken from prose.
    expect(compare.cells.filter((c) => ['Handwerk', 'basis', 'A', 'OB2025'].includes(String(c.value))).length).toBeGreaterThanOrEqual(4);
    // The changed driver is listed beside the basis, as a formula on the sheet.
    expect(cells).toContain(`='Scenario Handwerk'!${yearDriverAddress('asylumInflow', 2)}`);
  });
});

describe('readScenarios: syncs do not grow with the number of sheets', () => {
  const workbook = (n: number) => {
    const sheets: Record<string, Record<string, unknown>> = { 'Blad zonder marker': { A1: 1 } };
    for (let i = 0; i < n; i++) sheets[`Scenario S${i}`] = sheetOf(`S${i}`, withDriver(basis, 'asylumInflow', 70000 + i, 2026));
    return createFakeExcel({ sheets });
  };
  it.each([1, 10, 50])('%i scenario sheets: the same 2 syncs', async (n) => {
    const fake = workbook(n);
    const reads = await read(fake);
    expect(fake.syncs).toBe(2);
    expect(reads).toHaveLength(n);
    expect(reads.every((r, i) => r.kind === 'ok' && r.drivers.year.asylumInflow[1] === 70000 + i)).toBe(true);
    expect(SCENARIO_READ_RANGE).toMatch(/^A1:[A-Z]+\d+$/);
  });
});
