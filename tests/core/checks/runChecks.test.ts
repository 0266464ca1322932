import { OB2025, runChecks, type CheckResult } from '../../../src/core';
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

  it('reports exactly the documented source discrepancies, each once', () => {
    const reported = results.filter((r) => r.status === 'discrepancy').map((r) => r.id).sort();
    expect(reported).toEqual(OB2025.discrepancies.map((d) => d.check).sort());
    expect(reported).toHaveLength(55);
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

  it('reports the 2028 stay: 132.190 / 25.000 × 12 = 63,45 months against Tabel 11 10,6', () => {
    const r = byId('tabel11=tabel6:verblijfsduur-2028@2028');
    expect(r.status).toBe('discrepancy');
    expect(r.expected).toBe(10.6);
    expect(r.found).toBeCloseTo(63.4512, 4);
    expect(r.unit).toBe('maanden');
  });

  it('reports Tabel 30 6.37 verplichtingen 270.853 against 6 JenV 7.370.474 in 2023', () => {
    expect(byId('tabel30:6.37=6:verplichtingen@2023')).toMatchObject({ status: 'discrepancy', expected: 270853, found: 7370474 });
  });

  it('reports the IND cut of 2027: text € 135 mln, tables 648.605 − 513.013 = 135.592', () => {
    expect(byId('tekst=tabel18-tabel15:ind-korting@2027')).toMatchObject({ status: 'discrepancy', expected: 135, found: 135.592 });
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
    expect(runChecks(stale).filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(['tabel99:sum:x@2025']);
  });
});
