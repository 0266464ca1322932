// Both adapters print a sheet the same way: the Office.js adapter's pageLayout (recorded by the fake)
// and the .xlsx package's pageSetup, header/footer, breaks and print names come from one core printSetup.
import JSZip from 'jszip';
import { DEFAULT_EDITION as OB2025, presetDrivers } from '../../src/core';
import { cutsSheet, scenarioSheet } from '../../src/core/sheets';
import { printSetup } from '../../src/core/sheets/print';
import { writeSheets, type ExcelContextLike } from '../../src/excel';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { createFakeExcel } from './fakeExcel';

const opts = { formulaStyle: 'aenm' as const, writtenAt: '2026-12-01' };
const sheets = [cutsSheet(OB2025, opts), scenarioSheet(OB2025, { ...opts, name: 'MPP-basis', preset: 'basis', drivers: presetDrivers(OB2025, 'basis') })];

const attr = (xml: string, tag: string, name: string): string | undefined => new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

describe('print setup through both adapters', () => {
  it('Office.js: A4, fit to one page wide, print area, title rows, header/footer and breaks as the core says', async () => {
    const fake = createFakeExcel();
    const result = await writeSheets(fake.context as unknown as ExcelContextLike, sheets);
    expect(result.ok).toBe(true);
    for (const d of sheets) {
      const p = printSetup(d);
      const sheet = fake.sheet(d.name)!;
      expect(sheet.print).toMatchObject({
        paperSize: 'A4',
        orientation: p.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printArea: p.printArea,
        printTitleRows: `$${p.titleRows!.first}:$${p.titleRows!.last}`,
        leftHeader: p.header.left,
        rightHeader: p.header.right,
        leftFooter: p.footer.left,
        rightFooter: 'pagina &P van &N',
        leftMargin: p.margins.left * 72,
      });
      expect(sheet.pageBreaks).toEqual(p.rowBreaks.map((r) => `A${r + 1}`));
    }
    // The Taakstelling sheet (147 rows and a chart) needs at least one break; its print area ends below its chart.
    expect(printSetup(sheets[0]!).rowBreaks.length).toBeGreaterThan(0);
    expect(printSetup(sheets[0]!).printArea).toMatch(/^A1:H\d+$/);
  });

  it('.xlsx: the same setup in pageSetup, headerFooter, rowBreaks and the print names', async () => {
    const zip = await JSZip.loadAsync(await writeWorkbook(sheets, { edition: 'OB2025', addinVersion: 'test' }));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    for (const [i, d] of sheets.entries()) {
      const p = printSetup(d);
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      expect(attr(xml, 'pageSetup', 'paperSize')).toBe('9'); // A4
      expect(attr(xml, 'pageSetup', 'orientation')).toBe(p.orientation);
      expect(attr(xml, 'pageSetup', 'fitToWidth')).toBe('1');
      expect(attr(xml, 'pageSetup', 'fitToHeight')).toBe('0');
      expect(attr(xml, 'pageSetUpPr', 'fitToPage')).toBe('1');
      expect(unescape(/<oddHeader>([^<]*)<\/oddHeader>/.exec(xml)![1]!)).toBe(`&L${p.header.left}&R${p.header.right}`);
      expect(unescape(/<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)![1]!)).toBe(`&L${p.footer.left}&Rpagina &P van &N`);
      expect([...xml.matchAll(/<brk\b[^>]*\sid="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(p.rowBreaks);
      for (const brk of xml.match(/<brk\b[^>]*>/g) ?? []) expect(brk).toMatch(/ max="16383" man="1"/);
      const quoted = `'${d.name.replace(/'/g, "''")}'!`;
      const area = p.printArea.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      expect(unescape(workbook)).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${quoted}${area}</definedName>`);
      expect(unescape(workbook)).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${quoted}$${p.titleRows!.first}:$${p.titleRows!.last}</definedName>`);
    }
  });

  it('.xlsx: a sheet name with an apostrophe gets a doubled quote in its print names (ExcelJS 4.4 would not)', async () => {
    const d = { ...sheets[0]!, name: "Scenario's test" };
    const zip = await JSZip.loadAsync(await writeWorkbook([d], { edition: 'OB2025', addinVersion: 'test' }));
    const workbook = unescape(await zip.file('xl/workbook.xml')!.async('string'));
    expect(workbook).toContain(`localSheetId="0">'Scenario''s test'!$A$1:`);
    expect(workbook).not.toContain("'Scenario's test'");
  });
});
