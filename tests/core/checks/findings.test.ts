import { countChecks, groupFindings, OB2025_AUDITED as OB2025, runChecks } from '../../../src/core';

const results = runChecks(OB2025);
const groups = groupFindings(OB2025, results);
const group = (id: string) => {
  const found = groups.find((g) => g.id === id);
  if (!found) throw new Error(`no finding ${id}`);
  return found;
};

describe('the data check groups cells into source defects', () => {
  it('counts 18 bronverschillen in 50 cells and 7 informatief relationships in 11 cells', () => {
    expect(countChecks(results, groups)).toEqual({ total: 755, ok: 694, defects: 18, defectCells: 50, informative: 7, informativeCells: 11, fail: 0 });
  });

  it("keeps issue 14's 14 defects in 45 cells for the contradictions it listed; the four new findings add 5 cells", () => {
    const added = ['tabel29-2025', 'tabel29-2026-2027', 'tabel19-omzet-2024', 'tekst-8,8-mln-2025'];
    const old = groups.filter((g) => g.verdict === 'bronverschil' && !added.includes(g.id));
    expect(old).toHaveLength(14);
    expect(old.reduce((n, g) => n + g.cells.length, 0)).toBe(45);
    expect(added.map((id) => group(id).cells.length)).toEqual([1, 2, 1, 1]);
  });

  it('lists one wrong unit header of Tabel 19 once, with its 18 cells (3 products × 2024–2029)', () => {
    const g = group('tabel19-eenheid');
    expect(g.verdict).toBe('bronverschil');
    expect(g.cells).toHaveLength(18);
    expect(g.cells.map((c) => c.column)).toEqual(['2024', '2025', '2026', '2027', '2028', '2029', '2024', '2025', '2026', '2027', '2028', '2029', '2024', '2025', '2026', '2027', '2028', '2029']);
    expect(g.lines).toEqual(expect.arrayContaining([1285, 1295, 1303]));
  });

  it('lists the printed Tabel 30 row of 6.37 and 20.37 verplichtingen once, with its 7 cells', () => {
    const g = group('tabel30-verplichtingen');
    expect(g.cells.map((c) => c.id)).toEqual([
      'tabel30:20.37=tabel4:verplichtingen@2025',
      'tabel30:20.37=tabel4:verplichtingen@2026',
      'tabel30:20.37=tabel4:verplichtingen@2027',
      'tabel30:20.37=tabel4:verplichtingen@2028',
      'tabel30:20.37=tabel4:verplichtingen@2029',
      'tabel30:6.37=6:verplichtingen@2023',
      'tabel30:6.37=6:verplichtingen@2024',
    ]);
    // 20.37 verplichtingen 2025 328.848 against Tabel 4 Verplichtingen 9.490.898
    expect(g.cells[0]).toMatchObject({ expected: 328848, found: 9490898 });
  });

  it('puts Apparaatskosten and Totaal lasten 2023 under one defect: 620.247 where 500.359 + 119.889 = 620.248', () => {
    expect(group('tabel15-apparaatskosten-2023').cells.map((c) => c.id)).toEqual(['tabel15:sum:apparaatskosten@2023', 'tabel15:sum:totaal_lasten@2023']);
    expect(group('personele-kosten-2023').cells.map((c) => c.id)).toEqual(['tabel15:sum:personele_kosten@2023', 'tabel17:sum:totale_kosten@2023']);
  });

  it('gives every documented cell a finding of the edition with the same verdict, and every finding a cell', () => {
    const findings = new Map((OB2025.findings ?? []).map((f) => [f.id, f]));
    for (const d of OB2025.discrepancies) {
      const finding = findings.get(d.finding ?? '');
      expect([d.check, finding?.verdict]).toEqual([d.check, d.verdict ?? 'bronverschil']);
    }
    expect(groups.map((g) => g.id).sort()).toEqual([...findings.keys()].sort());
  });

  it('cites source lines inside the document and explains each finding in Dutch, without the ligature', () => {
    for (const g of groups) {
      expect(g.lines.length).toBeGreaterThan(0);
      for (const line of g.lines) expect(line).toBeGreaterThan(200);
      for (const line of g.lines) expect(line).toBeLessThan(3909);
      expect(g.explanation).not.toMatch(/ĳ/);
      expect(g.title).not.toMatch(/ĳ/);
    }
    for (const g of groups.filter((x) => x.verdict === 'informatief')) expect(g.explanation).toMatch(/^Geen tegenspraak/);
  });

  it('fails a documented cell whose finding is unknown or has another verdict', () => {
    const retag = (finding: string, verdict?: 'informatief') => ({
      ...OB2025,
      discrepancies: OB2025.discrepancies.map((d) => (d.check === 'tabel7:sum:totaal@bedrag' ? { ...d, finding, ...(verdict ? { verdict } : {}) } : d)),
    });
    const failed = (edition: typeof OB2025) =>
      runChecks(edition)
        .filter((r) => r.status === 'fail')
        .map((r) => `${r.id}: ${r.note?.split(':')[0]}`);
    expect(failed(retag('tabel7-totaal-typo'))).toEqual(['tabel7:sum:totaal@bedrag: documented bronverschil, but it names no finding of the edition ("tabel7-totaal-typo")']);
    expect(failed(retag('asielinstroom-76050'))).toEqual(['tabel7:sum:totaal@bedrag: documented bronverschil, but its finding "asielinstroom-76050" is informatief, the cell bronverschil']);
    expect(failed(retag('tabel7-totaal', 'informatief'))).toEqual(['tabel7:sum:totaal@bedrag: documented informatief, but its finding "tabel7-totaal" is bronverschil, the cell informatief']);
  });

  it('makes a finding of its own for a documented cell that names none (an edition without findings)', () => {
    const bare = { ...OB2025, findings: undefined, discrepancies: OB2025.discrepancies.map(({ finding: _f, ...d }) => d) };
    const own = groupFindings(bare, runChecks(bare));
    expect(own).toHaveLength(61);
    expect(own.find((g) => g.id === 'tabel7:sum:totaal@bedrag')).toMatchObject({ verdict: 'bronverschil', cells: [expect.objectContaining({ expected: 1833252, found: 1833251 })] });
  });
});
