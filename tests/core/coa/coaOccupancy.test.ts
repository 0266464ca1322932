import fc from 'fast-check';
import { coaOccupancy, mppFigure, OB2025 } from '../../../src/core';

const mpp = (indicator: string, year: number): number => {
  const f = mppFigure(OB2025, indicator, year);
  if (!f.ok) throw new Error(JSON.stringify(f.error));
  return f.value.value;
};

describe('coaOccupancy (MPP stock-flow)', () => {
  // Tabel 6: gemiddelde bezetting = vorig jaar + instroom − uitstroom, typed from the source.
  it.each([
    [2024, 55690, 77500, 51590, 81600],
    [2025, 81600, 84360, 51310, 114650],
    [2026, 114650, 86790, 52040, 149400],
    [2027, 149400, 25000, 42210, 132190],
    [2028, 132190, 25000, 25000, 132190],
  ])('reproduces the MPP occupancy of %i from the flows', (year, previous, inflow, outflow, published) => {
    expect(coaOccupancy(previous, inflow, outflow)).toEqual({ ok: true, value: published });
    // and the edition carries the same figures
    expect([mpp('coa_bezetting', year - 1), mpp('coa_instroom', year), mpp('coa_uitstroom', year), mpp('coa_bezetting', year)]).toEqual([previous, inflow, outflow, published]);
  });

  it('refuses a negative flow with a typed error', () => {
    const r = coaOccupancy(100, -1, 0);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'invalidValue', code: 'negative' });
  });

  it('is inverted by the flows: previous = occupancy − inflow + outflow', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000), (previous, inflow, outflow) => {
        const r = coaOccupancy(previous, inflow, outflow);
        return r.ok && r.value - inflow + outflow === previous;
      }),
    );
  });
});
