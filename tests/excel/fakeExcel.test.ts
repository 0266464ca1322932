import { createFakeExcel, formulaProblem, MAX_REQUEST_BYTES, numberFormatProblem } from './fakeExcel';

/** The stand-in rejects what real Excel rejects (issue 10): each rule, and that a rejection fails the whole sync. */
type Ctx = ReturnType<typeof createFakeExcel>['context'];
const sheetOf = (ctx: Ctx, name: string) => ctx.workbook.worksheets.getItem(name);

async function rejects(setup: Parameters<typeof createFakeExcel>[0], act: (ctx: Ctx) => void, pattern: RegExp) {
  const fake = createFakeExcel(setup);
  act(fake.context);
  await expect(fake.context.sync()).rejects.toThrow(pattern);
  return fake;
}

describe('the recording fake rejects what Excel rejects', () => {
  const book = { sheets: { Blad1: { A1: 'Kop', B1: 'Kop 2' } } };

  it('an array whose shape differs from its range', async () => {
    await rejects(book, (ctx) => void (sheetOf(ctx, 'Blad1').getRange('A2:B3').formulas = [[1, 2]]), /InvalidArgument.*does not match A2:B3/);
    await rejects(book, (ctx) => void (sheetOf(ctx, 'Blad1').getRange('A2:B2').numberFormat = [['0', '0', '0']]), /does not match/);
  });

  it('sheet names Excel refuses or already has (case-insensitive)', async () => {
    await rejects(book, (ctx) => void ctx.workbook.worksheets.add('blad1'), /ItemAlreadyExists/);
    await rejects(book, (ctx) => void ctx.workbook.worksheets.add('x'.repeat(32)), /31 characters/);
    await rejects(book, (ctx) => void ctx.workbook.worksheets.add("Scenario'"), /apostrophe/);
    await rejects(book, (ctx) => void ctx.workbook.worksheets.add('Q3/Q4'), /holds one of/);
    await rejects(book, (ctx) => void ctx.workbook.worksheets.add('Scenario \uD83D'), /surrogate/);
  });

  it('defined and table names: invalid, or taken across names AND tables (case-insensitive)', async () => {
    const setup = { ...book, tables: [{ name: 'Mutaties', sheet: 'Blad1', range: 'A1:B2' }], names: [{ name: 'Prijs', sheet: 'Blad1', address: 'A1' }] };
    const range = (ctx: Ctx) => sheetOf(ctx, 'Blad1').getRange('A1');
    await rejects(setup, (ctx) => void ctx.workbook.names.add('MUTATIES', range(ctx) as never), /ItemAlreadyExists: name MUTATIES/);
    await rejects(setup, (ctx) => void ctx.workbook.names.add('prijs', range(ctx) as never), /ItemAlreadyExists/);
    await rejects(setup, (ctx) => void ctx.workbook.names.add('COA2027', range(ctx) as never), /cell reference/);
    await rejects(setup, (ctx) => void ctx.workbook.names.add('R1C1', range(ctx) as never), /cell reference/);
    await rejects(setup, (ctx) => void ctx.workbook.names.add('2025_prijs', range(ctx) as never), /not a valid name/);
    await rejects(setup, (ctx) => void (sheetOf(ctx, 'Blad1').tables.add('Blad1!A1:B2', true).name = 'PRIJS'), /name PRIJS exists/);
    await rejects(setup, (ctx) => void (sheetOf(ctx, 'Blad1').tables.add('Blad1!A1:B2', true).name = 'Tabel 7'), /not a valid name/);
  });

  it('table headers that are blank, duplicated or formulas', async () => {
    const table = (cells: Record<string, unknown>) => rejects({ sheets: { Blad1: cells } }, (ctx) => void sheetOf(ctx, 'Blad1').tables.add('Blad1!A1:B2', true), /header/);
    await table({ A1: 'Kop' });
    await table({ A1: 'Kop', B1: 'KOP' });
    await table({ A1: 'Kop', B1: '=A1' });
    // Headers written earlier in the same request count.
    const fake = createFakeExcel({ sheets: { Blad1: {} } });
    const sheet = sheetOf(fake.context, 'Blad1');
    sheet.getRange('A1:B1').formulas = [['Jaar', 'Bedrag']];
    sheet.tables.add('Blad1!A1:B2', true);
    await fake.context.sync();
    expect(fake.tables).toHaveLength(1);
  });

  it('unquoted sheet names that read as a cell, a boolean or hold other characters', () => {
    for (const f of ['=Q3!C38', '=COA2027!A1', '=XFD1!A1', '=R1C1!A1', '=RC12!A1', '=R!A1', '=C!A1', '=TRUE!A1', '=false!A1', '=Basis#2!A1']) expect([f, formulaProblem(f)]).toEqual([f, expect.stringMatching(/unquoted/)]);
    for (const f of ["='Q3'!C38", "='TRUE'!A1", '=Basis!C38', "='Scenario''s vergelijken'!B4", '="Q3!A1"', '=SUM(A1:B2)']) expect([f, formulaProblem(f)]).toEqual([f, undefined]);
  });

  it('non-en-US formulas and number formats', () => {
    expect(formulaProblem('=ROUND(B3;0)')).toMatch(/;/);
    expect(formulaProblem('=0,95*B3')).toMatch(/decimal comma/);
    expect(formulaProblem('=B3*1,5')).toMatch(/decimal comma/);
    expect(formulaProblem('=SOM(B3:B4)')).toMatch(/Dutch/);
    expect(formulaProblem('=ROUND(B3,0)+IF(A1>0,5,6)')).toBeUndefined();
    expect(formulaProblem('=CONCAT("a;b","0,5")')).toBeUndefined();
    expect(numberFormatProblem('#.##0')).toMatch(/nl-NL/);
    expect(numberFormatProblem('0,00')).toMatch(/nl-NL/);
    for (const f of ['#,##0', '#,##0.0', '0.0%', '0', 'General', '@', '#,##0,,"mln"']) expect([f, numberFormatProblem(f)]).toEqual([f, undefined]);
  });

  it('a rejected operation fails the whole sync: earlier ones stay, later ones and loads are dropped', async () => {
    const fake = createFakeExcel(book);
    const { worksheets } = fake.context.workbook;
    worksheets.add('Nieuw');
    sheetOf(fake.context, 'Blad1').getRange('C1').formulas = [['=SOM(A1)']];
    worksheets.add('Later');
    worksheets.load('items/name');
    await expect(fake.context.sync()).rejects.toThrow(/Dutch function/);
    expect(fake.sheetNames()).toEqual(['Blad1', 'Nieuw']);
    expect(() => worksheets.items).toThrow(/PropertyNotLoaded/);
  });

  it('a request over 5 MB, with nothing of it applied', async () => {
    const fake = createFakeExcel(book);
    fake.context.workbook.worksheets.add('Groot');
    const rows = Math.ceil(MAX_REQUEST_BYTES / 10_000) + 1;
    sheetOf(fake.context, 'Blad1').getRange(`A2:A${rows + 1}`).formulas = Array.from({ length: rows }, () => ['x'.repeat(10_000)]);
    await expect(fake.context.sync()).rejects.toThrow(/5 MB/);
    expect(fake.sheetNames()).toEqual(['Blad1']);
  });

  it('failAtSync fails that sync half-way', async () => {
    const fake = createFakeExcel({ ...book, failAtSync: 1 });
    fake.context.workbook.worksheets.add('Een');
    fake.context.workbook.worksheets.add('Twee');
    await expect(fake.context.sync()).rejects.toThrow(/failAtSync/);
    expect(fake.sheetNames()).toEqual(['Blad1', 'Een']);
  });
});
