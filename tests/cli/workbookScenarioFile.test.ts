import { DEFAULT_EDITION, presetDrivers } from '../../src/core';
import { parseScenarioFile } from '../../src/cli/workbook/scenarioFile';

const parse = (json: unknown) => parseScenarioFile(DEFAULT_EDITION, typeof json === 'string' ? json : JSON.stringify(json), 'scenario.json');
const message = (json: unknown) => {
  const r = parse(json);
  if (r.ok) throw new Error('expected an error');
  return r.message;
};

describe('scenario file', () => {
  it('starts from the preset and overrides the drivers named, per year', () => {
    const r = parse({ name: 'Hoog', preset: 'hoog', drivers: { coaInflow: { '2026': 90000 }, 'indPrice.asiel': { '2027': 5000 } } });
    if (!r.ok) throw new Error(r.message);
    const [s] = r.scenarios;
    const hoog = presetDrivers(DEFAULT_EDITION, 'hoog');
    expect(s?.name).toBe('Hoog');
    expect(s?.drivers.years.find((y) => y.year === 2026)?.coaInflow).toBe(90000);
    expect(s?.drivers.years.find((y) => y.year === 2027)?.indPrice.asiel).toBe(5000);
    expect(s?.drivers.years.find((y) => y.year === 2027)?.indPrice.regulier).toBe(hoog.years.find((y) => y.year === 2027)?.indPrice.regulier);
    expect(s?.drivers.years.find((y) => y.year === 2025)).toEqual(hoog.years.find((y) => y.year === 2025));
  });

  it('reads an array of scenarios, cutApplied and startOccupancy; preset defaults to basis', () => {
    const r = parse([{ name: 'A' }, { name: 'B', cutApplied: false, startOccupancy: 80000 }]);
    if (!r.ok) throw new Error(r.message);
    expect(r.scenarios.map((s) => [s.name, s.preset, s.drivers.cutApplied, s.drivers.startOccupancy])).toEqual([
      ['A', 'basis', true, 81600], // Tabel 6: gemiddelde bezetting 2024 = 81.600
      ['B', 'basis', false, 80000],
    ]);
  });

  it('names the field and the value that are wrong', () => {
    expect(message('{"name": "x",')).toMatch(/^scenario\.json: not valid JSON \(/);
    expect(message({ name: 'Hoog', drivers: { coaInflow: { '2026': 'abc' } } })).toBe('scenario.json: drivers.coaInflow.2026 must be a non-negative number, got "abc"');
    expect(message({ name: 'Hoog', drivers: { coaInflow: { '2026': -5 } } })).toBe('scenario.json: drivers.coaInflow.2026 must be a non-negative number, got -5');
    expect(message({ name: 'Hoog', drivers: { coaInflow: { '2026': 1e12 } } })).toBe('scenario.json: drivers.coaInflow.2026 must be at most 1000000000, got 1000000000000');
    expect(message({ name: 'Hoog', preset: 'extreem' })).toBe('scenario.json: preset must be one of basis, laag, hoog, got "extreem"');
    expect(message({ name: 'Hoog', drivers: { coaInstroom: {} } })).toMatch(/^scenario\.json: drivers\.coaInstroom is not a driver; use asylumInflow, coaInflow/);
    expect(message({ name: 'Hoog', drivers: { coaInflow: { '2031': 1 } } })).toBe('scenario.json: drivers.coaInflow.2031 is not a projection year; use 2025, 2026, 2027, 2028, 2029');
    expect(message({ name: 'Hoog', drivers: { coaInflow: 90000 } })).toMatch(/^scenario\.json: drivers\.coaInflow must be an object of year: value/);
    expect(message({ drivers: {} })).toBe('scenario.json: name must be a non-empty text, got undefined');
    expect(message({ name: 'Hoog', colour: 'red' })).toMatch(/^scenario\.json: colour is not a scenario field/);
    expect(message([{ name: 'A' }, { name: 'B', cutApplied: 'ja' }])).toBe('scenario.json: [1].cutApplied must be true or false, got "ja"');
    expect(message(42)).toMatch(/^scenario\.json: the file must be an object/);
  });

  it('lets indOther, a balance, be negative', () => {
    expect(parse({ name: 'x', drivers: { indOther: { '2025': -1000 } } }).ok).toBe(true);
  });
});
