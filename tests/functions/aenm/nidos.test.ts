// Expected figures typed from OB2025 Tabel 13 (€ per amv): 2025 begeleiding 9.496, verzorging 33.546, instroomteam 7.623; 2023: 9.059, 26.971, 7.260.
import { nidosCost } from '../../../src/functions/functions';
import { c, col, eachHost, expectError, only } from '../support';

eachHost(() => {
  describe('AENM.NIDOS_COST', () => {
    it('adds the three 2025 unit costs for one of each', () => {
      expect(only(nidosCost(c(1), c(1), c(1)))).toBe(9496 + 33_546 + 7623);
    });
    it('uses the unit costs of the year given', () => {
      expect(only(nidosCost(c(1), c(0), c(0), c(2023)))).toBe(9059);
      expect(nidosCost(c(0), c(1), c(0), [[2023, 2024, 2025]])).toEqual([[26_971, 33_546, 33_546]]);
    });
    it('answers #N/A with the years there are for 2026 (Tabel 13 stops at 2025)', () => {
      expectError(only(nidosCost(c(1), c(1), c(1), c(2026))), '#N/A', '2026', '2023, 2024, 2025');
    });
    it('puts errors in the bad cells of a range only', () => {
      const result = nidosCost(col(1, 'veel', 2), c(0), c(0));
      expect(result[0]![0]).toBe(9496);
      expectError(result[1]![0], '#VALUE!', 'veel');
      expect(result[2]![0]).toBe(18_992);
    });
  });
});
