import ExcelJS from 'exceljs';
import { plannedSheetNames, writeWorkbook, writeWorkbookWithReport } from '../../src/xlsx/writeWorkbook';
import { odaLike, parametersLike, usesName } from './fixtures';

const META = { edition: 'OB2025', editionName: 'Ontwerpbegroting 2025', addinVersion: '9.8.7', createdAt: new Date('2026-11-23T10:00:00Z') };

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('writeWorkbook', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await reopen(await writeWorkbook([odaLike()], META));
  });
  const sheet = () => {
    const s = book.getWorksheet('ODA-toerekening');
    if (!s) throw new Error('sheet missing');
    return s;
  };

  it('writes published figures as values and derived cells as formulas with their cached result', () => {
    expect(sheet().getCell('B5').value).toBe(1718754);
    expect(sheet().getCell('B7').value).toEqual({ formula: 'SUM(B5:B6)', result: 1780626 });
    expect(sheet().getCell('C5').value).toEqual({ formula: 'B5/4062600', result: 1718754 / 4062600 });
  });

  it('keeps number formats, column widths and the frozen panes', () => {
    expect(sheet().getCell('B5').numFmt).toBe('#,##0');
    expect(sheet().getCell('C5').numFmt).toBe('0.0%');
    expect(sheet().getColumn('A').width).toBe(32);
    expect(sheet().views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
  });

  it('styles titles bold and large, inputs light yellow, sources small and grey', () => {
    expect(sheet().getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(sheet().getCell('B5').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(sheet().getCell('A2').font).toMatchObject({ italic: true, size: 9 });
    expect(sheet().getCell('A10').font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
  });

  it('makes an Excel table of the block, header text, totals row left as plain cells', () => {
    const table = sheet().getTable('ODA_Tabel7') as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe('A4:C6');
    expect(table.table.columns.map((c) => c.name)).toEqual(['Post', '2025', 'Aandeel']);
    expect(sheet().getCell('B4').value).toBe('2025');
    // the formula inside the table survives addTable
    expect(sheet().getCell('C6').value).toEqual({ formula: 'B6/B7', result: 61872 / 1780626 });
  });

  it('leaves the chart area free: the chart is a native chart part (tests/xlsx/charts.test.ts), not a note', () => {
    expect(sheet().getCell('E4').value).toBeNull();
  });

  it('keeps the source of a published figure as a cell note', () => {
    const note = sheet().getCell('B5').note as unknown as string | { texts: { text: string }[] };
    const text = typeof note === 'string' ? note : note.texts.map((t) => t.text).join('');
    expect(text).toBe('Bron: Tabel 7, Bijdrage COA, x € 1.000');
  });

  it('names the edition and the add-in version in the document properties', () => {
    expect(book.creator).toMatch(/AENM Begroting/);
    expect(book.subject).toBe('Editie OB2025 (Ontwerpbegroting 2025)');
    expect(book.keywords).toBe('AENM; editie=OB2025; versie=9.8.7');
    expect(book.description).toMatch(/9\.8\.7.*OB2025/);
  });
});

describe('writeWorkbook across sheets', () => {
  it('suffixes a colliding sheet name with " (2)" and makes table names unique', async () => {
    const { bytes, sheets } = await writeWorkbookWithReport([odaLike(), odaLike(), odaLike({ name: 'oda-TOEREKENING' })], META);
    expect(sheets.map((s) => s.sheetName)).toEqual(['ODA-toerekening', 'ODA-toerekening (2)', 'oda-TOEREKENING (3)']);
    expect(sheets.map((s) => s.tables[0])).toEqual(['ODA_Tabel7', 'ODA_Tabel7_2', 'ODA_Tabel7_3']);
    const book = await reopen(bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['ODA-toerekening', 'ODA-toerekening (2)', 'oda-TOEREKENING (3)']);
  });

  it('plans the same names the writer gives, so a compare sheet can reference them', () => {
    expect(plannedSheetNames([odaLike(), odaLike({ name: 'Een heel lange naam van een scenario x' })])).toEqual(['ODA-toerekening', 'Een heel lange naam van een sce']);
    expect(plannedSheetNames([odaLike({ name: 'A'.repeat(31) }), odaLike({ name: 'A'.repeat(31) })])[1]).toBe(`${'A'.repeat(27)} (2)`);
  });

  it('adds workbook-level defined names for the parameter sheet, once', async () => {
    const { bytes, sheets } = await writeWorkbookWithReport([parametersLike(), usesName(), parametersLike()], META);
    expect(sheets[0]?.names).toEqual(['OB2025_IND_PRIJS_ASIEL_2025']);
    expect(sheets[2]?.names).toEqual([]);
    expect(sheets[2]?.warnings[0]).toMatch(/OB2025_IND_PRIJS_ASIEL_2025/);
    const book = await reopen(bytes);
    const names = book.definedNames.model as { name: string; ranges: string[] }[];
    expect(names).toEqual([{ name: 'OB2025_IND_PRIJS_ASIEL_2025', ranges: ["'Parameters OB2025'!$B$3"] }]);
    expect(book.getWorksheet('Gebruik')?.getCell('A1').value).toEqual({ formula: 'OB2025_IND_PRIJS_ASIEL_2025*1000', result: 4418000 });
  });

  it('keeps a cached 0 or false inside a table (ExcelJS drops falsy results when cells are re-set)', async () => {
    const d = odaLike({
      cells: [
        { address: 'A1', value: 'x', style: 'header' },
        { address: 'B1', value: 'y', style: 'header' },
        { address: 'A2', formula: '=B2-B2', cached: 0 },
        { address: 'B2', formula: '=1>2', cached: false },
      ],
      tables: [{ name: 'Nul', range: 'A1:B2' }],
      charts: [],
    });
    const sheet = (await reopen(await writeWorkbook([d], META))).getWorksheet('ODA-toerekening');
    expect(sheet?.getCell('A2').result).toBe(0);
    expect(sheet?.getCell('B2').result).toBe(false);
  });

  it('writes an error result as an Excel error, not as text', async () => {
    const d = odaLike({ cells: [{ address: 'A1', formula: '=NA()', cached: '#N/A' }], tables: [], charts: [] });
    const book = await reopen(await writeWorkbook([d], META));
    expect(book.getWorksheet('ODA-toerekening')?.getCell('A1').value).toEqual({ formula: 'NA()', result: { error: '#N/A' } });
  });
});
