import { OB2025, runChecks, type TableSpec } from '../../../src/core';
import { mutationRun, printedStep, verdictOf, withFigure } from '../../../src/core/checks/mutation';

const started = Date.now();
const report = mutationRun(OB2025);
const millis = Date.now() - started;
const table = (id: string): TableSpec => OB2025.tables.find((t) => t.id === id)!;
const row = (t: string, key: string) => table(t).rows.find((r) => r.key === key)!;

describe('the mutation run of the data check', () => {
  it('catches every figure that takes part in a check (the "Done when" criterion)', () => {
    const inChecks = report.figures.filter((f) => f.checkedBy.length > 0);
    expect(inChecks.length).toBeGreaterThan(1100);
    expect(inChecks.filter((f) => verdictOf(f) === 'missed').map((f) => `${f.table}/${f.row}/${f.column}`)).toEqual([]);
  });

  it('catches only one direction exactly where a printed figure sits on a rounding boundary', () => {
    const oneWay = report.figures.filter((f) => verdictOf(f) === 'partly').map((f) => `${f.table}/${f.row}/${f.column}`);
    // 4.422.334 × 25% = 1.105.583,5: 1.105.583 is as good a rounding as the printed 1.105.584.
    // € 15,24 + € 0,97 mln = 16.210 against 16.205: each text figure is rounded to € 10.000.
    expect(oneWay).toEqual(['tabel14/coa/2026', 'tekst-mutaties/verduurzaming_coa/2025', 'tekst-mutaties/verduurzaming_ind/2025']);
  });

  it('misses only figures that take part in no check', () => {
    expect(report.figures.filter((f) => verdictOf(f) === 'missed').every((f) => f.checkedBy.length === 0)).toBe(true);
    expect(report.totals).toEqual({ figures: 1238, caught: 1119, partly: 3, missed: 116 });
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
