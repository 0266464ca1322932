import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OB2025, type Edition, type TableSpec } from '../../../src/core';
import { auditTranscription, type SourceLayout } from '../../../src/core/checks/auditTranscription';
import { sourceLayout } from '../../../src/core/editions/ob2025/sourceLayout';

/** A two-table document typed for the test: Tabel 1 carried, Tabel 2 a list of abbreviations. */
const SOURCE = ['Tabel 1 Uitgaven (bedragen x € 1.000)', '2025 2026', 'COA 4.062.600 4.422.334', 'Nidos 439.564 467.771', 'Totaal 4.502.164 4.890.098', '', 'Tabel 2 Gebruikte afkortingen', 'COA Centraal Orgaan opvang Asielzoekers'].join(
  '\n',
);
const table: TableSpec = {
  id: 'tabel1',
  label: 'Tabel 1',
  title: 'Uitgaven',
  unit: 'EUR_THOUSAND',
  columns: ['2025', '2026'],
  rows: [
    { key: 'coa', label: 'COA', values: [4062600, 4422334] },
    { key: 'nidos', label: 'Nidos', values: [439564, 467771] },
    { key: 'totaal', label: 'Totaal', values: [4502164, 4890098] },
  ],
};
const edition = (tables: readonly TableSpec[]): Edition => ({ ...OB2025, tables });
const layout: SourceLayout = { ranges: { tabel1: [2, 5] }, notAFigure: {}, notCarried: { 2: 'abbreviations, no figures' } };

describe('the transcription audit', () => {
  it('proves a faithful transcription: every figure found, every printed figure carried, every table accounted for', () => {
    const report = auditTranscription(edition([table]), SOURCE, layout);
    expect(report.problems).toEqual([]);
    expect(report.figures).toBe(6);
    expect(report.printedTables).toEqual([1, 2]);
    expect(report.notes).toContain('Tabel 2 not carried: abbreviations, no figures');
  });

  it('finds a mistyped figure and the printed figure it leaves uncarried', () => {
    const typo = { ...table, rows: table.rows.map((r) => (r.key === 'nidos' ? { ...r, values: [439565, 467771] } : r)) };
    expect(auditTranscription(edition([typo]), SOURCE, layout).problems).toEqual(['tabel1/nidos: 439565 467771 not found in lines 2–5', 'tabel1: printed but not carried: 439.564 (line 4), 467.771 (line 4)']);
  });

  it('finds a row left out', () => {
    const short = { ...table, rows: table.rows.filter((r) => r.key !== 'totaal') };
    expect(auditTranscription(edition([short]), SOURCE, layout).problems).toEqual(['tabel1: printed but not carried: 4.502.164 (line 5), 4.890.098 (line 5)']);
  });

  it('finds a table of the source that is neither carried nor explained', () => {
    expect(auditTranscription(edition([table]), SOURCE, { ...layout, notCarried: {} }).problems).toEqual(['Tabel 2 is printed in the source but not carried, and no reason is given']);
    expect(auditTranscription(edition([]), SOURCE, { ...layout, ranges: {} }).problems).toEqual(['Tabel 1 is printed in the source but not carried, and no reason is given']);
  });

  it('refuses a reason for a table the source does not print', () => {
    expect(auditTranscription(edition([table]), SOURCE, { ...layout, notCarried: { 2: 'x', 9: 'y' } }).problems).toEqual(['Tabel 9 is listed as not carried but the source prints no such table']);
  });
});

// The published source sits outside the repository (../shared/sources next to the main checkout).
const candidates = [process.env.AENM_SOURCES, join(__dirname, '..', '..', '..', '..', 'shared', 'sources'), join(__dirname, '..', '..', '..', '..', '..', 'shared', 'sources')]
  .filter((dir): dir is string => !!dir)
  .map((dir) => join(dir, OB2025.sourceFile));
const sourceFile = candidates.find((path) => existsSync(path));
const withSource = sourceFile ? describe : describe.skip;

withSource(`the OB2025 transcription against ${OB2025.sourceFile}`, () => {
  // Read in beforeAll: describe.skip still runs this body to collect the tests.
  let report: ReturnType<typeof auditTranscription>;
  beforeAll(() => {
    report = auditTranscription(OB2025, readFileSync(sourceFile!, 'utf8'), sourceLayout);
  });

  it('finds every table figure, carries every printed figure, and accounts for every table', () => {
    expect(report.problems).toEqual([]);
    expect(report.figures).toBe(1238);
  });

  it('carries Tabel 5 and Tabel 29, and leaves out only tables without budget figures', () => {
    expect(report.printedTables).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 27, 28, 29, 30, 31]);
    expect(report.notes.filter((n) => n.includes('not carried')).map((n) => n.split(':')[0])).toEqual([
      'Tabel 3 not carried',
      'Tabel 20 not carried',
      'Tabel 24 not carried',
      'Tabel 25 not carried',
      'Tabel 27 not carried',
      'Tabel 28 not carried',
      'Tabel 31 not carried',
    ]);
  });
});
