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
const euro = (actual: unknown, expected: number): void => {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1);
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

  it('#12 IND 2028: pxq money 195.147.000 €, 27,67%, asylum decisions 24.061,1; the text\'s 35% beside it, difference named', () => {
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
