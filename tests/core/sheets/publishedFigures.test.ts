import { OB2025 } from '../../../src/core';
import { cutsSheet, mppSheet, odaSheet, parametersSheet } from '../../../src/core/sheets';
import type { SheetDescription } from '../../../src/core/sheets/types';

const opts = { formulaStyle: 'excel' as const, writtenAt: '2025-06-01' };
const cell = (d: SheetDescription, address: string) => {
  const c = d.cells.find((x) => x.address === address);
  if (!c) throw new Error(`${d.name}: no ${address}`);
  return c;
};
/** The value in the row labelled `label`, in the column headed `header` (the nearest header row above). */
const find = (d: SheetDescription, label: string, column: string) => {
  const row = d.cells.find((c) => c.value === label)!.address.replace(/^[A-Z]+/, '');
  return cell(d, `${column}${row}`);
};

describe('published figures on the sheets equal the source (typed from the PDF)', () => {
  it('ODA-toerekening: Tabel 7 amounts, the published total, the −1 difference, COA share 42,3%', () => {
    const d = odaSheet(OB2025, opts);
    expect(find(d, 'Bijdrage COA', 'B')).toMatchObject({ value: 1718754, source: 'Tabel 7, Bijdrage COA, bedrag, x € 1.000' });
    expect(find(d, 'Bijdrage Nidos', 'B').value).toBe(44851);
    expect(find(d, 'IND (tolken)', 'B').value).toBe(5600);
    expect(find(d, 'Rechtsbijstand', 'B').value).toBe(51680);
    expect(find(d, 'Vluchtelingenwerk Nederland', 'B').value).toBe(12366);
    expect(find(d, 'Totaal zoals gepubliceerd', 'B').value).toBe(1833252);
    expect(find(d, 'Bijdrage COA', 'C')).toMatchObject({ value: 4062600, source: 'Tabel 4, COA, 2025, x € 1.000' });
    expect(find(d, 'Totaal berekend (som van de posten)', 'B')).toMatchObject({ formula: '=SUM(B7:B11)', cached: 1833251 });
    expect(find(d, 'Verschil (berekend − gepubliceerd)', 'B')).toMatchObject({ cached: -1 });
    expect(find(d, 'Bijdrage COA', 'D').cached as number).toBeCloseTo(0.423, 3);
    expect(d.cells.some((c) => c.value === 'Bron: Ontwerpbegroting 2025 Asiel en Migratie, Kamerstuk 36 600 XX nr. 2, Tabel 7, Tabel 4')).toBe(true);
  });

  it('MPP-kengetallen: occupancy 2027 132.190, the 76.050 breakdown, stay 10,6', () => {
    const d = mppSheet(OB2025, opts);
    expect(find(d, 'Gemiddelde bezetting in de opvang', 'F')).toMatchObject({ value: 132190, source: 'Tabel 6, Gemiddelde bezetting in de opvang, 2027, aantal' });
    expect(find(d, 'Instroom in de opvang', 'F').value).toBe(25000);
    expect(find(d, 'Uitstroom uit de opvang', 'F').value).toBe(42210);
    expect(find(d, 'eerste aanvragen (48.020)', 'B').value).toBe(48020);
    expect(find(d, 'hervestiging (1.500)', 'B').value).toBe(1500);
    expect(find(d, 'herhaalde aanvragen (3.230)', 'B').value).toBe(3230);
    expect(find(d, 'nareizigers (23.300)', 'B').value).toBe(23300);
    expect(find(d, 'Totaal zoals gepubliceerd', 'B').value).toBe(76050);
    expect(find(d, 'Totaal (som van de onderdelen)', 'B').cached).toBe(76050);
    expect(find(d, 'Gemiddelde verblijfsduur opvang op basis van uitstroom', 'D').value).toBe(10.6);
    // 2027: 149.400 + 25.000 − 42.210 = 132.190; check row 0 in every year.
    expect(find(d, 'Bezetting berekend: vorig jaar + instroom − uitstroom', 'F').cached).toBe(132190);
    for (const c of ['C', 'D', 'E', 'F', 'G']) expect(find(d, 'Controle: berekend − gepubliceerde bezetting', c).cached).toBe(0);
    // 132.190 / 25.000 × 12 = 63,5 months in 2028; Little: 25.000 × 10,6 / 12 = 22.083.
    expect(find(d, 'Impliciete verblijfsduur: bezetting / uitstroom × 12 (maanden)', 'G').cached as number).toBeCloseTo(63.45, 2);
    expect(Math.round(find(d, 'Bedden volgens Little: instroom × Tabel 11 verblijfsduur / 12', 'G').cached as number)).toBe(22083);
  });

  it("Taakstelling: Tabel 1 as printed, the cut highlighted; Tabel 4 budgets x € 1.000; fte; the text's 35%", () => {
    const d = cutsSheet(OB2025, opts);
    const cut = find(d, '2 Beperken asielinstroom', 'E');
    expect(cut).toMatchObject({ value: -935109, style: 'warning', source: 'Tabel 1, 2 Beperken asielinstroom, 2028, x € 1.000' });
    expect(find(d, '2 Beperken asielinstroom', 'D').value).toBe(-467554);
    // Tabel 4 as printed, x € 1.000 (COA 2028 616.857, IND 2027 453.013, Nidos 2026 467.771).
    expect(find(d, 'Begroting COA (Tabel 4)', 'F').cached).toBe(616857);
    expect(find(d, 'Begroting IND (Tabel 4)', 'E').cached).toBe(453013);
    expect(find(d, 'Begroting Nidos (Tabel 4)', 'D').cached).toBe(467771);
    expect(find(d, 'Aantal fte', 'E').value).toBe(1079);
    expect(find(d, 'Tekst: "na 2027 nog circa 35% van het huidige aantal" (L1143-1144)', 'F').value).toBe(0.35);
    expect(find(d, 'Prijsvariant COA in gebruik', 'C').value).toBe('A');
    expect(d.charts).toHaveLength(1);
  });

  it('Parameters: every name points at its published value', () => {
    const d = parametersSheet(OB2025, opts);
    const named = (name: string) => cell(d, d.names.find((n) => n.name === name)!.address);
    expect(named('OB2025_COA_BIJDRAGE_2025').value).toBe(4062600);
    expect(named('OB2025_IND_PRIJS_ASIEL_2025').value).toBe(4418);
    expect(named('OB2025_COA_BEZETTING_2025').value).toBe(114650);
    expect(named('OB2025_TAAKSTELLING_2028').value).toBe(-935109);
    expect(named('OB2025_ODA_COA').value).toBe(1718754);
    expect(named('OB2025_NIDOS_VERZORGING_2025').value).toBe(33546);
    expect(d.cells.filter((c) => typeof c.value === 'number').every((c) => c.source)).toBe(true);
  });

  it('every number constant outside scenario inputs carries a source', () => {
    for (const d of [odaSheet(OB2025, opts), mppSheet(OB2025, opts), cutsSheet(OB2025, opts)]) {
      const unsourced = d.cells.filter((c) => typeof c.value === 'number' && !c.source);
      expect(unsourced.map((c) => `${d.name}!${c.address}`)).toEqual([]);
    }
  });
});
