// The built pane in headless Chromium, against a fake workbook: every action is
// clicked, and what the workbook received is checked against the published figures.
// Also saves the README screenshots (light and dark).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useAddinHarness } from './support';
import { OB2025, presetDrivers, projectChain, withDriver } from '../../src/core';
import { outputAddress, yearDriverAddress } from '../../src/core/sheets/chainLayout';
import { evaluate } from '../core/sheets/evaluate';

const harness = useAddinHarness();
const FAKE_EXCEL = readFileSync(path.join(__dirname, 'support/fakeExcelBrowser.js'), 'utf8');
const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

interface FakeSheet {
  cells: Record<string, unknown>;
  tables: unknown[];
  charts: { title: { text: string } }[];
}
interface FakeBook {
  sheets: Record<string, FakeSheet>;
  order: string[];
  names: { name: string; address?: string }[];
}

/** Recalculates the fake workbook (formulas stored as text) with HyperFormula, defined names on the parameters sheet. */
function recalculate(book: FakeBook) {
  const parameters = book.order.find((n) => n.startsWith('Parameters'));
  const descriptions = book.order.map((name) => ({
    kind: 'scenario' as const,
    name,
    edition: 'OB2025',
    writtenAt: '',
    formulaStyle: 'excel' as const,
    cells: Object.entries(book.sheets[name]!.cells).map(([address, v]) =>
      typeof v === 'string' && v.startsWith('=') ? { address, formula: v } : { address, value: v as string | number | boolean },
    ),
    tables: [],
    columnWidths: {},
    charts: [],
    names: name === parameters ? book.names.filter((n) => n.address).map((n) => ({ name: n.name, address: n.address!.replace(/^.*!/, '').replace(/\$/g, '') })) : [],
  }));
  return evaluate(descriptions);
}

/** office-stub.js has no displayLanguage/officeTheme: add them the moment the stub defines Office. */
function officeContextScript(displayLanguage: string, bodyBackgroundColor: string): string {
  return `(() => {
    let office;
    Object.defineProperty(window, 'Office', {
      configurable: true,
      get: () => office,
      set: (value) => {
        office = value;
        value.context.displayLanguage = ${JSON.stringify(displayLanguage)};
        value.context.officeTheme = { bodyBackgroundColor: ${JSON.stringify(bodyBackgroundColor)} };
      },
    });
  })();`;
}

async function openPane(options: { language?: string; background?: string; excelApi?: string } = {}) {
  const opened = await harness.open('taskpane.html', {
    office: { host: 'Excel', platform: 'OfficeOnline', requirements: { ExcelApi: options.excelApi ?? '1.7' } },
    initScript: `${officeContextScript(options.language ?? 'nl-NL', options.background ?? '#ffffff')}\n${FAKE_EXCEL}`,
  });
  await opened.page.setViewportSize({ width: 380, height: 900 });
  await opened.page.getByRole('heading', { level: 1 }).waitFor();
  return opened;
}

const workbook = (page: Page): Promise<FakeBook> => page.evaluate(() => (window as unknown as { __fakeWorkbook: FakeBook }).__fakeWorkbook);
const card = (page: Page, action: string) => page.locator(`section[data-action="${action}"]`);

async function write(page: Page, action: string): Promise<string> {
  const section = card(page, action);
  await section.getByRole('button', { name: /^Schrijf blad/ }).click();
  const status = section.getByRole('status');
  await status.getByText(/Geschreven|fout|vraagt|Geen/).first().waitFor({ timeout: 20_000 });
  return status.innerText();
}

const formulas = (sheet: FakeSheet | undefined): string[] =>
  Object.values(sheet?.cells ?? {}).filter((v): v is string => typeof v === 'string' && v.startsWith('='));

describe('task pane in a browser', () => {
  it('writes every sheet, with an edited and a refused driver expression', async () => {
    const { page, errors, blocked } = await openPane();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('AENM Begroting');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-light.png'), fullPage: true });

    // ODA-toerekening: its formulas stay on the sheet, so no parameters sheet yet.
    const oda = await write(page, 'oda');
    expect(oda).toContain('Blad "ODA-toerekening"');
    let book = await workbook(page);
    expect(book.order).toEqual(['ODA-toerekening']);
    // Tabel 7, Bĳdrage COA: 1.718.754 (x € 1.000), as published.
    expect(Object.values(book.sheets['ODA-toerekening']!.cells)).toContain(1718754);
    expect(formulas(book.sheets['ODA-toerekening']).length).toBeGreaterThan(0);

    expect(await write(page, 'mpp')).toContain('Blad "MPP-kengetallen"');
    book = await workbook(page);
    // Tabel 6, Gemiddelde bezetting in de opvang 2027: 132.190.
    expect(Object.values(book.sheets['MPP-kengetallen']!.cells)).toContain(132190);

    // Taakstelling with Excel's functions: the parameters sheet (defined names) comes first.
    expect(await write(page, 'cuts')).toContain('Blad "Parameters OB2025"');
    book = await workbook(page);
    expect(book.order.slice(2)).toEqual(['Parameters OB2025', 'Taakstelling 2027-2028']);
    expect(book.names.length).toBeGreaterThan(0);
    expect(formulas(book.sheets['Taakstelling 2027-2028']).some((f) => f.includes('OB2025_'))).toBe(true);

    // And again with AENM.* functions: a second sheet, no second parameters sheet.
    await card(page, 'cuts').getByRole('radio', { name: 'AENM-functies' }).check();
    expect(await write(page, 'cuts')).toContain('Blad "Taakstelling 2027-2028 (2)"');
    book = await workbook(page);
    expect(book.order.filter((n) => n.startsWith('Parameters'))).toEqual(['Parameters OB2025']);
    expect(formulas(book.sheets['Taakstelling 2027-2028 (2)']).some((f) => f.includes('AENM.'))).toBe(true);
    expect(book.sheets['Taakstelling 2027-2028 (2)']!.charts.length).toBeGreaterThan(0);

    // Nieuw scenario: one edited driver, one refused expression.
    const scenario = card(page, 'scenario');
    await scenario.getByLabel(/Naam van het scenario/).fill('Krimp');
    await scenario.getByRole('button', { name: 'Drivers per jaar' }).click();
    const outflow2026 = scenario.getByLabel('Uitstroom uit de opvang (O) 2026', { exact: true });
    await outflow2026.fill('basis * 0.8');
    // Tabel 6, Uitstroom uit de opvang 2026: 52.040; × 0,8 = 41.632.
    await scenario.getByText('= 41.632').waitFor();
    const asylum2027 = scenario.getByLabel('Asielinstroom (A) 2027', { exact: true });
    await asylum2027.fill('import(1)');
    await scenario.getByText(/functieaanroepen zijn niet toegestaan \(import\)/).waitFor();
    await asylum2027.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-scenario-error.png'), fullPage: false });
    await scenario.getByRole('button', { name: /^Schrijf blad/ }).click();
    await scenario.getByText('1 driver ongeldig; verbeter de rood gemarkeerde velden.').waitFor();
    expect(Object.keys((await workbook(page)).sheets)).not.toContain('Scenario Krimp');

    await asylum2027.fill('-10%');
    expect(await write(page, 'scenario')).toContain('Blad "Scenario Krimp"');
    book = await workbook(page);
    const krimp = book.sheets['Scenario Krimp']!;
    expect(krimp.cells.A2).toBe('AENM-scenario-keten');
    expect(krimp.cells[yearDriverAddress('coaOutflow', 1)]).toBe(41632); // 2026 column
    expect(krimp.cells[yearDriverAddress('asylumInflow', 2)]).toBeCloseTo(24730 * 0.9, 6); // Tabel 6 Asielinstroom 2027: 24.730, −10%
    // The edited asylum inflow reaches the written sheet's need: recalculated, it is the core's projection with those drivers.
    const edited = withDriver(withDriver(presetDrivers(OB2025), 'coaOutflow', 41632, 2026), 'asylumInflow', 24730 * 0.9, 2027);
    const need2027 = recalculate(book).value('Scenario Krimp', outputAddress('chainNeed', 2)) as number;
    expect(need2027).toBeCloseTo(projectChain(OB2025, edited)[2]!.chain.need, 2);
    expect(Math.abs(need2027 - projectChain(OB2025, presetDrivers(OB2025))[2]!.chain.need)).toBeGreaterThan(1e6);

    // Scenario's vergelijken reads the scenario back from the workbook.
    expect(await write(page, 'compare')).toContain("Blad \"Scenario's vergelijken\"");
    book = await workbook(page);
    const compare = book.sheets["Scenario's vergelijken"]!;
    expect(formulas(compare).some((f) => f.includes("'Scenario Krimp'!"))).toBe(true);

    await card(page, 'cuts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-results.png') });
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('follows a dark Office theme and English display language', async () => {
    const { page, errors } = await openPane({ language: 'en-US', background: '#1f1f1f' });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('AENM Budget');
    expect(await page.locator('main').getAttribute('data-theme')).toBe('dark');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-dark.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('says which Excel is needed when the API set is missing', async () => {
    const { page } = await openPane({ excelApi: '1.1' });
    const text = await write(page, 'oda');
    expect(text).toContain('ExcelApi 1.4');
    expect(text).toContain('Excel 2019');
    expect((await workbook(page)).order).toEqual([]);
  });
});
