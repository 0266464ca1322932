import { OB2025_AUDITED as OB2025, runChecks, type TableSpec } from '../../../src/core';
import { mutationRun, printedStep, verdictOf, withFigure } from '../../../src/core/checks/mutation';

const started = Date.now();
const report = mutationRun(OB2025);
const millis = Date.now() - started;
const table = (id: string): TableSpec => OB2025.tables.find((t) => t.id === id)!;
const row = (t: string, key: string) => table(t).rows.find((r) => r.key === key)!;

describe('the mutation run of the data check', () => {
  it('catches every figure that takes part in a check (the "Done when" criterion), but one below its check\'s rounding', () => {
    const inChecks = report.figures.filter((f) => f.checkedBy.length > 0);
    expect(inChecks).toHaveLength(1142);
    // Tabel 29 A29 2024 52,2 (x € 1 mln.) meets Tabel 30 only next to A16 3.385, printed in whole millions:
    // 3.385 + 52,2 = 3.437,2 against 3.437,328 is exact to ± 0,55 mln, so 52,1 or 52,3 cannot be told apart.
    expect(inChecks.filter((f) => verdictOf(f) === 'missed').map((f) => `${f.table}/${f.row}/${f.column}`)).toEqual(['tabel29/a29/2024']);
  });

  it('catches the figures of the tables carried for issue 14: Tabel 5, Tabel 29 (A16, A29; A18 in 2023) and the text under Tabel 5', () => {
    const caught = (table: string, row?: string) => report.figures.filter((f) => f.table === table && (!row || f.row === row)).map((f) => `${f.row}/${f.column}:${verdictOf(f)}`);
    expect(caught('tabel5')).toEqual(['juridisch_verplicht/2025:caught', 'bestuurlijk_gebonden/2025:caught', 'beleidsmatig_gereserveerd/2025:caught', 'niet_ingevuld/2025:caught']);
    expect(caught('tekst-budgetflexibiliteit')).toEqual(['juridisch_verplicht/2025:caught']);
    expect(caught('tabel29', 'a16').every((v) => v.endsWith(':caught'))).toBe(true);
    expect(caught('tabel29', 'a29').filter((v) => !v.endsWith(':caught'))).toEqual(['a29/2024:missed']);
    expect(caught('tabel29', 'a18')).toEqual(['a18/2023:caught', 'a18/2024:missed', 'a18/2025:missed', 'a18/2026:missed', 'a18/2027:missed', 'a18/2028:missed']);
  });

  it('catches only one direction exactly where a printed figure sits on a rounding boundary', () => {
    const oneWay = report.figures.filter((f) => verdictOf(f) === 'partly').map((f) => `${f.table}/${f.row}/${f.column}`);
    // 4.422.334 × 25% = 1.105.583,5: 1.105.583 is as good a rounding as the printed 1.105.584.
    // € 15,24 + € 0,97 mln = 16.210 against 16.205: each text figure is rounded to € 10.000.
    expect(oneWay).toEqual(['tabel14/coa/2026', 'tekst-mutaties/verduurzaming_coa/2025', 'tekst-mutaties/verduurzaming_ind/2025']);
  });

  it('misses only figures that take part in no check, and the one below its rounding', () => {
    expect(report.figures.filter((f) => verdictOf(f) === 'missed' && f.checkedBy.length > 0)).toHaveLength(1);
    expect(report.totals).toEqual({ figures: 1275, caught: 1138, partly: 3, missed: 134 });
  });

  it('gives the same verdict as runChecks on the whole cloned edition', () => {
    const sample = report.figures.filter((_, i) => i % 41 === 0);
    for (const f of sample) {
      const up = runChecks(withFigure(OB2025, f.table, f.row, f.column, f.value + f.step)).some((r) => r.status === 'fail');
      const down = runChecks(withFigure(OB2025, f.table, f.row, f.column, f.value - f.step)).some((r) => r.status === 'fail');
      expect([`${f.table}/${f.row}/${f.column}`, up, down]).toEqual([`${f.table}/${f.row}/${f.column}`, f.caughtUp, f.caughtDown]);
    }
  });

  it('steps one unit of the last printed digit', () => {
    expect(printedStep(table('tabel4'), row('tabel4', 'coa'), '2025')).toBe(1); // 4.062.600
    expect(printedStep(table('tabel8'), row('tabel8', 'asiel'), '%')).toBe(0.001); // 41,5%
    expect(printedStep(table('tabel8'), row('tabel8', 'werkzaamheden_oek'), '%')).toBe(0.001); // 1,0%
    expect(printedStep(table('tabel6'), row('tabel6', 'terugkeer_zelfstandig'), '2023')).toBe(0.01); // 44%
    expect(printedStep(table('tabel11'), row('tabel11', 'verblijfsduur'), '2028')).toBe(0.1); // 10,6
    expect(printedStep(table('tekst-mutaties'), row('tekst-mutaties', 'verduurzaming_coa'), '2025')).toBe(0.01); // € 15,24 mln
    expect(printedStep(table('tekst-mutaties'), row('tekst-mutaties', 'npov_medeoverheden'), '2025')).toBe(100); // € 3,6 mld
  });

  it('clones structurally and leaves the published edition untouched', () => {
    const changed = withFigure(OB2025, 'tabel7', 'coa', 'bedrag', 1);
    expect(row('tabel7', 'coa').values[0]).toBe(1718754);
    expect(changed.tables.find((t) => t.id === 'tabel7')!.rows[0]!.values[0]).toBe(1);
    expect(changed.tables.find((t) => t.id === 'tabel4')).toBe(table('tabel4'));
  });

  it('runs in seconds', () => {
    expect(millis).toBeLessThan(20_000);
  });
});
