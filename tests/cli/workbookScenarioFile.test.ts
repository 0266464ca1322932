import { DEFAULT_EDITION, presetDrivers } from '../../src/core';
import { parseScenarioFile } from '../../src/cli/workbook/scenarioFile';

const parse = (json: unknown) => parseScenarioFile(DEFAULT_EDITION, typeof json === 'string' ? json : JSON.stringify(json), 'scenario.json');
const message = (json: unknown) => {
  const r = parse(json);
  if (r.ok) throw new Error('expected an error');
  return r.message;
};

describe('scenario file', () => {
  it('starts from the preset and overrides the drivers named, per year, with numbers or pane expressions', () => {
    const r = parse({ name: 'Hoog', preset: 'hoog', drivers: { coaOutflow: { '2026': 90000 }, indPriceAsiel: { '2027': '-10%' }, asylumInflow: { '2025': '76400 - 5000' } } });
    if (!r.ok) throw new Error(r.message);
    const [s] = r.scenarios;
    const hoog = presetDrivers(DEFAULT_EDITION, 'hoog');
    const i = (y: number) => DEFAULT_EDITION.projectionYears.indexOf(y);
    expect(s?.name).toBe('Hoog');
    expect(s?.drivers.year.coaOutflow[i(2026)]).toBe(90000);
    // Tabel 19 kostprijs asiel 4.418 − 10%.
    expect(s?.drivers.year.indPriceAsiel[i(2027)]).toBeCloseTo(3976.2, 6);
    expect(s?.drivers.year.asylumInflow[i(2025)]).toBe(71400);
    expect(s?.drivers.year.indPriceRegulier).toEqual(hoog.year.indPriceRegulier);
    expect(s?.drivers.single.inflowFactor).toBe(1.2);
  });

  it('reads an array of scenarios, single drivers (cut switch, start value) and the price variant; preset defaults to basis', () => {
    const r = parse([{ name: 'A' }, { name: 'B', priceVariant: 'B', drivers: { cutApplied: false, startOccupancy: 80000 } }]);
    if (!r.ok) throw new Error(r.message);
    expect(r.scenarios.map((s) => [s.name, s.preset, s.drivers.priceVariant, s.drivers.single.cutApplied, s.drivers.single.startOccupancy])).toEqual([
      ['A', 'basis', 'A', 1, 81600], // Tabel 6: gemiddelde bezetting 2024 = 81.600
      ['B', 'basis', 'B', 0, 80000],
    ]);
  });

  it('names the field and the value that are wrong', () => {
    expect(message('{"name": "x",')).toMatch(/^scenario\.json: not valid JSON \(/);
    expect(message({ name: 'Hoog', drivers: { coaOutflow: { '2026': 'abc' } } })).toMatch(/^scenario\.json: drivers\.coaOutflow\.2026 is refused: /);
    expect(message({ name: 'Hoog', drivers: { coaOutflow: { '2026': -5 } } })).toBe('scenario.json: drivers.coaOutflow.2026 must be between 0 and 10000000, got -5');
    expect(message({ name: 'Hoog', drivers: { pricePerBed: { '2026': 1e308 } } })).toBe('scenario.json: drivers.pricePerBed.2026 must be between 0 and 1000000, got 1e+308');
    expect(message({ name: 'Hoog', drivers: { cutApplied: 0.5 } })).toBe('scenario.json: drivers.cutApplied must be a whole number between 0 and 1, got 0.5');
    expect(message({ name: 'Hoog', preset: 'extreem' })).toBe('scenario.json: preset must be one of basis, laag, hoog, got "extreem"');
    expect(message({ name: 'Hoog', priceVariant: 'D' })).toBe('scenario.json: priceVariant must be one of A, B, C, got "D"');
    expect(message({ name: 'Hoog', drivers: { coaInstroom: {} } })).toMatch(/^scenario\.json: drivers\.coaInstroom is not a driver; use asylumInflow, coaInflowRatio/);
    expect(message({ name: 'Hoog', drivers: { coaOutflow: { '2031': 1 } } })).toBe('scenario.json: drivers.coaOutflow.2031 is not a projection year; use 2025, 2026, 2027, 2028, 2029');
    expect(message({ name: 'Hoog', drivers: { coaOutflow: 90000 } })).toMatch(/^scenario\.json: drivers\.coaOutflow must be an object of year: value/);
    expect(message({ drivers: {} })).toBe('scenario.json: name must be a non-empty text, got undefined');
    expect(message({ name: 'Hoog', colour: 'red' })).toMatch(/^scenario\.json: colour is not a scenario field/);
    expect(message([{ name: 'A' }, { name: 'B', drivers: { cutApplied: 'ja' } }])).toMatch(/^scenario\.json: \[1\]\.drivers\.cutApplied is refused: /);
    expect(message(42)).toMatch(/^scenario\.json: the file must be an object/);
    // Outflow far above the occupancy: B < 0 is an error, not a number (chain-model.md §2.2).
    expect(message({ name: 'Leeg', drivers: { coaOutflow: { '2025': 9000000 } } })).toMatch(/^scenario\.json: drivers give a negative COA occupancy: Gemiddelde bezetting 2025 wordt negatief/);
  });
});
