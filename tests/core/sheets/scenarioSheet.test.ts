import { OB2025, presetDrivers, projectChain, withDriver, type ChainDrivers, type ChainYear } from '../../../src/core';
import { DRIVERS, driverCells, driverDeclaration, driverValue } from '../../../src/core/chain';
import { OUTPUT_ROWS, outputAddress, readScenarioDescription, scenarioSheet, singleDriverAddress, SCENARIO_SHEET_LAYOUT as L, workbookPlan, yearDriverAddress, type OutputRow } from '../../../src/core/sheets';
import type { FormulaStyle, SheetDescription } from '../../../src/core/sheets/types';
import { evaluate } from './evaluate';

const options = (formulaStyle: FormulaStyle) => ({ formulaStyle, writtenAt: '2025-06-01' });
const cachedOf = (d: SheetDescription) => {
  const byAddress = new Map(d.cells.map((c) => [c.address, c]));
  return (address: string) => {
    const cell = byAddress.get(address);
    return cell?.formula !== undefined ? cell.cached : cell?.value;
  };
};
const euro = (actual: unknown, expected: number): void => {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1);
};
const y = (year: number) => OB2025.projectionYears.indexOf(year);

/** What the core says each output row of the sheet must show. */
const coreOutput: Record<OutputRow, (o: ChainYear) => number | string> = {
  asylumInflowEffective: (o) => o.asylumInflow,
  coaInflow: (o) => o.coaInflow,
  coaOutflowEffective: (o) => o.coaOutflow,
  occupancy: (o) => o.occupancy,
  impliedStay: (o) => o.impliedStayMonths ?? '',
  littleBeds: (o) => (o.coaInflow * 10.6) / 12,
  indVolume_asiel: (o) => o.ind.volume.asiel,
  indVolume_regulier: (o) => o.ind.volume.regulier,
  indVolume_naturalisatie: (o) => o.ind.volume.naturalisatie,
  indNeed: (o) => o.org.ind.need,
  nidosPupils: (o) => o.nidos.pupils,
  nidosInCare: (o) => o.nidos.inCare,
  nidosInflow: (o) => o.nidos.inflow,
  nidosNeed: (o) => o.org.nidos.need,
  coaNeed: (o) => o.org.coa.need,
  ...(Object.fromEntries(
    (['coa', 'ind', 'nidos'] as const).flatMap((org) => [
      [`${org}Budget`, (o: ChainYear) => o.org[org].budget],
      [`${org}Gap`, (o: ChainYear) => o.org[org].gap],
      [`${org}Cut`, (o: ChainYear) => o.org[org].cut],
      [`${org}Reversion`, (o: ChainYear) => o.org[org].reversion],
      [`${org}Scenario`, (o: ChainYear) => o.org[org].scenario],
      [`${org}Residual`, (o: ChainYear) => o.org[org].residual],
    ]),
  ) as Record<`${'coa' | 'ind' | 'nidos'}${'Budget' | 'Gap' | 'Cut' | 'Reversion' | 'Scenario' | 'Residual'}`, (o: ChainYear) => number>),
  chainNeed: (o) => o.chain.need,
  chainBudget: (o) => o.chain.budget,
  chainGap: (o) => o.chain.gap,
  chainCut: (o) => o.chain.cut,
  chainReversion: (o) => o.chain.reversion,
  chainScenario: (o) => o.chain.scenario,
  chainResidual: (o) => o.chain.residual,
  odaIndex: (o) => o.odaIndex,
  odaEstimate: (o) => o.odaEstimate,
};

describe('scenario sheet: chain-model.md §9 from the cached values', () => {
  const d = scenarioSheet(OB2025, { ...options('excel'), name: 'Basis' });
  const cell = cachedOf(d);
  const out = (key: OutputRow, year: number) => cell(outputAddress(key, y(year)));

  it('#1, #2 occupancy 2027 and 2029: 132.190', () => {
    expect(out('occupancy', 2027)).toBeCloseTo(132190, 6);
    expect(out('occupancy', 2029)).toBeCloseTo(132190, 6);
  });
  it('#4, #5 COA need 4.062.600.000 / 4.422.334.000 / 3.912.907.172 €', () => {
    euro(out('coaNeed', 2025), 4062600000);
    euro(out('coaNeed', 2026), 4422334000);
    euro(out('coaNeed', 2028), 3912907172);
  });
  it('#6 COA 2028 gap 3.296.050.172 = 579.196.000 + 2.716.854.172 €', () => {
    euro(out('coaGap', 2028), 3296050172);
    euro(out('coaCut', 2028), 579196000);
    euro(out('coaReversion', 2028), 2716854172);
  });
  it('#10, #11 IND need 866.372.000 / 809.634.000 / 558.976.922 €; gap 2028 241.570.922 = 271.214.000 − 29.643.078', () => {
    euro(out('indNeed', 2025), 866372000);
    euro(out('indNeed', 2026), 809634000);
    euro(out('indNeed', 2028), 558976922);
    euro(out('indGap', 2028), 241570922);
    euro(out('indCut', 2028), 271214000);
    euro(out('indReversion', 2028), -29643078);
  });
  it('#14 Nidos need 382.533.396 €; gap 2028 308.000.396 = 70.224.000 + 237.776.396', () => {
    euro(out('nidosNeed', 2027), 382533396);
    euro(out('nidosGap', 2028), 308000396);
    euro(out('nidosCut', 2028), 70224000);
    euro(out('nidosReversion', 2028), 237776396);
  });
  it('#16, #17 chain gap 2028 3.845.621.490 = 935.109.000 + 2.924.987.490 − 14.475.000; 2027 3.384.296.865', () => {
    euro(out('chainGap', 2028), 3845621490);
    euro(out('chainCut', 2028), 935109000);
    euro(out('chainReversion', 2028), 2924987490);
    euro(out('chainResidual', 2028), -14475000);
    euro(out('chainGap', 2027), 3384296865);
    euro(out('chainReversion', 2027), 2923979865);
    euro(out('chainResidual', 2027), -7237000);
  });
  it('#19 every gap 2025–2026 is 0', () => {
    for (const year of [2025, 2026]) for (const k of ['coaGap', 'indGap', 'nidosGap', 'chainGap'] as const) euro(out(k, year), 0);
  });
  it('#20 ODA 1.833.251.000 / 1.297.769.190 / 620.110.754 €', () => {
    euro(out('odaEstimate', 2025), 1833251000);
    euro(out('odaEstimate', 2027), 1297769190);
    euro(out('odaEstimate', 2028), 620110754);
  });
  it('#22 implied stay 2028 63,45 months; Little beds 2025 74.518', () => {
    expect(out('impliedStay', 2028)).toBeCloseTo(63.45, 2);
    expect(Math.round(out('littleBeds', 2025) as number)).toBe(74518);
  });
  it('#18 cut off: chain budget 2028 1.929.430.000 €, gap 2.924.987.490 €', () => {
    const off = cachedOf(scenarioSheet(OB2025, { ...options('excel'), name: 'Zonder', drivers: withDriver(presetDrivers(OB2025), 'cutApplied', 0) }));
    euro(off(outputAddress('chainBudget', y(2028))), 1929430000);
    euro(off(outputAddress('chainGap', y(2028))), 2924987490);
  });
  it('#8 variant B: COA gap 2028 4.067.269.420 €, chain gap 4.616.840.738 €; the variant is recorded in its cell', () => {
    const b = scenarioSheet(OB2025, { ...options('excel'), name: 'B', drivers: presetDrivers(OB2025, 'basis', 'B') });
    const c = cachedOf(b);
    euro(c(outputAddress('coaGap', y(2028))), 4067269420);
    euro(c(outputAddress('chainGap', y(2028))), 4616840738);
    expect(c(L.record.priceVariant)).toBe('B');
  });
  it('#21 high band: occupancy 136.653 / 193.476; factors recorded in their input cells', () => {
    const h = cachedOf(scenarioSheet(OB2025, { ...options('excel'), name: 'Hoog', preset: 'hoog' }));
    expect(h(outputAddress('occupancy', 0))).toBeCloseTo(136653, 6);
    expect(h(outputAddress('occupancy', y(2028)))).toBeCloseTo(193476, 6);
    expect(h(singleDriverAddress('inflowFactor'))).toBe(1.2);
    expect(h(singleDriverAddress('outflowFactor'))).toBe(0.9);
    expect(h(L.record.preset)).toBe('hoog');
    expect(h(L.record.edition)).toBe('OB2025');
  });
  it('marks inputs unlocked and styled as input; every other number is a formula or a status-styled reference', () => {
    // The legend's "invoer" swatch is the one text cell in the input style.
    const inputs = d.cells.filter((c) => c.style === 'input' && c.value !== 'invoer');
    expect(inputs.length).toBe(DRIVERS.filter((x) => x.scope === 'year').length * 5 + DRIVERS.filter((x) => x.scope === 'single').length);
    expect(inputs.every((c) => c.locked === false && c.formula === undefined && typeof c.value === 'number')).toBe(true);
    const otherNumbers = d.cells.filter((c) => c.style !== 'input' && typeof (c.value ?? c.cached) === 'number' && c.formula === undefined);
    expect(otherNumbers.every((c) => c.style === 'published' || c.style === 'assumed' || c.style === 'derived')).toBe(true);
    expect(d.cells.every((c) => typeof c.value !== 'string' || !c.value.includes('\u0133'))).toBe(true);
  });
});

/** +1% for numbers (a zero becomes 1), the switch flipped. */
const nudged = (value: number, unit: string): number => (unit === 'switch' ? 1 - value : value === 0 ? 1 : value * 1.01);

describe.each(['excel', 'aenm'] as const)('no dead input on the written scenario sheets (%s style, HyperFormula)', (style) => {
  for (const preset of ['basis', 'hoog'] as const) {
    it(`${preset}: every editable cell changes an output, and every output equals the core with that driver changed`, () => {
      const drivers: ChainDrivers = presetDrivers(OB2025, preset);
      const sheet = scenarioSheet(OB2025, { ...options(style), name: preset, drivers });
      const ev = evaluate(workbookPlan(OB2025, [sheet], '2025-06-01'));
      const read = () => OUTPUT_ROWS.flatMap((k) => drivers.years.map((_, i) => ev.value(sheet.name, outputAddress(k, i))));
      const base = read();
      const problems: string[] = [];
      for (const cell of driverCells(drivers)) {
        const d = driverDeclaration(cell.key);
        const i = cell.year === undefined ? -1 : drivers.years.indexOf(cell.year);
        const address = i < 0 ? singleDriverAddress(cell.key as 'cutApplied') : yearDriverAddress(cell.key as 'asylumInflow', i);
        const before = driverValue(drivers, cell.key, cell.year);
        const value = nudged(before, d.unit);
        ev.set(sheet.name, address, value);
        const after = read();
        if (after.every((v, j) => v === base[j])) problems.push(`${cell.key} ${cell.year ?? ''}: no output changed`);
        const expected = projectChain(OB2025, withDriver(drivers, cell.key, value, cell.year));
        OUTPUT_ROWS.forEach((k, r) =>
          drivers.years.forEach((_, c) => {
            const got = after[r * drivers.years.length + c];
            const want = coreOutput[k](expected[c]!);
            const same = typeof want === 'number' ? typeof got === 'number' && Math.abs(got - want) <= 0.01 : got === want;
            if (!same) problems.push(`${cell.key} ${cell.year ?? ''}: ${k} ${drivers.years[c]} sheet ${String(got)} core ${String(want)}`);
          }),
        );
        ev.set(sheet.name, address, before);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('round trip: scenario → sheet → drivers (pure, by the layout)', () => {
  const edit = (sheet: ReturnType<typeof scenarioSheet>, address: string, value: number | string) => ({
    ...sheet,
    cells: sheet.cells.map((c) => (c.address === address ? { address, value } : c)),
  });
  for (const preset of ['basis', 'laag', 'hoog'] as const)
    for (const variant of ['A', 'B'] as const)
      it(`${preset}, variant ${variant}`, () => {
        const drivers = presetDrivers(OB2025, preset, variant);
        const sheet = scenarioSheet(OB2025, { ...options('excel'), name: `${preset}${variant}`, drivers });
        const read = readScenarioDescription(OB2025, sheet);
        expect(read.kind).toBe('ok');
        if (read.kind === 'ok') {
          expect(read.label).toBe(`${preset}${variant}`);
          expect(read.drivers).toEqual(drivers);
        }
      });

  it('reads a hand-edited input as edited, and refuses another edition or a value outside the limits', () => {
    const sheet = scenarioSheet(OB2025, { ...options('excel'), name: 'Edit' });
    const read = readScenarioDescription(OB2025, edit(sheet, yearDriverAddress('asylumInflow', 2), 20000));
    expect(read.kind === 'ok' && read.drivers.year.asylumInflow[2]).toBe(20000);
    const other = readScenarioDescription(OB2025, edit(sheet, L.record.edition, 'OB2026'));
    expect(other.kind === 'refused' && other.problems.map((p) => p.kind)).toContain('edition');
    const bad = readScenarioDescription(OB2025, edit(sheet, yearDriverAddress('pricePerBed', 3), 1e308));
    expect(bad.kind === 'refused' && bad.problems.map((p) => p.kind)).toContain('limits');
  });
});

describe('scenario sheet: reference rows and named differences', () => {
  const d = scenarioSheet(OB2025, { ...options('excel'), name: 'Ref' });
  const row = (label: string) => d.cells.find((c) => c.address.startsWith('A') && c.value === label)!.address.slice(1);
  const c = cachedOf(d);
  it('#9 the 76.050 MPP applications (split read-only) and the unexplained 48.191.100 € against Tabel 8', () => {
    expect(c(`C${row('IND asielaanvragen volgens het MPP 2025 (tekst; voedt niets: er is één kostprijs asiel)')}`)).toBe(76050);
    expect(c(`C${row('  waarvan nareizigers')}`)).toBe(23300);
    expect(c(`C${row('IND: Tabel 8 asiel − MPP-asielaanvragen (tekst) × kostprijs (niet verklaard in de bron)')}`)).toBe(48191100);
    expect(c(`C${row('IND: Tabel 8 naturalisatie − 37.000 verzoeken (Tabel 6) × kostprijs')}`)).toBe(-4488000);
  });
  it('#13 Nidos: sluitpost 7.899,10 amv; published part 174.580.910 € beside the sluitpost part 264.983.090 €', () => {
    expect(c(`C${row('Nidos amv in opvang 2025 (sluitpost op Tabel 4, niet gepubliceerd)')}`)).toBeCloseTo(7899.1, 2);
    euro(c(`C${row('Nidos 2025: gepubliceerd deel (pupillen × begeleiding + instroom × instroomteam)')}`), 174580910);
    euro(c(`C${row('Nidos 2025: sluitpostdeel (Tabel 4 Nidos − gepubliceerd deel)')}`), 264983090);
  });
});
