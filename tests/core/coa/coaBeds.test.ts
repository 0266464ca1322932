import fc from 'fast-check';
import { coaBeds, impliedStayMonths } from '../../../src/core';

describe("coaBeds (Little's law) and the implied stay", () => {
  it('fills 22.083 beds with 25.000 a year staying 10,6 months', () => {
    const r = coaBeds(25000, 10.6);
    expect(r.ok && Math.round(r.value)).toBe(22083); // 25.000 × 10,6 / 12 = 22.083,3
  });

  it('implies a stay of 63 months for the 132.190 beds of 2028 at an outflow of 25.000', () => {
    expect(impliedStayMonths(132190, 25000)).toBeCloseTo(63.4512, 4);
    expect(impliedStayMonths(132190, 0)).toBeNull();
  });

  it('gives back the stay: impliedStayMonths(coaBeds(q, s), q) = s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500_000 }), fc.integer({ min: 0, max: 1200 }), (inflow, tenths) => {
        const stay = tenths / 10;
        const beds = coaBeds(inflow, stay);
        return beds.ok && Math.abs((impliedStayMonths(beds.value, inflow) ?? NaN) - stay) < 1e-9;
      }),
    );
  });
});
