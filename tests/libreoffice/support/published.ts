import type { LibreOfficeCheck } from './check';

/** Typed from the source (OB2025, Kamerstuk 36 600 XX nr. 2), not from the code. */
export function expectPublishedFigures(check: LibreOfficeCheck): void {
  const { figureAfter } = check;
  expect(figureAfter('ODA-toerekening', 'Bijdrage COA')).toBe(1718754); // Tabel 7
  expect(figureAfter('ODA-toerekening', 'Totaal zoals gepubliceerd')).toBe(1833252); // Tabel 7 Totaal
  expect(figureAfter('ODA-toerekening', 'Totaal berekend (som van de posten)')).toBe(1833251); // rows of Tabel 7 add to 1 less
  expect(figureAfter('MPP-kengetallen', 'Gemiddelde bezetting in de opvang', '2027')).toBe(132190); // Tabel 6
  expect(figureAfter('MPP-kengetallen', 'Bezetting berekend: vorig jaar + instroom − uitstroom', '2027')).toBe(132190); // 149.400 + 25.000 − 42.210
  expect(figureAfter('Taakstelling 2027-2028', '2 Beperken asielinstroom', '2028')).toBe(-935109); // Tabel 1
  expect(figureAfter('Taakstelling 2027-2028', '2 Beperken asielinstroom', '2027')).toBe(-467554); // Tabel 1
}
