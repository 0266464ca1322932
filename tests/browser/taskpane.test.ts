// The built pane in headless Chromium against a fake workbook, at Excel's default pane width
// (350 px) and on a 1366 px screen: keyboard-only use, the driver grid, errors where the eye is,
// the Werkmap view, an axe-core scan, and the written sheets checked against the published figures.
// Takes no screenshots: `npm run screenshots` (scripts/screenshots.ts) does.
import type { Page } from 'playwright-core';
import { OB2025 } from '../../src/core';
import { presetDrivers, projectChain, withDriver, YEAR_DRIVERS } from '../../src/core/chain';
import { outputAddress, SCENARIO_MARKER_V2, yearDriverAddress } from '../../src/core/sheets/chainLayout';
import { recordXml } from '../../src/excel/sheetRegistry';
import { useAddinHarness } from './support';
import { evaluateFakeBook, type FakeBookCells } from './support/evaluateFakeBook';
import { axeViolations, FAKE_EXCEL, officeContextScript, scrollGridToEnd, showTab, WIDTHS } from './support/pane';

const harness = useAddinHarness();

interface FakeSheet {
  cells: Record<string, unknown>;
  charts: { title: { text: string } }[];
}
interface FakeBook extends FakeBookCells {
  sheets: Record<string, FakeSheet>;
  active?: string;
  xmlParts?: { xml: string }[];
}

async function openPane(options: { width?: number; height?: number; language?: string; background?: string; excelApi?: string; seed?: string } = {}) {
  const opened = await harness.open('taskpane.html', {
    office: { host: 'Excel', platform: 'OfficeOnline', requirements: { ExcelApi: options.excelApi ?? '1.11' } },
    initScript: `${officeContextScript(options.language ?? 'nl-NL', options.background ?? '#ffffff')}\n${FAKE_EXCEL}\n${options.seed ?? ''}`,
  });
  await opened.page.setViewportSize({ width: options.width ?? 350, height: options.height ?? 900 });
  await opened.page.getByRole('heading', { level: 1 }).waitFor();
  return opened;
}

const workbook = (page: Page): Promise<FakeBook> => page.evaluate(() => (window as unknown as { __fakeWorkbook: FakeBook }).__fakeWorkbook);
const card = (page: Page, action: string) => page.locator(`section[data-action="${action}"]`);

async function resultOf(page: Page, action: string): Promise<string> {
  const status = card(page, action).getByRole('status').first();
  await status
    .getByText(/Geschreven|fout|vraagt|Geen/)
    .first()
    .waitFor({ timeout: 20_000 });
  return status.innerText();
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: Element, arg: string) => boolean, arg = '', max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const handle = await page.evaluateHandle(() => document.activeElement);
    if (await handle.evaluate(matches, arg)) return;
  }
  throw new Error('not reached by keyboard');
}

/** Keyboard only: Tab to the tab list, arrows to the tab, then Tab to the action's write button and Enter. */
async function writeByKeyboard(page: Page, tabIndex: number, action: string): Promise<string> {
  await page.locator('body').focus();
  await tabTo(page, (el) => el.getAttribute('role') === 'tab');
  await page.keyboard.press('Home');
  for (let i = 0; i < tabIndex; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await tabTo(page, (el, id) => el.tagName === 'BUTTON' && !!el.closest(`section[data-action="${id}"]`) && /^(Schrijf blad|Write sheet)/.test(el.textContent ?? ''), action);
  await page.keyboard.press('Enter');
  return resultOf(page, action);
}

describe.each(WIDTHS)('task pane at $width × $height', ({ width, height }) => {
  it('reaches and runs every action by keyboard alone', async () => {
    const { page, errors, blocked } = await openPane({ width, height });
    expect(await writeByKeyboard(page, 0, 'oda')).toContain('Blad "ODA-toerekening"');
    expect(await writeByKeyboard(page, 0, 'mpp')).toContain('Blad "MPP-kengetallen"');
    expect(await writeByKeyboard(page, 0, 'cuts')).toContain('Blad "Parameters OB2025"');
    // The scenario needs a name: typed by keyboard too.
    await showTab(page, "Scenario's");
    await card(page, 'scenario')
      .getByLabel(/Naam van het scenario/)
      .fill('Toets');
    expect(await writeByKeyboard(page, 1, 'scenario')).toContain('Blad "Scenario Toets"');
    expect(await writeByKeyboard(page, 2, 'compare')).toContain('Blad "Scenario\'s vergelijken"');
    const book = await workbook(page);
    // Tabel 7, Bijdrage COA: 1.718.754 (x € 1.000), as published; Tabel 6 bezetting 2027: 132.190.
    expect(Object.values(book.sheets['ODA-toerekening']!.cells)).toContain(1718754);
    expect(Object.values(book.sheets['MPP-kengetallen']!.cells)).toContain(132190);
    expect(book.order).toEqual(['ODA-toerekening', 'MPP-kengetallen', 'Parameters OB2025', 'Taakstelling 2027-2028', 'Scenario Toets', "Scenario's vergelijken"]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the driver row names in view with the grid scrolled to 2029', async () => {
    const { page } = await openPane({ width, height });
    await showTab(page, "Scenario's");
    await scrollGridToEnd(page);
    // The pane itself never scrolls sideways; only the grid does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const cell = page.getByLabel('Asielinstroom (A) 2029', { exact: true });
    await cell.scrollIntoViewIfNeeded();
    // The 2029 cell is really visible (not under the sticky column)...
    expect(
      await cell.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      }),
    ).toBe(true);
    // ...and so is the name of its row, beside it, with unit and status from the declaration.
    const head = page.locator('th[data-row="asylumInflow"]');
    expect(
      await head.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + 10, r.top + 8));
      }),
    ).toBe(true);
    expect(await head.innerText()).toMatch(/Asielinstroom \(A\)\s+aantal · gepubliceerd 2025–2028, aanname 2029/);
    // Every row name is within the viewport horizontally.
    const lefts = await page.locator('th[data-row]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
    expect(lefts.length).toBe(YEAR_DRIVERS.length);
    for (const left of lefts) expect(left).toBeGreaterThanOrEqual(0);
    // Published value as placeholder in the display language: Tabel 6 2029 carried, 24.730.
    expect(await cell.getAttribute('placeholder')).toBe('24.730');
  });

  it('puts the cursor on the first invalid field after a failed write and announces the count', async () => {
    const { page, errors } = await openPane({ width, height });
    await showTab(page, "Scenario's");
    const scenario = card(page, 'scenario');
    await scenario.getByLabel(/Naam van het scenario/).fill('Fout');
    await scenario.getByLabel('Asielinstroom (A) 2027', { exact: true }).fill('import(1)');
    // Below the declaration's minimum: an outflow cannot be negative.
    await scenario.getByLabel('Uitstroom uit de opvang (O) 2029', { exact: true }).fill('-5');
    await page.keyboard.press('Home');
    await scenario.getByRole('button', { name: /^Schrijf blad/ }).click();
    await expect(scenario.getByRole('alert').filter({ hasText: 'velden' }).innerText()).resolves.toBe('2 velden zijn ongeldig; de cursor staat op het eerste.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Asielinstroom (A) 2027');
    // The focused field is on screen, not under the sticky column or the button bar.
    expect(
      await page.evaluate(() => {
        const el = document.activeElement!;
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      }),
    ).toBe(true);
    // The last row's last year: brought into view beside the sticky row names, above the sticky button bar.
    await scenario.getByLabel('Asielinstroom (A) 2027', { exact: true }).fill('');
    await scenario.getByLabel('Uitstroom uit de opvang (O) 2029', { exact: true }).fill('');
    await scenario.getByLabel('Nidos instroomteam per AMV 2029', { exact: true }).fill('1/0');
    await page.evaluate(() => window.scrollTo(0, 0));
    await scenario.getByRole('button', { name: /^Schrijf blad/ }).click();
    await scenario.getByRole('alert').filter({ hasText: '1 veld is ongeldig' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Nidos instroomteam per AMV 2029');
    expect(
      await page.evaluate(() => {
        const el = document.activeElement!;
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + 4, r.top + r.height / 2)) && el.contains(document.elementFromPoint(r.right - 4, r.top + r.height / 2));
      }),
    ).toBe(true);
    expect(Object.keys((await workbook(page)).sheets)).not.toContain('Scenario Fout');
    expect(errors).toEqual([]);
  });

  it('has no serious or critical axe-core violations on any tab', async () => {
    const { page } = await openPane({ width, height });
    const found: { tab: string; id: string; impact: string | null; nodes: number }[] = [];
    for (const tab of ['Bladen', "Scenario's", 'Werkmap']) {
      await showTab(page, tab);
      if (tab === 'Werkmap') await page.getByTestId('refresh').waitFor();
      found.push(...(await axeViolations(page)).map((v) => ({ tab, ...v })));
    }
    // Reported in the test log so the figures can be quoted.
    console.log(`axe ${width}px: ${JSON.stringify(found)}`);
    expect(found.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

describe('task pane: scenarios, Werkmap and results', () => {
  it('issue 9: editing the asylum inflow in the driver grid changes the written sheet’s need', async () => {
    const { page, errors } = await openPane();
    await showTab(page, "Scenario's");
    const scenario = card(page, 'scenario');
    const summary = page.getByTestId('effect-summary');
    // Basis, as published: chain gap 2028 = 3.845.621.490 € (chain-model §9 #16).
    expect(await summary.innerText()).toBe('Tekort keten 2028: 3.845,6 mln € (0,0 t.o.v. basis)');
    await scenario.getByLabel(/Naam van het scenario/).fill('Basis');
    await scenario.getByRole('button', { name: /^Schrijf blad/ }).click();
    await resultOf(page, 'scenario');
    await scenario.getByLabel(/Naam van het scenario/).fill('Instroom');
    await scenario.getByLabel('Asielinstroom (A) 2028', { exact: true }).fill('basis * 2');
    // Tabel 6 Asielinstroom 2028: 24.730; × 2 = 49.460.
    await scenario.getByText('= 49.460').waitFor();
    expect(await summary.innerText()).not.toContain('(0,0 t.o.v. basis)');
    await scenario.getByRole('button', { name: /^Schrijf blad/ }).click();
    expect(await resultOf(page, 'scenario')).toContain('Blad "Scenario Instroom"');
    const book = await workbook(page);
    const value = evaluateFakeBook(book);
    expect(book.sheets['Scenario Instroom']!.cells.A2).toBe(SCENARIO_MARKER_V2);
    // The chain need of 2028 (column of year index 3), recalculated from what the sheet received.
    const need = outputAddress('chainNeed', 3);
    const inflow = yearDriverAddress('asylumInflow', 3);
    expect(book.sheets['Scenario Instroom']!.cells[inflow]).toBe(49460);
    // Issue 11: the inputs arrive validated and unlocked, the gaps as conditional formats, the sheet unprotected by default.
    const looks = book.sheets['Scenario Instroom'] as unknown as { validations?: Record<string, unknown>; unlocked?: string[]; conditionalFormats?: { type: string }[]; protected?: boolean };
    expect(Object.keys(looks.validations ?? {}).length).toBeGreaterThan(0);
    expect((looks.unlocked ?? []).length).toBeGreaterThan(0);
    expect((looks.conditionalFormats ?? []).map((cf) => cf.type)).toEqual(['CellValue', 'CellValue', 'CellValue', 'CellValue']);
    expect(looks.protected).toBeUndefined();
    const basisNeed = value('Scenario Basis', need) as number;
    const edited = value('Scenario Instroom', need) as number;
    // Basis chain need 2028 = COA 3.912.907.172 + IND 558.976.922 + Nidos 382.533.396 € (chain-model §4), to € 1.
    expect(Math.abs(basisNeed - 4854417490)).toBeLessThan(1);
    // The edited sheet recalculates to what the core projects for A(2028) = 49.460.
    const projected = projectChain(OB2025, withDriver(presetDrivers(OB2025), 'asylumInflow', 49460, 2028))[3]!.chain.need;
    expect(edited).toBeGreaterThan(basisNeed);
    expect(Math.abs(edited - projected)).toBeLessThan(1);
    expect(errors).toEqual([]);
  });

  it('names the written sheet and goes to it', async () => {
    const { page } = await openPane();
    await card(page, 'oda')
      .getByRole('button', { name: /^Schrijf blad/ })
      .click();
    expect(await resultOf(page, 'oda')).toContain('Blad "ODA-toerekening"');
    await card(page, 'oda').getByRole('button', { name: 'Ga naar blad "ODA-toerekening"' }).click();
    await page.waitForFunction(() => (window as unknown as { __fakeWorkbook: { active?: string } }).__fakeWorkbook.active === 'ODA-toerekening');
  });

  it('Werkmap: lists the sheets an earlier session wrote, the scenarios, what can be compared, and that refresh needs another edition', async () => {
    const record = (sheetId: string, sheetName: string, kind: string, title: string, writtenAt: string) => recordXml({ sheetId, sheetName, kind: kind as 'mpp', title, edition: 'OB2025', formulaStyle: 'excel', writtenAt });
    // A workbook as reopened: two sheets with their records (one since renamed), a scenario sheet
    // from the CLI (marker only, no record), and a record whose sheet was deleted.
    const seed = `Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets;
      const mpp = ws.add('MPP-kengetallen');
      const cuts = ws.add('Mijn taakstelling');
      const scen = ws.add('Scenario Krimp');
      scen.getRange('A2:B2').formulas = [[${JSON.stringify(SCENARIO_MARKER_V2)}, 'Krimp']];
      const old = ws.add('Scenario Oud');
      old.getRange('A2:B2').formulas = [['AENM-scenario', 'Oud']];
      const book = window.__fakeWorkbook;
      const parts = ctx.workbook.customXmlParts;
      parts.add(${JSON.stringify(record('{1-15}', 'MPP-kengetallen', 'mpp', 'MPP-kengetallen OB2025', '2026-11-30T08:15:00.000Z'))});
      parts.add(${JSON.stringify(record('{2-17}', 'Taakstelling 2027-2028', 'cuts', 'Taakstelling 2027-2028', '2026-11-30T08:16:00.000Z'))});
      parts.add(${JSON.stringify(record('{99-1}', 'ODA-toerekening', 'oda', 'ODA-toerekening', '2026-11-29T10:00:00.000Z'))});
    });`;
    const { page, errors } = await openPane({ seed });
    await showTab(page, 'Werkmap');
    const view = page.getByTestId('workbook-view');
    await page.locator('li[data-sheet]').first().waitFor();
    const sheets = await page.locator('li[data-sheet]').evaluateAll((els) => els.map((el) => el.getAttribute('data-sheet')));
    // Newest first; the renamed sheet under its current name (found by worksheet id); the deleted one marked.
    expect(sheets).toEqual(['Mijn taakstelling', 'MPP-kengetallen', 'ODA-toerekening']);
    expect(await page.locator('li[data-sheet="MPP-kengetallen"]').innerText()).toMatch(/MPP · OB2025 · geschreven 30 nov 2026/);
    expect(await page.locator('li[data-sheet="ODA-toerekening"]').innerText()).toContain('(verwijderd)');
    const scenarios = await page.locator('li[data-scenario]').evaluateAll((els) => els.map((el) => el.getAttribute('data-scenario')));
    // Found by the scenario sheet's marker cell (also a CLI file's); the old marker of before the chain model is not a chain scenario.
    expect(scenarios).toEqual(['Scenario Krimp']);
    expect(await view.innerText()).toContain('te vergelijken');
    // Every sheet is of the pane's edition already: refresh says how to get another one.
    expect(await page.getByTestId('refresh').innerText()).toContain('Alle bladen zijn al van OB2025.');
    // Go to a listed sheet.
    await page.locator('li[data-sheet="Mijn taakstelling"]').getByRole('button').click();
    await page.waitForFunction(() => (window as unknown as { __fakeWorkbook: { active?: string } }).__fakeWorkbook.active === 'Mijn taakstelling');
    // A write adds its record; the list is read again.
    await showTab(page, 'Bladen');
    await card(page, 'oda')
      .getByRole('button', { name: /^Schrijf blad/ })
      .click();
    await resultOf(page, 'oda');
    await showTab(page, 'Werkmap');
    await page.locator('li[data-sheet]').nth(3).waitFor();
    expect(((await workbook(page)).xmlParts ?? []).length).toBe(4);
    expect(errors).toEqual([]);
  });

  it('follows a dark Office theme and English display language', async () => {
    const { page, errors } = await openPane({ language: 'en-US', background: '#1f1f1f' });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('AENM Budget');
    expect(await page.locator('main').getAttribute('data-theme')).toBe('dark');
    await showTab(page, 'Scenarios');
    expect(await page.getByLabel('Asylum inflow (A) 2028', { exact: true }).getAttribute('placeholder')).toBe('24,730');
    expect(errors).toEqual([]);
  });

  it('asks for no API set before writing: the manifest (SharedRuntime 1.1, ExcelApi 1.7) already guarantees them (issue 10 item 8)', async () => {
    // A host that claims only ExcelApi 1.1 cannot install the add-in; the pane no longer checks, so it writes.
    const { page } = await openPane({ excelApi: '1.1' });
    await card(page, 'oda')
      .getByRole('button', { name: /^Schrijf blad/ })
      .click();
    const text = await resultOf(page, 'oda');
    expect(text).not.toContain('ExcelApi');
    expect((await workbook(page)).order).toEqual(['ODA-toerekening']);
    expect((await workbook(page)).active).toBe('ODA-toerekening');
  });
});
