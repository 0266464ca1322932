// Issue 10 B2: look-ups that answer like the budget. Expected figures typed from OB2025:
// Tabel 30 (x € 1.000): 6.37.2.2.20 COA 2023 2.549.415, 2024 4.223.010; 6.37.2.1.20 IND 2024 783.888;
// 6.37 uitgaven 2023 7.170.330; Tabel 4 IND 2025 866.372. Tabel 6: bezetting 2025 114.650, nareis 2025 24.390,
// visa 2025 2.000, naturalisatie 2025 37.000, uitstroom 2025 51.310.
import { budget, mpp } from '../../../src/functions/functions';
import { c, col, eachHost, expectError, only } from '../support';

eachHost(() => {
  describe('AENM.BUDGET for 2023–2024: the JenV line of Tabel 30 it was converted from', () => {
    it('BUDGET("20.37.2.2.20"; 2024) = € 4.223.010.000 (6.37.2.2.20 COA)', () => {
      expect(only(budget(c('20.37.2.2.20'), c(2024)))).toBe(4_223_010_000);
      expect(budget(c('COA'), [[2023, 2024, 2025]])).toEqual([[2_549_415_000, 4_223_010_000, 4_062_600_000]]);
      expect(only(budget(c('IND'), c(2024)))).toBe(783_888_000);
      expect(only(budget(c('Uitgaven'), c(2023)))).toBe(7_170_330_000);
    });
    it('accepts the JenV numbers as keys, in every year', () => {
      expect(budget(col('6.37.2.2.20', '6.37.2.1.20'), c(2024))).toEqual([[4_223_010_000], [783_888_000]]);
      expect(only(budget(c('6.37.2.1.20'), c(2025)))).toBe(866_372_000);
      expectError(only(budget(c('6.99.1'), c(2025))), '#N/A', '6.99.1');
    });
  });

  describe('AENM.MPP by the names a controller types', () => {
    it.each([
      ['bezetting', 114_650],
      ['occupancy', 114_650],
      ['Gemiddelde bezetting in de opvang', 114_650],
      ['nareis', 24_390],
      ['family reunification', 24_390],
      ['visa', 2000],
      ['naturalisatie', 37_000],
      ['naturalisation', 37_000],
      ['uitstroom', 51_310],
    ])('%s, 2025 = %d', (name, expected) => {
      expect(only(mpp(c(name), c(2025)))).toBe(expected);
    });
    it('lists the matches for a name that fits several indicators', () => {
      expectError(only(mpp(c('instroom'), c(2025))), '#N/A', 'meer dan één', 'coa_instroom (Instroom in de opvang)', 'ind_visa (Instroom Visa)');
      expectError(only(mpp(c('inflow'), c(2025))), '#N/A', 'asielinstroom', 'overige_instroom', 'coa_instroom');
    });
  });
});
