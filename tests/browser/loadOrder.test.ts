// The page the manifest names for the shared runtime (taskpane.html) registers every custom
// function before React renders anything, from its first script alone (issue 15 item 1); and
// when Office.js cannot load, the pane starts in download mode with one line saying so, with
// no page error, overlay or blank page (issue 16 item 6).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestPagesIn } from '../../bench/manifestPages';
import { DIST_DIR, useAddinHarness } from './support';
import { probe } from './support/loadProbe';

const harness = useAddinHarness();
const FAKE_EXCEL = readFileSync(path.join(__dirname, 'support/fakeExcelBrowser.js'), 'utf8');
const ids = (): string[] => (JSON.parse(readFileSync(path.join(DIST_DIR, 'functions.json'), 'utf8')) as { functions: { id: string }[] }).functions.map((f) => f.id);

interface Marks {
  registered?: number;
  firstRender?: number;
  registeredScripts?: string[];
  fetchedAtRegistration?: string[];
  renderedBeforeRegistration?: boolean;
}

const fileOf = (url: string): string => new URL(url).pathname.replace(/^\/+/, '');

describe('load order on the shared-runtime page', () => {
  const page = manifestPagesIn(DIST_DIR).functionsPage;

  it("the manifest's functions page is taskpane.html", () => {
    expect(page).toBe('taskpane.html');
  });

  it.each([
    ['outside Office (host null)', { host: null }, ''],
    ['in Excel', { host: 'Excel', platform: 'OfficeOnline', requirements: { ExcelApi: '1.7' } }, FAKE_EXCEL],
  ])('%s: every function is registered before the first React render, by functions.js alone', async (_label, office, extra) => {
    const opened = await harness.open(page, { office, initScript: `${probe(ids().length)}\n${extra}` });
    await opened.page.locator('#root h1').waitFor();
    const marks = await opened.page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);
    expect([...(await opened.registeredIds())].sort()).toEqual(ids().sort());
    expect(typeof marks.registered).toBe('number');
    expect(typeof marks.firstRender).toBe('number');
    expect(marks.registered!).toBeLessThan(marks.firstRender!);
    expect(marks.renderedBeforeRegistration).toBe(false);
    // The only own script that had run: functions.js (Office.js aside).
    expect(marks.registeredScripts!.filter((u) => u.startsWith(harness.server.origin)).map(fileOf)).toEqual(['functions.js']);
    // React, Fluent and the pane were not even fetched yet.
    expect(marks.fetchedAtRegistration!.map(fileOf).filter((f) => /ui-vendor|^pane\./.test(f))).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('Office.js cannot load (404)', () => {
  it('the pane starts in download mode with a one-line notice; no page error, no overlay', async () => {
    const opened = await harness.open('taskpane.html', { office: { unavailable: true } });
    const notice = opened.page.getByTestId('office-unavailable');
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toMatch(/Office\.js/);
    expect(text.trim().split('\n')).toHaveLength(1);
    await expect(opened.page.getByTestId('download-xlsx').isVisible()).resolves.toBe(true);
    await expect(opened.page.locator('h2').count()).resolves.toBeGreaterThan(3);
    await expect(opened.page.locator('#webpack-dev-server-client-overlay').count()).resolves.toBe(0);
    // Only the failed request itself is reported, never "CustomFunctions is not defined".
    expect(opened.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
    expect(await opened.page.evaluate(() => (window as unknown as { __registered?: unknown }).__registered)).toBeUndefined();
  });

  it('an action still works: the ODA sheet comes as an .xlsx download', async () => {
    const opened = await harness.open('taskpane.html', { office: { unavailable: true } });
    const card = opened.page.locator('section[data-action="oda"]');
    const download = opened.page.waitForEvent('download');
    await card.getByRole('button', { name: /^Schrijf blad/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    expect(opened.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
  });
});
