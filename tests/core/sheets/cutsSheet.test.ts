import { OB2025 } from '../../../src/core';
import { cutsSheet, workbookPlan } from '../../../src/core/sheets';
import type { SheetDescription } from '../../../src/core/sheets/types';
import { evaluate, mismatches } from './evaluate';

const opts = { formulaStyle: 'excel' as const, writtenAt: '2025-06-01' };
/** The cell in `column` on the first row labelled `label` (column A). */
const at = (d: SheetDescription, label: string, column: string) => {
  const labelCell = d.cells.find((c) => c.address.startsWith('A') && c.value === label);
  if (!labelCell) throw new Error(`no row "${label}"`);
  const cell = d.cells.find((c) => c.address === `${column}${labelCell.address.slice(1)}`);
  return cell?.formula !== undefined ? cell.cached : cell?.value;
};
/** The sheet shows amounts x € 1.000; the acceptance figures (chain-model.md §9) are typed in euros, checked to the euro. */
const euro = (actual: unknown, expected: number): void => {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) * 1000 - expected)).toBeLessThanOrEqual(1);
};
// Columns: C 2025, D 2026, E 2027, F 2028, G 2029.

describe('Taakstelling 2027-2028 on the chain model: chain-model.md §9 from the cached values', () => {
  const d = cutsSheet(OB2025, opts);

  it('#19, #23: no shortfall in an aligned year; 2026 buys 149.400 beds; IND share 97,46%', () => {
    for (const c of ['C', 'D']) for (const org of ['COA', 'IND', 'Nidos']) euro(at(d, `Verschil ${org}`, c), 0);
    expect(at(d, 'Bedden die de begroting koopt (Tabel 4 COA / prijs)', 'D')).toBeCloseTo(149400, 6);
    expect(at(d, 'Tekort aan bedden (MPP − gekocht)', 'D')).toBeCloseTo(0, 6);
    expect(at(d, 'Aandeel van 2025', 'D')).toBeCloseTo(0.9746, 4);
  });

  it('#6 COA 2028 gap 3.296.050.172 = 579.196.000 + 2.716.854.172 €', () => {
    const rows = d.cells.filter((c) => c.address.startsWith('A') && typeof c.value === 'string');
    const firstAfter = (title: string, label: string) => {
      const top = Number(rows.find((c) => String(c.value).startsWith(title))!.address.slice(1));
      const r = rows.find((c) => Number(c.address.slice(1)) > top && c.value === label)!;
      return d.cells.find((c) => c.address === `F${r.address.slice(1)}`)!.cached;
    };
    euro(at(d, 'Verschil COA', 'F'), 3296050172);
    euro(firstAfter('COA:', '  (a) deel van de taakstelling'), 579196000);
    euro(firstAfter('COA:', '  (b) niet afgestemd op het MPP / terugval naar Rijksbegroting 2024'), 2716854172);
    euro(firstAfter('IND:', '  (b) niet afgestemd op het MPP / terugval naar Rijksbegroting 2024'), -29643078);
    euro(firstAfter('Nidos:', '  (b) niet afgestemd op het MPP / terugval naar Rijksbegroting 2024'), 237776396);
  });

  it('#16 chain 2028: 3.845.621.490 = 935.109.000 + 2.924.987.490 − 14.475.000 €', () => {
    euro(at(d, 'Verschil keten', 'F'), 3845621490);
    euro(at(d, '  (a) taakstelling, hele regel (Tabel 1)', 'F'), 935109000);
    euro(at(d, '  (b) niet afgestemd op het MPP / terugval', 'F'), 2924987490);
    euro(at(d, '  (c) taakstelling op andere regels dan IND, COA en Nidos', 'F'), -14475000);
  });

  it('#8 variant B beside: COA gap 2028 4.067.269.420 €, chain 4.616.840.738 €', () => {
    euro(at(d, 'Verschil COA bij prijsvariant B (prijs van het eerste jaar)', 'F'), 4067269420);
    euro(at(d, 'Verschil keten bij prijsvariant B', 'F'), 4616840738);
    expect(at(d, 'Bedden die de begroting koopt bij prijsvariant B', 'F')).toBeCloseTo(17408, 0);
  });

  it('#7 COA 2028: 20.839,3 beds bought, shortfall 111.350,7, cut beds 19.567,0', () => {
    expect(at(d, 'Bedden die de begroting koopt (Tabel 4 COA / prijs)', 'F')).toBeCloseTo(20839.3, 1);
    expect(at(d, 'Tekort aan bedden (MPP − gekocht)', 'F')).toBeCloseTo(111350.7, 1);
    expect(at(d, '  waarvan taakstelling (deel COA / prijs)', 'F')).toBeCloseTo(19567.0, 1);
  });

  it("#12 IND 2028: pxq money 195.147.000 €, 27,67%, asylum decisions 24.061,1; the text's 35% beside it, difference named", () => {
    euro(at(d, 'pxq-geld (Tabel 15 omzet − vaste posten)', 'F'), 195147000);
    expect(at(d, 'Aandeel van 2025', 'F')).toBeCloseTo(0.2767, 4);
    expect(at(d, 'Beslissingen asiel (pxq-geld × aandeel Tabel 8 / kostprijs)', 'F')).toBeCloseTo(24061.1, 1);
    expect(at(d, 'Tekst: "na 2027 nog circa 35% van het huidige aantal" (L1143-1144)', 'F')).toBe(0.35);
    expect(at(d, 'Verschil berekend − tekst', 'F')).toBeCloseTo(0.2767 - 0.35, 4);
    expect(at(d, 'Gedekt deel van de pxq-behoefte volgens het MPP', 'F')).toBeCloseTo(0.447, 3);
  });

  it('recalculates to its cached values in HyperFormula, in both formula styles, and names the variant in a cell', () => {
    for (const formulaStyle of ['excel', 'aenm'] as const) {
      const plan = workbookPlan(OB2025, [cutsSheet(OB2025, { ...opts, formulaStyle })], opts.writtenAt);
      expect(mismatches(plan, evaluate(plan))).toEqual([]);
    }
    expect(at(d, 'Prijsvariant COA in gebruik', 'C')).toBe('A');
    const b = cutsSheet(OB2025, { ...opts, priceVariant: 'B' });
    euro(at(b, 'Verschil COA', 'F'), 4067269420);
  });
});

describe('Taakstelling: words, not glyphs', () => {
  it('writes no "ĳ" ligature, also in the labels copied from Tabel 1', () => {
    const d = cutsSheet(OB2025, opts);
    const texts = d.cells.flatMap((c) => [c.value, c.source, c.formula].filter((t): t is string => typeof t === 'string'));
    expect(texts.filter((t) => /[\u0132\u0133]/.test(t))).toEqual([]);
    expect(texts).toContain('4 Loon -en prijsbijstelling');
  });
});

describe('Taakstelling: one unit per table (issue 11 item 3)', () => {
  const d = cutsSheet(OB2025, opts);
  const row = (address: string): number => Number(/\d+$/.exec(address)![0]);
  const shown = (c: SheetDescription['cells'][number]) => (c.formula !== undefined ? c.cached : c.value);
  // Rows above the reference block (row 90) are the sheet's tables: x € 1.000, as the budget prints them.
  const tables = d.cells.filter((c) => row(c.address) < 90);

  it('states x € 1.000 under the title and has no amount of ten or more digits in its tables of thousands', () => {
    expect(d.cells.find((c) => c.address === 'A2')!.value).toMatch(/^Bedragen x € 1\.000/);
    const numbers = tables.map((c) => ({ a: c.address, v: shown(c) })).filter((x): x is { a: string; v: number } => typeof x.v === 'number');
    expect(numbers.length).toBeGreaterThan(100);
    const tooLong = numbers.filter((x) => String(Math.trunc(Math.abs(x.v))).length >= 10);
    expect(tooLong).toEqual([]);
    // 4.067.269.420 € (COA gap 2028, variant B) now shows as 4.067.269 thousand.
    expect(Math.round(at(d, 'Verschil COA bij prijsvariant B (prijs van het eerste jaar)', 'F') as number)).toBe(4067269);
  });

  it('names one money unit per row: x € 1.000 for amounts, € per bed for the price; no € mln', () => {
    const units = new Set(tables.filter((c) => c.address.startsWith('B') && row(c.address) > 8 && typeof c.value === 'string').map((c) => c.value));
    expect([...units].filter((u) => String(u).includes('€')).sort()).toEqual(['x € 1.000', '€ per bed']);
    expect(tables.filter((c) => typeof c.value === 'string' && /mln/.test(c.value)).map((c) => c.value)).toEqual([]);
  });
});
