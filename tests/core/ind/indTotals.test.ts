import { OB2025, publishedFigure } from '../../../src/core';

const fig = (table: string, row: string, column: string | number): number => {
  const f = publishedFigure(OB2025, table, row, column);
  if (!f.ok) throw new Error(JSON.stringify(f.error));
  return f.value.value;
};

describe('IND funding totals as published', () => {
  it('Tabel 8: pxq 713.262 + lumpsum 169.717 + specifiek 4.551 + OEK 8.842 + dwangsommen 30.000 = 926.372', () => {
    expect(fig('tabel8', 'asiel', 'bedrag') + fig('tabel8', 'regulier', 'bedrag') + fig('tabel8', 'naturalisatie', 'bedrag') + fig('tabel8', 'ketenondersteuning', 'bedrag')).toBe(713262);
    const total = ['productie_pxq', 'lumpsum', 'specifiek', 'werkzaamheden_oek', 'dwangsommen'].reduce((s, r) => s + fig('tabel8', r, 'bedrag'), 0);
    expect(total).toBe(926372);
    expect(fig('tabel8', 'totale_bekostiging', 'bedrag')).toBe(926372);
  });

  it('Tabel 8: Totale bekostiging 926.372 − leges 60.000 = Bĳdrage AenM 866.372 = Tabel 4 IND 2025', () => {
    expect(fig('tabel8', 'totale_bekostiging', 'bedrag') + fig('tabel8', 'leges', 'bedrag')).toBe(866372);
    expect(fig('tabel8', 'bijdrage_aenm', 'bedrag')).toBe(866372);
    expect(fig('tabel4', 'ind', 2025)).toBe(866372);
  });

  it('Tabel 15 2025: omzet 866.372 + 60.000 = 926.372 = totaal lasten 816.222 + 104.150 + 6.000', () => {
    expect(fig('tabel15', 'omzet_moederdepartement', 2025) + fig('tabel15', 'omzet_derden', 2025)).toBe(926372);
    expect(fig('tabel15', 'apparaatskosten', 2025) + fig('tabel15', 'materiele_programmakosten', 2025) + fig('tabel15', 'afschrijvingskosten', 2025)).toBe(926372);
    expect(fig('tabel15', 'totaal_baten', 2025)).toBe(926372);
  });

  it('Tabel 16 2025: 469.076 + 423.369 + 33.926 + 0 − 60.000 = 866.371, one less than the printed 866.372', () => {
    const rows = ['omzet_asiel', 'omzet_regulier', 'omzet_naturalisatie', 'omzet_specifiek', 'legesopbrengsten'];
    expect(rows.reduce((s, r) => s + fig('tabel16', r, 2025), 0)).toBe(866371);
    expect(fig('tabel16', 'omzet_moederdepartement', 2025)).toBe(866372);
  });

  it('Tabel 16 2027: 259.768 + 234.457 + 18.788 − 60.000 = 453.013 = Tabel 4 IND 2027', () => {
    const rows = ['omzet_asiel', 'omzet_regulier', 'omzet_naturalisatie', 'omzet_specifiek', 'legesopbrengsten'];
    expect(rows.reduce((s, r) => s + fig('tabel16', r, 2027), 0)).toBe(453013);
    expect(fig('tabel4', 'ind', 2027)).toBe(453013);
  });
});
