import { coaCost, coaPricePerBed, OB2025 } from '../../../src/core';

const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected a value');
  return r.value;
};

describe('coaPricePerBed and coaCost', () => {
  it('prices a bed in 2025 at 4.062.600 × € 1.000 / 114.650 ≈ € 35.435', () => {
    expect(value(coaPricePerBed(OB2025, 2025))).toBeCloseTo(4062600000 / 114650, 6);
    expect(Math.round(value(coaPricePerBed(OB2025, 2025)))).toBe(35435);
  });

  it('prices a bed in 2028 at 616.857 × € 1.000 / 132.190 ≈ € 4.666', () => {
    expect(Math.round(value(coaPricePerBed(OB2025, 2028)))).toBe(4666);
  });

  it('gives back the published 2025 COA contribution for the 2025 occupancy at the default price', () => {
    expect(value(coaCost(OB2025, 114650))).toBe(4062600000);
  });

  it('answers a year without MPP occupancy with the years that exist', () => {
    const r = coaPricePerBed(OB2025, 2029);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'unknownYear', params: { accepted: ['2023', '2024', '2025', '2026', '2027', '2028'] } });
  });
});
