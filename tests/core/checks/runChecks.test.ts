import { OB2025_AUDITED as OB2025, runChecks, type CheckResult } from '../../../src/core';
import { withFigure } from '../../../src/core/checks/mutation';

const results = runChecks(OB2025);
const byId = (id: string): CheckResult => {
  const found = results.find((r) => r.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};

describe('the OB2025 data check', () => {
  it('finds no failure', () => {
    expect(results.filter((r) => r.status === 'fail')).toEqual([]);
  });

  it('reports exactly the documented differences, each once: 50 bronverschil cells and 11 informatief', () => {
    const documented = results
      .filter((r) => r.status === 'discrepancy' || r.status === 'informative')
      .map((r) => r.id)
      .sort();
    expect(documented).toEqual(OB2025.discrepancies.map((d) => d.check).sort());
    expect(results.filter((r) => r.status === 'discrepancy')).toHaveLength(50);
    expect(results.filter((r) => r.status === 'informative')).toHaveLength(11);
  });

  it('calls no comparison the budget never makes a contradiction: the ten of issue 14 are informatief', () => {
    const informative = results
      .filter((r) => r.status === 'informative')
      .map((r) => r.id)
      .sort();
    expect(informative).toEqual(
      [
        'tekst=tabel6:asielinstroom-2025@2025',
        'tabel8=tabel16:asiel-pxq@bedrag',
        'tabel8=tabel16:regulier-pxq@bedrag',
        'tabel8=tabel16:naturalisatie-pxq@bedrag',
        'tabel30=tabel16:ind-jenv@2023',
        'tabel19=tabel16:asiel-omzet@2023',
        'tabel19=tabel16:regulier-omzet@2023',
        'tabel19=tabel16:naturalisatie-omzet@2023',
        'tekst=tabel18-tabel15:ind-korting@2027',
        'tabel11=tabel6:verblijfsduur-2028@2028',
        // Tabel 29 2023 against the JenV realisation: the text describes the line's payments from 2024 on.
        'tabel29=tabel30:npov-medeoverheden-2023@2023',
      ].sort(),
    );
    for (const r of results.filter((x) => x.status === 'informative')) expect(r.note).toMatch(/^Informative/);
  });

  it('holds Tabel 5: 100% + 0% + 0% + 0% = 100%, and the text\'s "100% ... juridisch verplicht"', () => {
    expect(byId('tabel5:100%@2025')).toMatchObject({ status: 'ok', expected: 1, found: 1 });
    expect(byId('tekst=tabel5:juridisch-verplicht@2025')).toMatchObject({ status: 'ok', expected: 1, found: 1 });
  });

  it('holds the totals printed with Figuur 1 and 2: € 9.481 mln = 9.480.898, € 13 mln = 12.826 (x € 1.000)', () => {
    expect(byId('figuur1=tabel4:uitgaven@2025')).toMatchObject({ status: 'ok', expected: 9481, found: 9480.898 });
    expect(byId('figuur2=tabel4:ontvangsten@2025')).toMatchObject({ status: 'ok', expected: 13, found: 12.826 });
  });

  it('holds Tabel 29 in 2024: A16 3.385 + A29 52,2 = 3.437,2 mln against 6.37.2.3.21 3.437.328', () => {
    expect(byId('tabel29=tabel30:npov-medeoverheden@2024')).toMatchObject({ status: 'ok', expected: 3437328, found: 3437200, difference: -128 });
  });

  it('reports Tabel 29 in 2025: A16 3.558 + A29 55,1 = 3.613,1 mln, 10,585 mln above 20.37.2.3.21 3.602.515', () => {
    expect(byId('tabel29=tabel4:npov-medeoverheden@2025')).toMatchObject({ status: 'discrepancy', expected: 3602515, found: 3613100, difference: 10585 });
  });

  it('reports Tabel 29 2026–2027 printing 0,0 while Tabel 4 budgets 3.716.988 and 1.152.348; 2028 agrees at 0', () => {
    expect(byId('tabel29=tabel4:npov-medeoverheden-0,0@2026')).toMatchObject({ status: 'discrepancy', expected: 3716988, found: 0 });
    expect(byId('tabel29=tabel4:npov-medeoverheden-0,0@2027')).toMatchObject({ status: 'discrepancy', expected: 1152348, found: 0 });
    expect(byId('tabel29=tabel4:npov-medeoverheden-0,0@2028')).toMatchObject({ status: 'ok', expected: 0, found: 0 });
  });

  it('reports Tabel 19 2024 turnover per product leaving out the specific incidental 146.641 (351.796 + 325.596 + 29.856 = 707.248)', () => {
    expect(byId('tabel19=tabel16:omzet-2024-2029@2024')).toMatchObject({ status: 'discrepancy', expected: 146641, found: 0, difference: -146641 });
    expect(byId('tabel19=tabel16:omzet-2024-2029@2025')).toMatchObject({ status: 'ok', expected: 0, found: 0 });
  });

  it("reports the text's € 8,8 mln for Ukrainians in 2025 against Tabel 16 specifiek incidenteel 0", () => {
    expect(byId('tekst=tabel16:oekraine-2025@2025')).toMatchObject({ status: 'discrepancy', expected: 8.8, found: 0, difference: -8.8 });
  });

  it('fails a documented informatief difference that changed: Tabel 6 Asielinstroom 2025 76.401', () => {
    const changed = withFigure(OB2025, 'tabel6', 'asielinstroom', '2025', 76401);
    expect(runChecks(changed).find((r) => r.id === 'tekst=tabel6:asielinstroom-2025@2025')?.status).toBe('fail');
  });

  it('reports Tabel 7: Totaal 1.833.252 against rows adding up to 1.833.251', () => {
    // 1.718.754 + 44.851 + 5.600 + 51.680 + 12.366 = 1.833.251
    expect(byId('tabel7:sum:totaal@bedrag')).toMatchObject({ status: 'discrepancy', expected: 1833252, found: 1833251, difference: -1, unit: 'x € 1.000' });
  });

  it('reports Tabel 16: rows one off the printed omzet moederdepartement in 2025', () => {
    // 469.076 + 423.369 + 33.926 + 0 − 60.000 = 866.371, printed 866.372
    expect(byId('tabel16:sum:omzet_moederdepartement@2025')).toMatchObject({ status: 'discrepancy', expected: 866372, found: 866371 });
  });

  it('reports Tabel 15 Omzet 2024: 783.888 + 70.000 = 853.888, printed 850.388', () => {
    expect(byId('tabel15:sum:omzet@2024')).toMatchObject({ status: 'discrepancy', expected: 850388, found: 853888, difference: 3500 });
  });

  it('shows the 2028 stay as informatief: 132.190 / 25.000 × 12 = 63,45 months against Tabel 11 10,6', () => {
    const r = byId('tabel11=tabel6:verblijfsduur-2028@2028');
    expect(r.status).toBe('informative');
    expect(r.expected).toBe(10.6);
    expect(r.found).toBeCloseTo(63.4512, 4);
    expect(r.unit).toBe('maanden');
  });

  it('reports Tabel 30 6.37 verplichtingen 270.853 against 6 JenV 7.370.474 in 2023', () => {
    expect(byId('tabel30:6.37=6:verplichtingen@2023')).toMatchObject({ status: 'discrepancy', expected: 270853, found: 7370474 });
  });

  it('shows the IND cut of 2027 as informatief: text € 135 mln, tables 648.605 − 513.013 = 135.592', () => {
    expect(byId('tekst=tabel18-tabel15:ind-korting@2027')).toMatchObject({ status: 'informative', expected: 135, found: 135.592 });
  });

  it('holds the MPP stock-flow of 2027: 149.400 + 25.000 − 42.210 = 132.190', () => {
    expect(byId('tabel6:stock-flow@2027')).toMatchObject({ status: 'ok', expected: 132190, found: 132190 });
  });

  it('fails a mistyped figure: Tabel 7 Bĳdrage COA 1.718.755', () => {
    const changed = withFigure(OB2025, 'tabel7', 'coa', 'bedrag', 1718755);
    const tabel7 = runChecks(changed).find((r) => r.id === 'tabel7:sum:totaal@bedrag');
    expect(tabel7?.status).toBe('fail');
    expect(tabel7?.note).toMatch(/no longer found/);
  });

  it('fails a documented discrepancy whose difference changed by one unit', () => {
    // Tabel 30 20.37 verplichtingen 2025 328.848 -> 328.849: the documented 9.162.050 becomes 9.162.049.
    const changed = withFigure(OB2025, 'tabel30', '20.37:verplichtingen', '2025', 328849);
    expect(runChecks(changed).find((r) => r.id === 'tabel30:20.37=tabel4:verplichtingen@2025')?.status).toBe('fail');
  });

  it('fails a documented discrepancy that no check produces any more', () => {
    const stale = { ...OB2025, discrepancies: [...OB2025.discrepancies, { check: 'tabel99:sum:x@2025', difference: 1, note: 'stale' }] };
    expect(
      runChecks(stale)
        .filter((r) => r.status === 'fail')
        .map((r) => r.id),
    ).toEqual(['tabel99:sum:x@2025']);
  });
});
