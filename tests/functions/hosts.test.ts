// Issue 10 items 1 and 3: an empty cell gives the same answer in Excel desktop (0) and on the web (null),
// and a data-type cell is read by its basicValue. Expected figures typed from OB2025: Tabel 4 COA 2025
// 4.062.600 x € 1.000 at the MPP occupancy 114.650 (Tabel 6); Tabel 19 asiel € 4.418; Tabel 1 Beperken
// asielinstroom 2028 −935.109 x € 1.000; Tabel 13 2025 € 9.496 + € 33.546 + € 7.623; Tabel 4 IND 2025 866.372.
import { budget, coaCost, coaOccupancy, cut, indCapacity, indCost, indPrice, mpp, nidosCost, oda } from '../../src/functions/functions';
import { c, col, eachHost, expectError, only } from './support';

eachHost(({ name, empty }) => {
  describe(`an empty optional argument where 0 has no meaning is left out (${name})`, () => {
    it('COA_COST(114650; empty) uses the standard price: € 4.062.600.000', () => {
      expect(only(coaCost(c(114_650), c(empty)))).toBe(4_062_600_000);
    });
    it('an empty year is the default year 2025', () => {
      expect(only(indCost(c('asiel'), c(1000), c(empty)))).toBe(4_418_000);
      expect(only(indPrice(c('regulier'), c(empty)))).toBe(912);
      expect(only(indCapacity(c(4_418_000), c('asiel'), c(empty)))).toBe(1000);
      expect(only(nidosCost(c(1), c(1), c(1), c(empty)))).toBe(9496 + 33_546 + 7623);
    });
    it('CUT(2028; empty) is the whole cut: € −935.109.000', () => {
      expect(only(cut(c(2028), c(empty)))).toBe(-935_109_000);
    });
    it('an empty cell inside a range of years or organisations is left out in that cell only', () => {
      expect(indPrice(c('asiel'), [[2023, empty]])).toEqual([[4418, 4418]]);
      expect(cut(c(2028), col('IND', empty))).toEqual([[-271_000_000], [-935_109_000]]);
    });
  });

  describe(`an empty required argument where 0 has no meaning is missing (${name})`, () => {
    it('MPP and BUDGET without a year say the year is missing', () => {
      expectError(only(mpp(c('coa_bezetting'), c(empty))), '#VALUE!', 'jaar', 'ontbreekt');
      expectError(only(budget(c('20.37.2.1.20'), c(empty))), '#VALUE!', 'jaar', 'ontbreekt');
      expectError(only(cut(c(empty))), '#VALUE!', 'jaar', 'ontbreekt');
    });
    it('an empty product, indicator, line or item is missing, not "0"', () => {
      expectError(only(indCost(c(empty), c(1))), '#VALUE!', 'IND-product', 'ontbreekt');
      expectError(only(mpp(c(empty), c(2025))), '#VALUE!', 'MPP-kengetal', 'ontbreekt');
      expectError(only(budget(c(empty), c(2025))), '#VALUE!', 'begrotingsregel', 'ontbreekt');
      expectError(only(oda(c(empty))), '#VALUE!', 'ODA-post', 'ontbreekt');
    });
  });

  describe(`a count of 0 stays 0, and an empty count is 0 (${name})`, () => {
    it('IND_COST of no applications is € 0', () => {
      expect(only(indCost(c('asiel'), c(0)))).toBe(0);
      expect(only(indCost(c('asiel'), c(empty)))).toBe(0);
    });
    it('COA_COST of no beds is € 0, COA_OCCUPANCY counts an empty flow as 0', () => {
      expect(only(coaCost(c(empty)))).toBe(0);
      expect(only(coaOccupancy(c(149_400), c(25_000), c(empty)))).toBe(174_400);
    });
  });
});

describe('a data-type cell (allowCustomDataForDataTypeAny) is read by its basicValue', () => {
  it('takes a formatted number or a double as its number', () => {
    expect(only(coaCost(c({ type: 'FormattedNumber', basicValue: 114_650, numberFormat: '#,##0' })))).toBe(4_062_600_000);
    expect(only(indCost(c('asiel'), c({ type: 'Double', basicType: 'Double', basicValue: 1000 })))).toBe(4_418_000);
  });
  it('takes a string cell value as its text, and an empty basicValue as empty', () => {
    expect(only(indCost(c({ type: 'String', basicValue: 'asiel' }), c(1000)))).toBe(4_418_000);
    expect(only(coaCost(c(114_650), c({ type: 'Double', basicValue: 0 })))).toBe(4_062_600_000);
  });
  it('refuses an entity (Stocks, Geography) naming what the cell holds', () => {
    const stock = { type: 'LinkedEntity', text: 'MSFT', properties: {}, basicType: 'Error', basicValue: '#VALUE!' };
    expectError(only(coaCost(c(stock))), '#VALUE!', 'bedden', 'gegevenstype', 'LinkedEntity');
    const entity = { type: 'Entity', text: 'COA', properties: { Prijs: { type: 'Double', basicValue: 1 } } };
    expectError(only(budget(c(entity), c(2025))), '#VALUE!', 'begrotingsregel', 'gegevenstype', 'Entity');
  });
  it('still passes an error cell through as an error', () => {
    expectError(only(indCost(c('asiel'), c({ type: 'Error', errorType: 'Div0', basicValue: '#DIV/0!' }))), '#VALUE!', '#DIV/0!');
  });
});
