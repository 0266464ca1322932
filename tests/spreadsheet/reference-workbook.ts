// A reference workbook: formulas a controller would type (en-US syntax, as stored in files),
// next to the values they must give, typed from OB2025 (Kamerstuk 36 600 XX nr. 2).
// Sheet "Invoer" holds the inputs the formulas point at. HyperFormula spells TRUE as TRUE().

export const INPUT_SHEET = 'Invoer';
/** Invoer!A1:C4: products, quantities, years; E1:E3: an error and an empty cell among numbers. */
export const INPUTS: (string | number | null)[][] = [
  ['asiel', 1000, 2025, null, 12000],
  ['regulier', 2000, 2026, null, '=1/0'],
  ['naturalisatie', 3000, 2027, null, null],
  ['ASYLUM', "'1.000", 2028, null, 24000], // leading apostrophe: text, as pasted from a Dutch CSV
];

export type Expected = number | readonly (readonly number[])[] | { readonly error: 'VALUE' | 'NA'; readonly contains: readonly string[] } | readonly (readonly (number | string)[])[];

export interface ReferenceRow {
  readonly formula: string;
  /** A number, a spilled 2-D array (error cells as "#VALUE!"/"#N/A"), or an error with words its message must contain. */
  readonly expected: Expected;
  readonly why: string;
}

export const REFERENCE_WORKBOOK: readonly ReferenceRow[] = [
  // Single cells
  { formula: '=AENM.IND_COST("asiel", 1000)', expected: 4_418_000, why: 'Tabel 19: € 4.418 × 1.000' },
  { formula: '=AENM.IND_COST("Regular", 10, 2029)', expected: 9120, why: 'Tabel 19: regulier € 912 in 2029' },
  { formula: '=AENM.IND_PRICE("naturalisation")', expected: 663, why: 'Tabel 19, year omitted = 2025' },
  { formula: '=AENM.IND_CAPACITY(4418000, "asiel")', expected: 1000, why: 'Tabel 19: € 4.418.000 / € 4.418' },
  { formula: '=AENM.COA_OCCUPANCY(149400, 25000, 42210)', expected: 132_190, why: 'Tabel 6, 2027' },
  { formula: '=AENM.COA_COST(114650)', expected: 4_062_600_000, why: 'Tabel 4 COA 2025 at the 2025 MPP occupancy' },
  { formula: '=AENM.NIDOS_COST(1, 1, 1, 2023)', expected: 9059 + 26_971 + 7260, why: 'Tabel 13, 2023' },
  { formula: '=AENM.MPP("Instroom in de opvang", 2026)', expected: 86_790, why: 'Tabel 6' },
  { formula: '=AENM.BUDGET("20.37.2.2.20", 2025)', expected: 4_062_600_000, why: 'Tabel 4/30: COA 2025, 4.062.600 x € 1.000' },
  { formula: '=AENM.BUDGET("IND", 2027)', expected: 453_013_000, why: 'Tabel 4: IND 2027, 453.013 x € 1.000' },
  { formula: '=AENM.ODA("Nidos")', expected: 44_851_000, why: 'Tabel 7: 44.851 x € 1.000' },
  { formula: '=AENM.CUT(2028)', expected: -935_109_000, why: 'Tabel 1: Beperken asielinstroom 2028' },
  { formula: '=AENM.CUT(2028, "IND")', expected: -271_000_000, why: 'text under Tabel 16: € 271 mln from 2028' },
  { formula: '=AENM.CUT(2027)', expected: -467_554_000, why: 'Tabel 1: 2027' },
  // Formulas that use other formulas: what the 2028 COA budget buys at the 2025 price
  { formula: '=ROUND(AENM.BUDGET("COA", 2028) / AENM.COA_COST(1), 0)', expected: 17_408, why: '616.857.000 / 35.434,80 per bed' },
  {
    formula: '=AENM.ODA("Totaal") - AENM.ODA("COA") - AENM.ODA("Nidos") - AENM.ODA("IND (tolken)") - AENM.ODA("Rechtsbijstand") - AENM.ODA("Vluchtelingenwerk")',
    expected: 1000,
    why: 'Tabel 7 prints a total € 1.000 (1 x € 1.000) above its rows',
  },
  // Ranges that spill
  { formula: '=AENM.IND_COST(Invoer!A1:A3, Invoer!B1:B3)', expected: [[4_418_000], [1_824_000], [1_989_000]], why: 'pxq per row' },
  { formula: '=AENM.IND_PRICE("asiel", Invoer!C1:C4)', expected: [[4418], [4418], [4418], [4418]], why: 'year range' },
  { formula: '=AENM.MPP("coa_bezetting", {2023,2024,2025,2026,2027,2028})', expected: [[55_690, 81_600, 114_650, 149_400, 132_190, 132_190]], why: 'Tabel 6 row as an array constant' },
  { formula: '=AENM.CUT({2025;2026;2027;2028;2029})', expected: [[0], [0], [-467_554_000], [-935_109_000], [-935_109_000]], why: 'Tabel 1 row' },
  // Bad cells give an error in that cell only
  { formula: '=AENM.IND_COST("asiel", Invoer!B1:B4)', expected: [[4_418_000], [8_836_000], [13_254_000], ['#VALUE!']], why: '"1.000" as text is ambiguous' },
  { formula: '=AENM.COA_BEDS(Invoer!E1:E4, 12)', expected: [[12_000], ['#VALUE!'], [0], [24_000]], why: '#DIV/0! passed in; an empty inflow is 0 (issue 10)' },
  // An empty cell (Invoer!D1) where 0 has no meaning is the argument left out (issue 10): the same on every host
  { formula: '=AENM.COA_COST(114650, Invoer!D1)', expected: 4_062_600_000, why: 'empty price = the standard price (Tabel 4 / Tabel 6)' },
  { formula: '=AENM.IND_COST("asiel", 1000, Invoer!D1)', expected: 4_418_000, why: 'empty year = 2025 (Tabel 19)' },
  { formula: '=AENM.CUT(2028, Invoer!D1)', expected: -935_109_000, why: 'empty organisation = the whole cut (Tabel 1)' },
  { formula: '=AENM.IND_COST(Invoer!A1:A4, 1)', expected: [[4418], [912], [663], [4418]], why: 'case-insensitive products' },
  // Errors
  { formula: '=AENM.IND_COST("visum", 1)', expected: { error: 'NA', contains: ['visum', 'asiel', 'regulier'] }, why: 'unknown product' },
  { formula: '=AENM.MPP("coa_bezetting", 2029)', expected: { error: 'NA', contains: ['2029', '2028'] }, why: 'Tabel 6 stops at 2028' },
  { formula: '=AENM.IND_COST("asiel", -5)', expected: { error: 'VALUE', contains: ['negatief'] }, why: 'negative count' },
  { formula: '=AENM.IND_COST("asiel", "1,5")', expected: { error: 'VALUE', contains: ['"1,5"', 'Nederlandse en Engelse'] }, why: 'number as text' },
  { formula: '=AENM.IND_COST("asiel", TRUE())', expected: { error: 'VALUE', contains: ['logische waarde'] }, why: 'boolean' },
  { formula: '=AENM.IND_COST("asiel", 1, 2025.5)', expected: { error: 'VALUE', contains: ['geheel getal'] }, why: 'fractional year' },
  { formula: '=AENM.BUDGET("Overige Subsidies", 2025)', expected: { error: 'NA', contains: ['niet eenduidig'] }, why: 'label printed twice' },
  { formula: '=AENM.COA_OCCUPANCY(Invoer!B1:B3, Invoer!B1:B2, 0)', expected: [[2000], [4000], ['#N/A']], why: 'ranges of different sizes: #N/A past the shorter, as Excel (issue 10 B3)' },
  {
    formula: '=AENM.IND_PRICE(Invoer!A1:A3, {2023,2029})',
    expected: [
      [4418, 4418],
      [912, 912],
      [663, 663],
    ],
    why: 'a column of products against a row of years spills a grid (Tabel 19)',
  },
];
