import fc from 'fast-check';
import { nidosCost, nidosCostAt, nidosUnitCosts, OB2025 } from '../../../src/core';

describe('nidosUnitCosts and nidosCost (Tabel 13)', () => {
  it.each([
    [2023, 9059, 26971, 7260],
    [2024, 9496, 33546, 7623],
    [2025, 9496, 33546, 7623],
  ])('reads the %i unit costs: begeleiding € %i, verzorging € %i, instroomteam € %i', (year, guidance, care, intake) => {
    expect(nidosUnitCosts(OB2025, year)).toEqual({ ok: true, value: { guidance, care, intake } });
  });

  it('costs 12.950 pupils, 1.000 amv in care and 6.770 inflow in 2025 at 12.950 × 9.496 + 1.000 × 33.546 + 6.770 × 7.623', () => {
    expect(nidosCost(OB2025, 12950, 1000, 6770, 2025)).toEqual({ ok: true, value: 122973200 + 33546000 + 51607710 });
  });

  it('names the years it has for a year without unit costs', () => {
    expect(nidosUnitCosts(OB2025, 2026)).toMatchObject({ ok: false, error: { code: 'unknownYear', params: { accepted: ['2023', '2024', '2025'] } } });
  });

  it('is additive in its volumes', () => {
    const units = { guidance: 9496, care: 33546, intake: 7623 };
    fc.assert(fc.property(fc.nat(100_000), fc.nat(100_000), fc.nat(100_000), fc.nat(100_000), (a, b, c, d) => Math.abs(nidosCostAt(units, a + d, b, c) - (nidosCostAt(units, a, b, c) + nidosCostAt(units, d, 0, 0))) < 1e-6));
  });
});
