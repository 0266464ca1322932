// Expected figures typed from OB2025: Tabel 6 (MPP), Tabel 4 COA 4.062.600 x € 1.000 in 2025, Tabel 11 stay 10,6 months.
import { coaBeds, coaCost, coaOccupancy } from '../../../src/functions/functions';
import { c, col, eachHost, expectError, only } from '../support';

eachHost(({ empty }) => {
  describe('AENM.COA_BEDS', () => {
    it('fills 22.083 beds with 25.000 a year staying 10,6 months', () => {
      expect(Math.round(only(coaBeds(c(25_000), c(10.6))) as number)).toBe(22_083);
    });
    it('spills over a column of stays', () => {
      expect(coaBeds(c(12_000), col(1, 12, 0))).toEqual([[1000], [12_000], [0]]);
    });
    it('refuses a stay beyond 1.200 months and text', () => {
      expectError(only(coaBeds(c(1), c(5000))), '#VALUE!', 'te groot');
      expectError(only(coaBeds(c('25000'), c(10))), '#VALUE!', 'tekst');
    });
  });

  describe('AENM.COA_OCCUPANCY', () => {
    it('reproduces Tabel 6 from the flows, 2026–2028', () => {
      // 2026: 114.650 + 86.790 − 52.040; 2027: 149.400 + 25.000 − 42.210; 2028: 132.190 + 25.000 − 25.000
      expect(coaOccupancy(col(114_650, 149_400, 132_190), col(86_790, 25_000, 25_000), col(52_040, 42_210, 25_000))).toEqual([[149_400], [132_190], [132_190]]);
    });
    it('answers #N/A naming the shapes past the end of the shorter range', () => {
      const result = coaOccupancy(col(1, 2), col(1, 2, 3), c(0));
      expect(result.slice(0, 2)).toEqual([[2], [4]]);
      expectError(result[2]![0], '#N/A', '2x1', '3x1');
    });
  });

  describe('AENM.COA_COST', () => {
    it('gives back the 2025 COA contribution at the 2025 MPP occupancy (default price)', () => {
      expect(only(coaCost(c(114_650)))).toBe(4_062_600_000);
      expect(only(coaCost(c(114_650), c(empty)))).toBe(4_062_600_000);
    });
    it('uses a given price per bed-year', () => {
      expect(coaCost(col(1000, 2000), c(35_000))).toEqual([[35_000_000], [70_000_000]]);
    });
    it('refuses a negative price in that cell only', () => {
      const result = coaCost(c(10), col(100, -1));
      expect(result[0]![0]).toBe(1000);
      expectError(result[1]![0], '#VALUE!', 'prijs per bed', 'negatief');
    });
  });
});
