// Expected figures typed from OB2025: Tabel 19 integrale kostprijs asiel € 4.418, regulier € 912, naturalisatie € 663.
import { indCapacity, indCost, indPrice } from '../../../src/functions/functions';
import { c, col, eachHost, expectError, only } from '../support';

eachHost(({ empty }) => {
  describe('AENM.IND_COST', () => {
    it('prices 1.000 asylum applications at € 4.418 each', () => {
      expect(only(indCost(c('asiel'), c(1000)))).toBe(4_418_000);
    });
    it('accepts Dutch and English product names in any case, trimmed, with the year left out as null or undefined', () => {
      expect(only(indCost(c(' ASYLUM '), c(1), c(empty)))).toBe(4418);
      expect(only(indCost(c('Regular'), c(10), undefined))).toBe(9120);
      expect(only(indCost(c('naturalisation'), c(100), c(2029)))).toBe(66_300);
    });
    it('spills a range of quantities, with an error only in the bad cell; an empty quantity is 0', () => {
      const result = indCost(c('regulier'), col(1, -5, '2.000', 3, empty));
      expect(result.map((r) => r[0])).toEqual([912, expect.anything(), expect.anything(), 2736, 0]);
      expectError(result[1]![0], '#VALUE!', 'negatief', '-5');
      expectError(result[2]![0], '#VALUE!', '2.000', 'Nederlandse en Engelse');
    });
    it('goes elementwise over a product range beside a quantity range', () => {
      expect(indCost(col('asiel', 'regulier', 'naturalisatie'), col(1, 1, 1))).toEqual([[4418], [912], [663]]);
    });
    it('answers #N/A listing the products for an unknown product', () => {
      expectError(only(indCost(c('visum'), c(1))), '#N/A', 'visum', 'asiel', 'regulier', 'naturalisatie');
    });
    it('answers #N/A naming the years there are for a year without figures', () => {
      expectError(only(indCost(c('asiel'), c(1), c(2031))), '#N/A', '2031', '2023', '2029');
    });
    it('refuses a fractional year, a boolean and an Excel error passed in', () => {
      expectError(only(indCost(c('asiel'), c(1), c(2025.5))), '#VALUE!', 'geheel');
      expectError(only(indCost(c('asiel'), c(true))), '#VALUE!', 'logische waarde');
      expectError(only(indCost(c('asiel'), c({ code: '#DIV/0!' }))), '#VALUE!', '#DIV/0!');
    });
    it('refuses quantities beyond a billion as a typo', () => {
      expectError(only(indCost(c('asiel'), c(1e20))), '#VALUE!', 'te groot');
    });
  });

  describe('AENM.IND_PRICE', () => {
    it('gives the Tabel 19 prices, 2025 by default', () => {
      expect(indPrice(col('asiel', 'regulier', 'naturalisatie'))).toEqual([[4418], [912], [663]]);
      expect(only(indPrice(c('asiel'), c(2023)))).toBe(4418);
    });
    it('spills over a row of years', () => {
      expect(indPrice(c('regulier'), [[2023, 2024, 2025, 2026, 2027, 2028, 2029]])).toEqual([[912, 912, 912, 912, 912, 912, 912]]);
    });
  });

  describe('AENM.IND_CAPACITY', () => {
    it('gives whole applications: € 4.418.000 buys 1.000 asylum decisions, € 4.417 none', () => {
      expect(only(indCapacity(c(4_418_000), c('asiel')))).toBe(1000);
      expect(only(indCapacity(c(4417), c('asiel')))).toBe(0);
      expect(only(indCapacity(c(1000), c('naturalisatie')))).toBe(1);
    });
    it('refuses a negative budget', () => {
      expectError(only(indCapacity(c(-1), c('asiel'))), '#VALUE!', 'negatief');
    });
  });
});
