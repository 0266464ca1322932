/**
 * One worked example per AENM function: the single source for the JSDoc
 * @example in functions.ts (a test keeps them equal), the help pages and the
 * tests that run every example. Results are typed from OB2025 (Kamerstuk
 * 36 600 XX nr. 2), with the table they come from.
 */
import type { FunctionId } from './registry';

export type { FunctionId };

export interface FunctionExample {
  readonly id: FunctionId;
  /** The arguments as typed in the formula; optional ones left out are simply absent. */
  readonly args: readonly (string | number)[];
  /** What the formula gives, as the source prints it (after unit conversion to euros). */
  readonly result: number;
  /** Decimals shown (and compared): results are compared after rounding to these. */
  readonly decimals: number;
  readonly unit: string;
  /** Where the figure comes from, for the help page. */
  readonly source: string;
}

export const EXAMPLES: readonly FunctionExample[] = [
  { id: 'IND_COST', args: ['asiel', 1000], result: 4_418_000, decimals: 0, unit: '€', source: 'Tabel 19: integrale kostprijs asiel € 4.418 × 1.000 aanvragen' },
  { id: 'IND_PRICE', args: ['regulier'], result: 912, decimals: 0, unit: '€', source: 'Tabel 19: gemiddelde kostprijs regulier 2025 € 912' },
  { id: 'IND_CAPACITY', args: [4_418_000, 'asylum'], result: 1000, decimals: 0, unit: 'aanvragen', source: 'Tabel 19: € 4.418.000 / € 4.418 per asielaanvraag' },
  { id: 'COA_BEDS', args: [25_000, 10.6], result: 22_083.33, decimals: 2, unit: 'bedden', source: 'Tabel 6 instroom 2027 (25.000) en Tabel 11 verblijfsduur (10,6 maanden)' },
  { id: 'COA_OCCUPANCY', args: [149_400, 25_000, 42_210], result: 132_190, decimals: 0, unit: 'bedden', source: 'Tabel 6, 2027: 149.400 + 25.000 − 42.210 = 132.190' },
  { id: 'COA_COST', args: [114_650], result: 4_062_600_000, decimals: 0, unit: '€', source: 'Tabel 4 COA 2025 (4.062.600 x € 1.000) bij de MPP-bezetting 2025 (114.650, Tabel 6)' },
  { id: 'NIDOS_COST', args: [1, 1, 1], result: 50_665, decimals: 0, unit: '€', source: 'Tabel 13, 2025: € 9.496 + € 33.546 + € 7.623' },
  { id: 'MPP', args: ['coa_bezetting', 2027], result: 132_190, decimals: 0, unit: 'bedden', source: 'Tabel 6: gemiddelde bezetting in de opvang 2027' },
  { id: 'BUDGET', args: ['20.37.2.2.20', 2025], result: 4_062_600_000, decimals: 0, unit: '€', source: 'Tabel 4/30: COA 2025, 4.062.600 x € 1.000' },
  { id: 'ODA', args: ['COA'], result: 1_718_754_000, decimals: 0, unit: '€', source: 'Tabel 7: Bijdrage COA 1.718.754 x € 1.000' },
  { id: 'CUT', args: [2028], result: -935_109_000, decimals: 0, unit: '€', source: 'Tabel 1: Beperken asielinstroom 2028, −935.109 x € 1.000' },
];

/** Further examples shown on the help pages and run as tests (not in the JSDoc). */
export const MORE_EXAMPLES: readonly FunctionExample[] = [
  { id: 'CUT', args: [2028, 'IND'], result: -271_000_000, decimals: 0, unit: '€', source: 'Tekst bij Tabel 16: het IND-deel, € 271 mln. vanaf 2028' },
  { id: 'IND_COST', args: ['naturalisatie', 100, 2026], result: 66_300, decimals: 0, unit: '€', source: 'Tabel 19: kostprijs naturalisatie € 663 × 100' },
  { id: 'MPP', args: ['Asielinstroom', 2025], result: 76_400, decimals: 0, unit: 'aanvragen', source: 'Tabel 6: asielinstroom 2025' },
  { id: 'BUDGET', args: ['20.37.2.2.20', 2024], result: 4_223_010_000, decimals: 0, unit: '€', source: 'Tabel 30: 6.37.2.2.20 COA 2024 (JenV, omgezet in 20.37.2.2.20), 4.223.010 x € 1.000' },
  { id: 'BUDGET', args: ['6.37.2.2.20', 2023], result: 2_549_415_000, decimals: 0, unit: '€', source: 'Tabel 30: 6.37.2.2.20 COA 2023, 2.549.415 x € 1.000' },
  { id: 'MPP', args: ['bezetting', 2027], result: 132_190, decimals: 0, unit: 'bedden', source: 'Tabel 6: gemiddelde bezetting in de opvang 2027' },
  { id: 'COA_COST', args: [114_650, 0, 'OB2025'], result: 4_062_600_000, decimals: 0, unit: '€', source: 'Tabel 4 / Tabel 6, editie OB2025 genoemd; prijs 0 = de standaardprijs' },
];

const argNl = (arg: string | number): string => (typeof arg === 'string' ? `"${arg}"` : String(arg).replace('.', ','));
const argEn = (arg: string | number): string => (typeof arg === 'string' ? `"${arg}"` : String(arg));

/** As typed in Dutch Excel: semicolons between arguments, decimal comma. */
export const formulaNl = (e: FunctionExample): string => `=AENM.${e.id}(${e.args.map(argNl).join('; ')})`;
/** As typed in English Excel (and stored in files): commas between arguments, decimal point. */
export const formulaEn = (e: FunctionExample): string => `=AENM.${e.id}(${e.args.map(argEn).join(', ')})`;

/** Dutch notation: 4.418.000 and 22.083,33. */
export function formatNl(value: number, decimals: number): string {
  const [whole = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** The line of the JSDoc @example, e.g. `=AENM.IND_COST("asiel"; 1000) → 4.418.000`. */
export const exampleLine = (e: FunctionExample): string => `${formulaNl(e)} → ${formatNl(e.result, e.decimals)}`;
