import { OB2025 } from '../../../src/core';
import { PRESETS, PRICE_VARIANTS, presetDrivers, withDriver, type ChainDrivers } from '../../../src/core/chain';
import { bandDrivers } from '../../../src/core/sheets/bandSheet';
import { at, parseAddress } from '../../../src/core/sheets/a1';
import { SCENARIO_SHEET_LAYOUT as L, singleDriverAddress, yearDriverAddress } from '../../../src/core/sheets/chainLayout';
import { compareSheet } from '../../../src/core/sheets/compareSheet';
import { descriptionValues, readProblemText, readScenarioDescription, readScenarioValues, SCENARIO_READ_RANGE, type ScenarioRead } from '../../../src/core/sheets/scenarioReadBack';
import { LEGACY_SCENARIO_MARKER as SCENARIO_MARKER } from '../../../src/core/sheets/scenarioReadBack';
import { chainScenarioDescription } from '../../support/chainScenarioFixture';

/** The read-back of chain scenario sheets (issue 9; issue 12 item 7), from cell values alone. */
const valuesOf = (drivers: ChainDrivers, name = 'Test', yearsAsText = true) => descriptionValues(chainScenarioDescription(OB2025, name, drivers, { yearsAsText }));
const edit = (values: unknown[][], address: string, value: unknown): unknown[][] => {
  const copy = values.map((r) => [...r]);
  const { column, row } = parseAddress(address);
  copy[row - 1]![column - 1] = value;
  return copy;
};
const read = (values: unknown[][]): ScenarioRead => readScenarioValues(OB2025, 'Scenario Test', values);
const problems = (r: ScenarioRead): string[] => (r.kind === 'refused' ? r.problems.map((p) => readProblemText(p, 'nl')) : []);
const basis = presetDrivers(OB2025, 'basis');

describe('round trip: drivers → sheet cells → read-back', () => {
  for (const preset of PRESETS)
    for (const variant of PRICE_VARIANTS)
      it(`preset ${preset}, price variant ${variant}`, () => {
        const drivers = presetDrivers(OB2025, preset, variant);
        const r = read(valuesOf(drivers));
        expect(r.kind).toBe('ok');
        if (r.kind !== 'ok') return;
        expect(r.drivers).toEqual(drivers);
        expect(r.recorded).toEqual({ edition: 'OB2025', preset, priceVariant: variant, alignedThrough: 2026 });
        expect(r.label).toBe('Test');
      });

  it("the band sheet's bands (edited factors too) and years written as numbers", () => {
    for (const band of PRESETS) {
      const drivers = bandDrivers(OB2025, band, { factors: { laag: { inflow: 0.75, outflow: 1.2 }, hoog: { inflow: 1.3, outflow: 0.85 } } });
      const r = read(valuesOf(drivers, 'Band', false));
      expect(r.kind === 'ok' && r.drivers).toEqual(drivers);
    }
  });

  it('reads a hand-edited input as edited: asylum inflow 2027 and the cut switch', () => {
    let values = valuesOf(basis);
    values = edit(values, yearDriverAddress('asylumInflow', 2), 30000);
    values = edit(values, singleDriverAddress('cutApplied'), 0);
    const r = read(values);
    expect(r.kind === 'ok' && r.drivers).toEqual(withDriver(withDriver(basis, 'asylumInflow', 30000, 2027), 'cutApplied', 0));
  });

  it('reads one rectangle from A1 that holds every cell it uses', () => {
    const to = parseAddress(SCENARIO_READ_RANGE.split(':')[1]!);
    const rows = [L.inputsHeader, ...Object.values(L.yearDriverRow), ...Object.values(L.singleDriverRow), ...Object.values(L.recordRows)];
    expect(Math.max(...rows)).toBeLessThanOrEqual(to.row);
    expect(to.column).toBeGreaterThanOrEqual(L.firstYearColumn + OB2025.projectionYears.length);
  });
});

describe('messy sheets are refused with the reason, never read half (issue 12 item 7)', () => {
  const good = valuesOf(basis);

  it('an ordinary sheet is not a scenario; the old layout is named', () => {
    expect(read([['x']]).kind).toBe('none');
    expect(read([]).kind).toBe('none');
    const old = read(edit(good, L.marker, SCENARIO_MARKER));
    expect(problems(old)).toEqual([expect.stringContaining('eerdere versie')]);
  });

  it('another edition is refused with a message naming both', () => {
    const r = read(edit(good, L.record.edition, 'OB2026'));
    expect(r.kind).toBe('refused');
    expect(problems(r)).toEqual([`editie "OB2026" in ${L.record.edition}, de invoegtoepassing rekent met OB2025: niet vergelijkbaar`]);
  });

  it('year headers that repeat, differ or hold three years', () => {
    const col = (i: number) => at(L.firstYearColumn + i, L.inputsHeader);
    const repeated = read(edit(good, col(2), '2026'));
    expect(problems(repeated)).toEqual([`jaar 2026 staat twee keer in de kop (${col(2)})`]);
    const shifted = read(OB2025.projectionYears.reduce((v, y, i) => edit(v, col(i), y + 1), good));
    expect(problems(shifted)).toEqual(['jaren 2026, 2027, 2028, 2029, 2030 in de kop; deze editie rekent 2025, 2026, 2027, 2028, 2029: blad niet vergeleken']);
    const three = read(edit(edit(good, col(3), ''), col(4), ''));
    expect(problems(three)).toEqual(['jaren 2025, 2026, 2027 in de kop; deze editie rekent 2025, 2026, 2027, 2028, 2029: blad niet vergeleken']);
    const six = read(edit(good, col(5), 2030));
    expect(problems(six)[0]).toMatch(/^jaren 2025, 2026, 2027, 2028, 2029, 2030 in de kop/);
    expect(problems(read(edit(good, col(0), '')))).toEqual([`geen jaartallen in de kop (${col(0)})`]);
  });

  it('text in an input is reported, not dropped; "nee" is not read as true; booleans and blanks are reported', () => {
    const inflow = yearDriverAddress('asylumInflow', 1);
    const cut = singleDriverAddress('cutApplied');
    const r = read(edit(edit(edit(good, inflow, '76.400'), cut, 'nee'), yearDriverAddress('pricePerBed', 3), true));
    expect(r.kind).toBe('refused');
    expect(problems(r)).toEqual([
      `tekst "76.400" in ${inflow} (Asielinstroom (A) 2026): vul een getal in`,
      `WAAR in ${yearDriverAddress('pricePerBed', 3)} (COA prijs per bezet bed per jaar (p) 2028): vul een getal in`,
      `tekst "nee" in ${cut} (Taakstelling Beperken asielinstroom toegepast (1 = ja, 0 = nee)): vul een getal in`,
    ]);
    expect(problems(read(edit(good, cut, '')))).toEqual([`${cut} (Taakstelling Beperken asielinstroom toegepast (1 = ja, 0 = nee)) is leeg`]);
    expect(problems(read(edit(good, inflow, '#VALUE!')))).toEqual([`tekst "#VALUE!" in ${inflow} (Asielinstroom (A) 2026): vul een getal in`]);
  });

  it('values outside the driver limits are reported (the declarations carry the limits)', () => {
    const price = yearDriverAddress('pricePerBed', 2);
    const cut = singleDriverAddress('cutApplied');
    const r = read(edit(edit(edit(good, price, 1e308), cut, 2), yearDriverAddress('coaOutflow', 0), -5));
    expect(problems(r)).toEqual([
      `-5 in ${yearDriverAddress('coaOutflow', 0)} (Uitstroom uit de opvang (O) 2025) valt buiten de grenzen 0 t/m 10.000.000`,
      `1e+308 in ${price} (COA prijs per bezet bed per jaar (p) 2027) valt buiten de grenzen 0 t/m 1.000.000`,
      `2 in ${cut} (Taakstelling Beperken asielinstroom toegepast (1 = ja, 0 = nee)) valt buiten de grenzen 0 t/m 1, geheel getal`,
    ]);
    expect(problems(read(edit(good, cut, 0.5)))[0]).toMatch(/geheel getal$/);
  });

  it('unknown recorded settings are reported', () => {
    const r = read(edit(edit(good, L.record.preset, 'extreem'), L.record.alignedThrough, 2027));
    expect(problems(r)).toEqual([`uitgangspunt "extreem" in ${L.record.preset} is onbekend; verwacht basis, laag, hoog`, `afgestemd t/m "2027" in ${L.record.alignedThrough} is onbekend; verwacht 2026`]);
  });

  it('the compare sheet lists each refused sheet with its reasons and compares the rest', () => {
    const okRead = readScenarioDescription(OB2025, chainScenarioDescription(OB2025, 'Goed', basis));
    const bad = readScenarioValues(OB2025, 'Scenario Fout', edit(good, L.record.edition, 'OB2026'));
    const many = readScenarioValues(
      OB2025,
      'Scenario Leeg',
      YEAR_ROWS.reduce((v, a) => edit(v, a, 'x'), good),
    );
    const d = compareSheet(OB2025, [okRead, bad, many], { formulaStyle: 'excel', writtenAt: '2026-12-01' });
    const texts = d.cells.map((c) => c.value);
    expect(texts).toContain('Scenario Fout');
    expect(texts).toContain(`editie "OB2026" in ${L.record.edition}, de invoegtoepassing rekent met OB2025: niet vergelijkbaar`);
    expect(texts.filter((t) => t === 'Scenario Leeg')).toHaveLength(11);
    expect(texts).toContain(`… en nog ${YEAR_ROWS.length - 10} redenen`);
    expect(d.cells.filter((c) => c.formula?.startsWith("='Scenario Goed'!")).length).toBe(12 * 5);
  });

  it('a sheet the model cannot project (outflow empties the reception) is listed, not a crash', () => {
    const drained = readScenarioValues(OB2025, 'Scenario Leeggelopen', edit(good, yearDriverAddress('coaOutflow', 0), 9_000_000));
    expect(drained.kind).toBe('ok');
    const d = compareSheet(OB2025, [drained], { formulaStyle: 'excel', writtenAt: '2026-12-01' });
    expect(d.cells.find((c) => c.value === 'Scenario Leeggelopen' && c.address.startsWith('A'))).toBeDefined();
    expect(d.cells.some((c) => typeof c.value === 'string' && c.value.startsWith('niet door te rekenen: Gemiddelde bezetting 2025 wordt negatief'))).toBe(true);
    expect(d.cells.some((c) => c.formula)).toBe(false);
  });
});

const YEAR_ROWS = (['asylumInflow', 'coaOutflow', 'pricePerBed'] as const).flatMap((key) => OB2025.projectionYears.map((_, i) => yearDriverAddress(key, i)));
