import { OB2025, presetDrivers, project } from '../../../src/core';

const outcome = project(OB2025, presetDrivers(OB2025, 'basis'));
const K = 1000; // Tabel 4 is printed x € 1.000

describe('project with the basis preset', () => {
  // Tabel 4, typed from the source: COA, IND, NIDOS - opvang for 2025–2029.
  it.each([
    [2025, 4062600, 866372, 439564],
    [2026, 4422334, 809634, 467771],
    [2027, 906455, 453013, 109645],
    [2028, 616857, 317406, 74533],
    [2029, 616857, 317406, 74533],
  ])('reproduces Tabel 4 COA, IND and NIDOS for %i', (year, coa, ind, nidos) => {
    const y = outcome.find((o) => o.year === year)!;
    expect(y.coaCost).toBeCloseTo(coa * K, 1);
    expect(y.indCost).toBeCloseTo(ind * K, 1);
    expect(y.nidosCost).toBeCloseTo(nidos * K, 1);
    expect(y.gap).toBeCloseTo(0, 1);
  });

  it('follows the MPP occupancy 114.650, 149.400, 132.190, 132.190 and carries 2028 into 2029', () => {
    expect(outcome.map((y) => y.occupancy)).toEqual([114650, 149400, 132190, 132190, 132190]);
  });

  it("shows 22.083 steady-state beds and 63 months' implied stay in 2028", () => {
    const y2028 = outcome.find((o) => o.year === 2028)!;
    expect(Math.round(y2028.steadyStateBeds)).toBe(22083);
    expect(y2028.impliedStayMonths).toBeCloseTo(63.45, 2);
  });

  it('is pure: the same drivers give the same outcome', () => {
    expect(project(OB2025, presetDrivers(OB2025, 'basis'))).toEqual(outcome);
  });
});
