import { budgetLine, describeError, mppFigure, OB2025, type Result, type Figure } from '../../../src/core';

const valueOf = (r: Result<Figure>): number => {
  if (!r.ok) throw new Error(describeError(r.error, 'en'));
  return r.value.value;
};

describe('budgetLine, mppFigure (lookups by key)', () => {
  it('finds a Tabel 4 line by budget number, with its source', () => {
    expect(budgetLine(OB2025, '20.37.2.2.20', 2025)).toEqual({
      ok: true,
      value: {
        value: 4062600,
        source: { edition: 'OB2025', document: 'Ontwerpbegroting 2025 Asiel en Migratie, Kamerstuk 36 600 XX nr. 2', table: 'Tabel 4', row: 'COA', column: '2025', unit: 'EUR_THOUSAND' },
      },
    });
    expect(valueOf(budgetLine(OB2025, '20.37.2.1.20', 2028))).toBe(317406);
  });

  it('finds a line by label regardless of case, ĳ and accents', () => {
    expect(valueOf(budgetLine(OB2025, "bijdrage aan ZBO's/RWT's", 2025))).toBe(4502164);
    expect(valueOf(budgetLine(OB2025, '  nidos - OPVANG ', 2026))).toBe(467771);
    expect(valueOf(budgetLine(OB2025, 'Internationale Organisatie voor Migratie (IOM)', 2027))).toBe(2776);
    expect(valueOf(mppFigure(OB2025, 'instroom machtiging tot voorlopig VERBLIJF nareis', 2027))).toBe(30280);
    expect(valueOf(mppFigure(OB2025, 'gemiddelde bezetting in de opvang', 2027))).toBe(132190);
    expect(valueOf(mppFigure(OB2025, 'coa_bezetting', 2025))).toBe(114650);
  });

  it('refuses an ambiguous label and lists the budget numbers to use', () => {
    const r = budgetLine(OB2025, 'Overige Subsidies', 2025);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ kind: 'notAvailable', code: 'ambiguousKey' });
    expect(r.error.params.accepted).toEqual(['20.37.2.4.29 (Overige Subsidies)', '20.37.3.4.29 (Overige Subsidies)']);
    expect(describeError(r.error, 'nl')).toContain('20.37.2.4.29');
    expect(describeError(r.error, 'nl')).toContain('20.37.3.4.29');
  });

  it('refuses "Nationaal Programma Oekraiense Vluchtelingen" (three lines) but takes 20.37.2.4.21', () => {
    expect(budgetLine(OB2025, 'Nationaal Programma Oekraiense Vluchtelingen', 2025)).toMatchObject({ ok: false, error: { code: 'ambiguousKey' } });
    expect(valueOf(budgetLine(OB2025, '20.37.2.4.21', 2025))).toBe(31385);
  });

  it('names what exists for an unknown line and an unknown year', () => {
    const line = budgetLine(OB2025, 'Defensie', 2025);
    expect(line).toMatchObject({ ok: false, error: { kind: 'notAvailable', code: 'unknownKey' } });
    if (!line.ok) expect(line.error.params.accepted).toContain('20.37.2.2.20');
    const year = budgetLine(OB2025, '20.37.2.2.20', 2030);
    expect(year).toMatchObject({ ok: false, error: { code: 'unknownYear', params: { accepted: ['2023', '2024', '2025', '2026', '2027', '2028', '2029'] } } });
    if (!year.ok) expect(describeError(year.error, 'nl')).toContain('2029');
    expect(mppFigure(OB2025, 'asielinstroom', 2029)).toMatchObject({ ok: false, error: { code: 'unknownYear', params: { accepted: ['2023', '2024', '2025', '2026', '2027', '2028'] } } });
  });
});
