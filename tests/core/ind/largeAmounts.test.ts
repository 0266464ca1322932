import { cents, coaCost, indCost, OB2025 } from '../../../src/core';

// Amounts beyond € 10 bln must stay exact to the cent: a controller who types a
// large volume must get price × volume, not a 12-digit approximation of it.
describe('large amounts stay exact to the cent', () => {
  it('prices 999.999.999 asylum applications at Tabel 19’s € 4.418 exactly', () => {
    // 4.418 × 999.999.999 = 4.418.000.000.000 − 4.418 = 4.417.999.995.582
    expect(indCost(OB2025, 'asiel', 999_999_999, 2025)).toEqual({ ok: true, value: 4_417_999_995_582 });
  });

  it('keeps cents on a 13-digit amount', () => {
    expect(cents(1_234_567_890_123.45)).toBe(1_234_567_890_123.45);
    expect(cents(-0.001)).toBe(0);
    expect(Object.is(cents(-0.001), -0)).toBe(false);
  });

  it('prices 1.000.000.000 COA beds at the 2025 price without losing euros', () => {
    // Tabel 4 COA 2025 4.062.600 (x € 1.000) / Tabel 6 bezetting 2025 114.650 = € 35.434,8015699956… per bed;
    // × 1.000.000.000 beds = € 35.434.801.569.995,64 (4.062.600.000.000.000.000 / 114.650, to the cent).
    expect(coaCost(OB2025, 1_000_000_000)).toEqual({ ok: true, value: 35_434_801_569_995.64 });
  });
});
