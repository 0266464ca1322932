import fc from 'fast-check';
import { indCapacity, indCost, indPrice, indProduct, OB2025, type IndProduct } from '../../../src/core';

describe('indCost and indCapacity (IND pxq)', () => {
  it('IND_COST("asiel", 1000) = € 4.418.000', () => {
    expect(indCost(OB2025, 'asiel', 1000, 2025)).toEqual({ ok: true, value: 4418000 });
  });

  it.each([
    ['asiel', 4418],
    ['regulier', 912],
    ['naturalisatie', 663],
  ] as const)('prices %s at the Tabel 19 integral cost price € %i in every year 2023–2029', (product, price) => {
    for (let year = 2023; year <= 2029; year++) expect(indPrice(OB2025, product, year)).toMatchObject({ ok: true, value: { value: price, source: { table: 'Tabel 19', unit: 'EUR' } } });
  });

  it('buys 1.000 asylum decisions with € 4.418.000 and 999 with one euro less', () => {
    expect(indCapacity(OB2025, 4418000, 'asiel', 2025)).toEqual({ ok: true, value: 1000 });
    expect(indCapacity(OB2025, 4417999, 'asiel', 2025)).toEqual({ ok: true, value: 999 });
  });

  it('accepts Dutch and English product names, case-insensitively', () => {
    expect(indProduct(' Asylum ')).toEqual({ ok: true, value: 'asiel' });
    expect(indProduct('NATURALISATION')).toEqual({ ok: true, value: 'naturalisatie' });
    expect(indProduct('visa')).toMatchObject({ ok: false, error: { code: 'unknownKey' } });
  });

  it('refuses a negative quantity and a year outside 2023–2029', () => {
    expect(indCost(OB2025, 'asiel', -1, 2025)).toMatchObject({ ok: false, error: { code: 'negative' } });
    expect(indCost(OB2025, 'asiel', 1, 2030)).toMatchObject({ ok: false, error: { code: 'unknownYear' } });
  });

  it('is inverted by indCapacity for whole quantities', () => {
    const products = fc.constantFrom<IndProduct>('asiel', 'regulier', 'naturalisatie');
    fc.assert(
      fc.property(products, fc.nat(10_000_000), fc.integer({ min: 2023, max: 2029 }), (product, q, year) => {
        const cost = indCost(OB2025, product, q, year);
        return cost.ok && indCapacity(OB2025, cost.value, product, year).ok && (indCapacity(OB2025, cost.value, product, year) as { value: number }).value === q;
      }),
    );
  });
});
