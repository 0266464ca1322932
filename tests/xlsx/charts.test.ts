// Native charts in the .xlsx: read back by following the package (tests/xlsx/support/chartParts.ts),
// their series checked against the cells a second reader (ExcelJS) finds on the sheet.
import ExcelJS from 'exceljs';
import { DEFAULT_EDITION } from '../../src/core';
import { parseRange } from '../../src/core/sheets/a1';
import { basisScenario, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';
import { DEFAULT_WORKBOOK_SHEETS } from '../../src/core/sheets';
import { insertDrawingElement } from '../../src/xlsx/charts/addCharts';
import { escapeXml } from '../../src/xlsx/charts/xml';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { odaLike } from './fixtures';
import { readCharts, type ReadChart } from './support/chartParts';

const META = { edition: 'OB2025', addinVersion: 'test', createdAt: new Date('2026-12-01T10:00:00Z') };
const YEARS = ['2025', '2026', '2027', '2028', '2029'];

async function cellsOf(bytes: Uint8Array): Promise<(ref: string) => unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return (ref) => {
    const m = /^'((?:[^']|'')+)'!(\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?)$/.exec(ref);
    if (!m) throw new Error(`not a quoted absolute reference: ${ref}`);
    const sheet = book.getWorksheet(m[1]!.replace(/''/g, "'"));
    if (!sheet) throw new Error(`no sheet in ${ref}`);
    const { from, to } = parseRange(m[2]!.replace(/\$/g, ''));
    const out: unknown[] = [];
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.column; c <= to.column; c++) {
        const cell = sheet.getCell(r, c);
        out.push(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);
      }
    return out;
  };
}

describe('chart parts, small', () => {
  it('escapes text for XML and drops characters XML 1.0 forbids', () => {
    expect(escapeXml(`Scenario's <"a" & b>\u0001`)).toBe('Scenario&apos;s &lt;&quot;a&quot; &amp; b&gt;');
  });

  it('puts <drawing> before <legacyDrawing> and <tableParts>, as CT_Worksheet orders them', () => {
    const sheet = '<worksheet xmlns:r="r"><sheetData/><pageSetup/><tableParts count="1"/><legacyDrawing r:id="rId1"/></worksheet>';
    expect(insertDrawingElement(sheet, 'rId9')).toBe('<worksheet xmlns:r="r"><sheetData/><pageSetup/><drawing r:id="rId9"/><tableParts count="1"/><legacyDrawing r:id="rId1"/></worksheet>');
    expect(() => insertDrawingElement(insertDrawingElement(sheet, 'rId9'), 'rId10')).toThrow(/already/);
  });

  it('writes a column chart by columns with quoted references and the published figures cached (Tabel 7)', async () => {
    const name = "Scenario's & <ODA>";
    const charts = await readCharts(await writeWorkbook([odaLike({ name })], META));
    expect(charts).toHaveLength(1);
    const [chart] = charts as [ReadChart];
    expect(chart).toMatchObject({ sheetName: name, type: 'col', title: 'ODA per post', from: { col: 4, row: 3 }, to: { col: 11, row: 18 } });
    expect(chart.series).toEqual([
      {
        nameRef: "'Scenario''s & <ODA>'!$B$4",
        categoriesRef: "'Scenario''s & <ODA>'!$A$5:$A$6",
        valuesRef: "'Scenario''s & <ODA>'!$B$5:$B$6",
        categories: ['Bijdrage COA', 'Bijdrage Nidos'],
        values: [1718754, 61872], // Tabel 7, x € 1.000, as typed in the fixture from the source
      },
    ]);
  });

  it('writes no drawing for a sheet without charts', async () => {
    expect(await readCharts(await writeWorkbook([odaLike({ charts: [] })], META))).toEqual([]);
  });
});

describe('chart parts of the default workbook', () => {
  let bytes: Uint8Array;
  let charts: ReadChart[];
  let cells: (ref: string) => unknown[];
  const plan = fullWorkbookPlan({ edition: DEFAULT_EDITION, sheets: DEFAULT_WORKBOOK_SHEETS, scenarios: [basisScenario(DEFAULT_EDITION)], formulaStyle: 'excel', writtenAt: '2026-12-01' });
  beforeAll(async () => {
    bytes = await writeWorkbook(plan, META);
    charts = await readCharts(bytes);
    cells = await cellsOf(bytes);
  });

  it('holds every chart the Office.js adapter draws, on its sheet, of its type and title', () => {
    const wanted = plan.flatMap((d) => d.charts.map((c) => ({ sheetName: d.name, type: c.type === 'line' ? 'line' : c.type === 'barClustered' ? 'bar' : 'col', title: c.title })));
    expect(wanted.length).toBe(5);
    expect(charts.map((c) => ({ sheetName: c.sheetName, type: c.type, title: c.title }))).toEqual(wanted);
    expect(charts.map((c) => c.sheetName)).toEqual(['Taakstelling 2027-2028', 'Scenario MPP-basis', 'Bandbreedte', 'Bandbreedte', "Scenario's vergelijken"]);
  });

  it('plots the years 2025–2029 against a titled value axis', () => {
    for (const chart of charts) {
      for (const s of chart.series) expect(s.categories).toEqual(YEARS);
      expect(chart.axisTitles).toHaveLength(2);
      expect(chart.axisTitles[0]).toBe('Jaar');
    }
  });

  it("caches in each series exactly the values the sheet's cells hold", () => {
    let compared = 0;
    for (const chart of charts) {
      for (const s of chart.series) {
        expect(cells(s.nameRef).map(String)).toEqual([expect.any(String)]);
        expect(cells(s.categoriesRef).map(String)).toEqual(s.categories);
        const onSheet = cells(s.valuesRef);
        expect(onSheet).toHaveLength(s.values.length);
        onSheet.forEach((v, i) => {
          expect(typeof v).toBe('number');
          expect(s.values[i]).toBeCloseTo(v as number, 6);
          compared++;
        });
      }
    }
    expect(compared).toBeGreaterThanOrEqual(5 * 2 * 5);
  });

  it('names its series after the row labels (need against budget on the Taakstelling sheet)', () => {
    const cut = charts[0]!;
    expect(cut.series.map((s) => cells(s.nameRef)[0])).toEqual(['Behoefte', 'Begroting']);
    expect(charts[2]!.series.map((s) => cells(s.nameRef)[0])).toEqual(['Laag', 'Basis', 'Hoog', 'Begroting']);
  });
});
