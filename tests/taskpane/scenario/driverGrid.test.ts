import { OB2025, SINGLE_DRIVERS, YEAR_DRIVERS } from '../../../src/core';
import { cellValue, fieldLabel, gridDrivers, GRID_FIELDS, initialGrid, SINGLE_FIELDS, withPreset, withText } from '../../../src/taskpane/scenario/driverGrid';

const what = (field: string, year?: number) => `${field} ${year ?? ''}`;
const at = (values: readonly number[], year: number) => values[OB2025.projectionYears.indexOf(year)];

describe('driver grid state', () => {
  it('has one row per declared per-year driver, labelled from the declaration', () => {
    expect(GRID_FIELDS).toEqual(YEAR_DRIVERS.map((d) => d.key));
    expect(SINGLE_FIELDS).toEqual(SINGLE_DRIVERS.map((d) => d.key));
    expect(fieldLabel('asylumInflow', 'nl')).toBe('Asielinstroom (A)');
    expect(fieldLabel('asylumInflow', 'en')).toBe('Asylum inflow (A)');
  });

  it('starts from the published values (Tabel 6 Uitstroom uit de opvang 2026: 52.040)', () => {
    const grid = initialGrid(OB2025);
    expect(cellValue(grid, 'coaOutflow', 2026, 'x')).toEqual({ ok: true, value: 52040 });
    expect(gridDrivers(grid, what).errors).toEqual([]);
  });

  it('evaluates an edited cell against its basis and writes it into the drivers', () => {
    const grid = withText(initialGrid(OB2025), 'asylumInflow', 2026, 'basis * 0.8');
    const { drivers, errors } = gridDrivers(grid, what);
    expect(errors).toEqual([]);
    // Tabel 6 Asielinstroom 2026: 78.780 × 0,8.
    expect(at(drivers.year.asylumInflow, 2026)).toBe(63024);
    expect(at(drivers.year.asylumInflow, 2027)).toBe(24730);
  });

  it('writes one driver without touching the others (Tabel 19 kostprijs asiel 2025: € 4.418)', () => {
    const { drivers } = gridDrivers(withText(initialGrid(OB2025), 'indPriceAsiel', 2025, 'basis + 82'), what);
    expect(at(drivers.year.indPriceAsiel, 2025)).toBe(4500);
    expect(at(drivers.year.indPriceRegulier, 2025)).toBe(912);
  });

  it('lists every refused cell with its typed error, including the declaration limits (1e308 as bed price)', () => {
    let grid = withText(initialGrid(OB2025), 'asylumInflow', 2027, 'import(1)');
    grid = withText(grid, 'coaOutflow', 2025, '1/0');
    grid = withText(grid, 'pricePerBed', 2028, '1e308');
    const { errors } = gridDrivers(grid, what);
    expect(errors.map((e) => [e.field, e.year, e.error.code])).toEqual([
      ['asylumInflow', 2027, 'expressionNotAllowed'],
      ['coaOutflow', 2025, 'notFinite'],
      ['pricePerBed', 2028, expect.stringMatching(/tooLarge|expressionSyntax|notFinite/)],
    ]);
  });

  it('re-evaluates expressions against the new preset when the preset changes (band factors are single drivers)', () => {
    const grid = withPreset(withText(initialGrid(OB2025), 'asylumInflow', 2026, '-10%'), OB2025, 'hoog');
    expect(cellValue(grid, 'asylumInflow', 2026, 'x')).toEqual({ ok: true, value: expect.closeTo(70902, 6) });
    expect(grid.base.single.inflowFactor).toBe(1.2);
  });

  it('edits the single drivers once for the scenario: the cut switch accepts 0 or 1 only', () => {
    const off = gridDrivers(withText(initialGrid(OB2025), 'cutApplied', undefined, '0'), what);
    expect(off.errors).toEqual([]);
    expect(off.drivers.single.cutApplied).toBe(0);
    const half = gridDrivers(withText(initialGrid(OB2025), 'cutApplied', undefined, '0,5'), what);
    expect(half.errors.map((e) => [e.field, e.year, e.error.code])).toEqual([['cutApplied', undefined, 'notWhole']]);
    const band = gridDrivers(withText(initialGrid(OB2025), 'inflowFactor', undefined, '1,1'), what);
    expect(band.drivers.single.inflowFactor).toBeCloseTo(1.1, 12);
  });
});
