import { OB2025, odaFigure, odaItems, odaTotal } from '../../../src/core';

describe('odaItems and odaTotal (Tabel 7)', () => {
  const items = odaItems(OB2025);

  it('carries the five items in euros', () => {
    expect(items.map((i) => [i.label, i.amount])).toEqual([
      ['Bĳdrage COA', 1718754000],
      ['Bĳdrage Nidos', 44851000],
      ['IND (tolken)', 5600000],
      ['Rechtsbĳstand', 51680000],
      ['Vluchtelingenwerk Nederland', 12366000],
    ]);
  });

  it('prints Totaal 1.833.252 while the items add up to 1.833.251 (x € 1.000)', () => {
    expect(odaTotal(OB2025).value).toBe(1833252);
    expect(items.reduce((s, i) => s + i.amount, 0)).toBe(1833251000);
  });

  it('shows COA ODA as 1.718.754 / 4.062.600 = 42,3% of the 2025 COA contribution', () => {
    const coa = items.find((i) => i.key === 'coa');
    expect(coa?.contribution).toBe(4062600000);
    expect(coa?.share).toBeCloseTo(0.423, 3);
    expect(items.find((i) => i.key === 'rechtsbijstand')?.share).toBeNull();
  });

  it('finds an item by its printed label, with ĳ typed as ij', () => {
    expect(odaFigure(OB2025, 'bijdrage nidos')).toMatchObject({ ok: true, value: { value: 44851, source: { table: 'Tabel 7', row: 'Bĳdrage Nidos', unit: 'EUR_THOUSAND' } } });
  });
});
