// Expected figures typed from OB2025: Tabel 6 (MPP), Tabel 4/30 (x € 1.000), Tabel 7 (x € 1.000), Tabel 1 and the text under Tabel 16.
import { budget, cut, mpp, oda } from '../../../src/functions/functions';
import { c, col, eachHost, expectError, only } from '../support';

eachHost(({ empty }) => {
  describe('AENM.MPP', () => {
    it('gives Tabel 6 figures by key, Dutch label or English alias', () => {
      expect(only(mpp(c('coa_bezetting'), c(2027)))).toBe(132_190);
      expect(only(mpp(c('Gemiddelde bezetting in de opvang'), c(2025)))).toBe(114_650);
      expect(only(mpp(c('asylum_inflow'), c(2025)))).toBe(76_400);
    });
    it('gives return targets as shares', () => {
      expect(only(mpp(c('terugkeer_zelfstandig'), c(2023)))).toBe(0.44);
    });
    it('spills a row of years', () => {
      expect(mpp(c('coa_instroom'), [[2023, 2024, 2025, 2026, 2027, 2028]])).toEqual([[55_980, 77_500, 84_360, 86_790, 25_000, 25_000]]);
    });
    it('answers #N/A listing the indicators for an unknown one, and the years for 2029', () => {
      expectError(only(mpp(c('bezettingsgraad'), c(2025))), '#N/A', 'bezettingsgraad', 'coa_bezetting');
      expectError(only(mpp(c('coa_bezetting'), c(2029))), '#N/A', '2029', '2028');
    });
    it('requires the year', () => {
      expectError(only(mpp(c('coa_bezetting'), c(empty))), '#VALUE!', 'jaar', 'ontbreekt');
    });
  });

  describe('AENM.BUDGET', () => {
    it('gives Tabel 4 lines in euros by budget number or label', () => {
      expect(only(budget(c('20.37.2.2.20'), c(2025)))).toBe(4_062_600_000);
      expect(only(budget(c('20.37.2.1.20'), c(2025)))).toBe(866_372_000);
      expect(only(budget(c('COA'), c(2028)))).toBe(616_857_000);
    });
    it('answers #N/A with the budget numbers for a label printed twice', () => {
      expectError(only(budget(c('Nationaal Programma Oekraïense Vluchtelingen'), c(2025))), '#N/A', 'niet eenduidig', '20.37');
    });
  });

  describe('AENM.ODA', () => {
    it('gives the Tabel 7 amounts in euros', () => {
      expect(oda(col('COA', 'Nidos', 'IND (tolken)', 'rechtsbijstand', 'VWN', 'Totaal'))).toEqual([[1_718_754_000], [44_851_000], [5_600_000], [51_680_000], [12_366_000], [1_833_252_000]]);
    });
    it('answers #N/A listing the items for an unknown item', () => {
      expectError(only(oda(c('DJI'))), '#N/A', 'DJI', 'coa');
    });
  });

  describe('AENM.CUT', () => {
    it('gives Beperken asielinstroom per year, negative, zero before 2027', () => {
      expect(cut([[2025, 2026, 2027, 2028, 2029]])).toEqual([[0, 0, -467_554_000, -935_109_000, -935_109_000]]);
    });
    it('gives the IND part with "IND": € 135 mln in 2027, € 271 mln from 2028', () => {
      expect(only(cut(c(2028), c('IND')))).toBe(-271_000_000);
      expect(cut(col(2027, 2028), c('ind'))).toEqual([[-135_000_000], [-271_000_000]]);
      expect(only(cut(c(2028), c('totaal')))).toBe(-935_109_000);
    });
    it('answers #N/A for an unknown organisation and #VALUE! for a year as text', () => {
      expectError(only(cut(c(2028), c('COA'))), '#N/A', 'COA', 'IND');
      expectError(only(cut(c('2028'))), '#VALUE!', '2028', 'tekst');
    });
  });
});
