import { OB2025 } from '../../../src/core';
import { cellValue, gridDrivers, initialGrid, withPreset, withText } from '../../../src/taskpane/scenario/driverGrid';

const what = (field: string, year: number) => `${field} ${year}`;

describe('driver grid state', () => {
  it('starts from the published values (Tabel 6 COA instroom 2026: 86.790)', () => {
    const grid = initialGrid(OB2025);
    expect(cellValue(grid, 'coaInflow', 2026, 'x')).toEqual({ ok: true, value: 86790 });
    expect(gridDrivers(grid, what).errors).toEqual([]);
  });

  it('evaluates an edited cell against its basis and writes it into the drivers', () => {
    const grid = withText(initialGrid(OB2025), 'coaInflow', 2026, 'basis * 0.8');
    const { drivers, errors } = gridDrivers(grid, what);
    expect(errors).toEqual([]);
    expect(drivers.years.find((y) => y.year === 2026)?.coaInflow).toBe(69432);
    // Other years untouched: 2027 stays Tabel 6's 25.000.
    expect(drivers.years.find((y) => y.year === 2027)?.coaInflow).toBe(25000);
  });

  it('writes nested fields (IND price asiel) without touching their siblings', () => {
    // Tabel 19 integral cost price asiel 2025: € 4.418.
    const grid = withText(initialGrid(OB2025), 'indPrice.asiel', 2025, 'basis + 82');
    const y2025 = gridDrivers(grid, what).drivers.years.find((y) => y.year === 2025);
    expect(y2025?.indPrice.asiel).toBe(4500);
    expect(y2025?.indPrice.regulier).toBe(912);
  });

  it('lists every refused cell with its typed error', () => {
    const grid = withText(withText(initialGrid(OB2025), 'asylumInflow', 2027, 'import(1)'), 'stayMonths', 2025, '1/0');
    const { errors } = gridDrivers(grid, what);
    expect(errors.map((e) => [e.field, e.year, e.error.code])).toEqual([
      ['stayMonths', 2025, 'notFinite'],
      ['asylumInflow', 2027, 'expressionNotAllowed'],
    ]);
  });

  it('re-evaluates expressions against the new preset when the preset changes', () => {
    const grid = withPreset(withText(initialGrid(OB2025), 'coaInflow', 2026, '-10%'), OB2025, 'hoog');
    // hoog = inflow × 1,2: 86.790 × 1,2 × 0,9 = 93.733,2
    expect(cellValue(grid, 'coaInflow', 2026, 'x')).toEqual({ ok: true, value: expect.closeTo(93733.2, 6) });
  });
});
