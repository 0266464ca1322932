// A second reader for the hand-written chart parts: LibreOffice opens the .xlsx (recalculating every
// formula), saves it again as .xlsx, and the charts must come back: same sheets, types and titles,
// series pointing at the same ranges, and caches holding the recalculated cells' values.
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_EDITION } from '../../src/core';
import { basisScenario, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';
import { DEFAULT_WORKBOOK_SHEETS } from '../../src/core/sheets';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { recalculateWithLibreOffice, sofficeOrSkipReason } from '../libreoffice/support/libreoffice';
import { readCharts, type ReadChart } from './support/chartParts';

const found = sofficeOrSkipReason();
if ('skip' in found) console.warn(`SKIPPED tests/xlsx/chartsLibreOffice.test.ts: ${found.skip}`);
const describeIfSoffice = 'soffice' in found ? describe : describe.skip;

describeIfSoffice('charts read back by LibreOffice', () => {
  let written: ReadChart[];
  let reread: ReadChart[];
  beforeAll(async () => {
    const plan = fullWorkbookPlan({ edition: DEFAULT_EDITION, sheets: DEFAULT_WORKBOOK_SHEETS, scenarios: [basisScenario(DEFAULT_EDITION)], formulaStyle: 'excel', writtenAt: '2026-12-01' });
    const bytes = await writeWorkbook(plan, { edition: DEFAULT_EDITION.id, addinVersion: 'test' });
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'aenm-charts-')), 'charts.xlsx');
    await writeFile(file, bytes);
    written = await readCharts(bytes);
    reread = await readCharts(new Uint8Array(await readFile(await recalculateWithLibreOffice((found as { soffice: string }).soffice, file))));
  }, 240_000);

  it('keeps every chart on its sheet, with its type and title', () => {
    expect(written).toHaveLength(5);
    expect(reread.map((c) => [c.sheetName, c.type, c.title])).toEqual(written.map((c) => [c.sheetName, c.type, c.title]));
  });

  it('keeps every series pointing at the same ranges (LibreOffice drops quotes a name does not need)', () => {
    const sheetAndRange = (ref: string) => {
      const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
      return m ? `${(m[1] ?? m[2]!).replace(/''/g, "'")} | ${m[3]}` : `unparsed: ${ref}`;
    };
    const refs = (charts: ReadChart[]) => charts.map((c) => c.series.map((s) => [s.nameRef, s.categoriesRef, s.valuesRef].map(sheetAndRange)));
    expect(refs(reread)).toEqual(refs(written));
    expect(reread[0]!.series[0]!.valuesRef).toMatch(/^'Taakstelling 2027-2028'!\$C\$\d+:\$G\$\d+$/);
  });

  it('caches, after recalculation, the values the add-in cached (to the euro)', () => {
    reread.forEach((chart, i) =>
      chart.series.forEach((s, j) => {
        const before = written[i]!.series[j]!.values;
        expect(s.values).toHaveLength(before.length);
        s.values.forEach((v, k) => expect(Math.abs((v ?? NaN) - (before[k] ?? NaN))).toBeLessThanOrEqual(0.5));
      }),
    );
  });

  it('keeps the axis titles', () => {
    expect(reread.map((c) => c.axisTitles)).toEqual(written.map((c) => c.axisTitles));
  });
});
