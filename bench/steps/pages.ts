// Steps 3 and 4, on the pages Excel loads as the built manifest names them (manifestPages.ts):
// how much code runs before the custom functions are registered and before the pane's first
// render (gzipped), and how long each takes in headless Chromium against a blank page with
// the same Office.js tag (issue 15 items 1–3). functions.html is not measured here: Excel
// does not load it with this manifest (shared runtime); it exists for tests only.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../tests/browser/support/browser';
import { OFFICE_STUB } from '../../tests/browser/support/office';
import { serveDir } from '../../tests/browser/support/server';
import { BLANK_HTML, BLANK_PAGE, OFFLINE_ARGS, pageTimes, type Mark, type Measured, type PageTimes } from '../browserTimes';
import { benchFunctionsInBrowser } from './functionsInBrowser';
import { gzipBytes, isOfficeJs, OFFICE_JS_PATH, pageScripts } from '../dist';
import { figure, guarded, type StepResult } from '../figures';
import { manifestPagesIn } from '../manifestPages';

/** Issue 15 targets, each against the blank page measured in the same run (KB = 1.000 B, the stricter reading). */
const REGISTER_GZIP_LIMIT = 30_000;
const REGISTER_RATIO = 1.5;
const FIRST_RENDER_GZIP_LIMIT = 120_000;
const FIRST_RENDER_RATIO = 4;
const REPEATS = 15;
const UI = /ui-vendor|(^|\/)pane\./;

/** Same-origin script URLs → files in the build (query and origin dropped; Office.js excluded). */
function files(origin: string, urls: readonly string[]): string[] {
  return [...new Set(urls.filter((u) => u.startsWith(`${origin}/`)).map((u) => decodeURIComponent(new URL(u).pathname.replace(/^\/+/, ''))))].filter((f) => !isOfficeJs(f));
}

export async function benchPages(dir: string): Promise<StepResult[]> {
  const metadata = JSON.parse(readFileSync(path.join(dir, 'functions.json'), 'utf8')) as { functions: unknown[] };
  const expected = metadata.functions.length;
  const pages = manifestPagesIn(dir);
  const fnPage = pages.functionsPage;
  const panePage = pages.panePage;
  if (!pages.sharedRuntime) throw new Error('manifest has no shared runtime: measure the <Script> page instead (not implemented)');
  const server = await serveDir(dir, { [OFFICE_JS_PATH]: OFFICE_STUB, [`/${BLANK_PAGE}`]: BLANK_HTML });
  const browser = await launchChromium(OFFLINE_ARGS);
  try {
    // One series of loads of the manifest's page gives registration, skeleton and first render
    // alike; the blank page is loaded in turn with it (bench/browserTimes.ts).
    const measured: Measured[] = [
      { page: BLANK_PAGE, until: 'load' },
      { page: fnPage, until: 'firstRender' },
    ];
    if (panePage !== fnPage) measured.push({ page: panePage, until: 'firstRender' });
    const times = await pageTimes(browser, server, measured, expected, REPEATS);
    const blankTimes = times.get(BLANK_PAGE)!;
    const blank = { ms: blankTimes.ms.load ?? Number.NaN };
    const middle = (t: PageTimes, mark: Mark): string => {
      const q = t.spread[mark];
      return q ? `; middle half ${Math.round(q[0])}–${Math.round(q[1])}` : '';
    };
    const loads = times.get(fnPage)!;
    const paneLoads = times.get(panePage)!;
    const blankLabel = `blank page + Office.js tag: load event, loaded in turn with the page (median of ${REPEATS}${middle(blankTimes, 'load')})`;
    const functions = await guarded(`custom-functions runtime: ${fnPage} (manifest CustomFunctions <Page>, shared runtime)`, async () => {
      const registered = { ms: loads.ms.registered ?? Number.NaN };
      const before = files(server.origin, loads.registeredScripts);
      const gz = gzipBytes(dir, before);
      return [
        figure({
          measure: `${fnPage}: code run before all ${expected} functions are registered (${before.join(', ')})`,
          value: gz,
          unit: 'bytes gzip -9',
          baseline: null,
          baselineLabel: '—',
          target: `≤ ${REGISTER_GZIP_LIMIT.toLocaleString('en')} B, no React/Fluent`,
          meetsTarget: gz <= REGISTER_GZIP_LIMIT && !before.some((f) => UI.test(f)),
        }),
        figure({
          measure: `${fnPage}: navigation start → all ${expected} functions registered`,
          value: registered.ms,
          unit: `ms (median of ${REPEATS}${middle(loads, 'registered')})`,
          baseline: blank.ms,
          baselineLabel: blankLabel,
          target: `≤ ${REGISTER_RATIO}× baseline`,
          meetsTarget: registered.ms <= REGISTER_RATIO * blank.ms,
        }),
      ];
    });
    const pane = await guarded(`task pane: ${panePage} (manifest ShowTaskpane)`, async () => {
      const skeleton = { ms: paneLoads.ms.skeleton ?? Number.NaN };
      const firstRender = { ms: paneLoads.ms.firstRender ?? Number.NaN };
      const before = files(server.origin, paneLoads.firstRenderScripts);
      const gz = gzipBytes(dir, before);
      const initial = pageScripts(dir, panePage);
      const lazy = readdirSync(dir).filter((f) => f.endsWith('.js') && !before.includes(f) && !initial.includes(f));
      return [
        figure({
          measure: `${panePage}: code fetched before the first render (${before.length} files: ${before.join(', ')}; later, lazily: ${gzipBytes(dir, lazy).toLocaleString('en')} B in ${lazy.length})`,
          value: gz,
          unit: 'bytes gzip -9',
          baseline: null,
          baselineLabel: '—',
          target: `≤ ${FIRST_RENDER_GZIP_LIMIT.toLocaleString('en')} B`,
          meetsTarget: gz <= FIRST_RENDER_GZIP_LIMIT,
        }),
        figure({
          measure: `${panePage}: navigation start → skeleton shown`,
          value: skeleton.ms,
          unit: `ms (median of ${REPEATS}${middle(paneLoads, 'skeleton')})`,
          baseline: blank.ms,
          baselineLabel: blankLabel,
          target: '— (reported)',
          meetsTarget: null,
        }),
        figure({
          measure: `${panePage}: navigation start → first React render of #root`,
          value: firstRender.ms,
          unit: `ms (median of ${REPEATS}${middle(paneLoads, 'firstRender')})`,
          baseline: blank.ms,
          baselineLabel: blankLabel,
          target: `≤ ${FIRST_RENDER_RATIO}× baseline`,
          meetsTarget: firstRender.ms <= FIRST_RENDER_RATIO * blank.ms,
        }),
      ];
    });
    const calls = await guarded(`custom functions over many cells, production bundle on ${fnPage}`, () => benchFunctionsInBrowser(browser, server, fnPage));
    return [calls, functions, pane];
  } finally {
    await browser.close();
    await server.close();
  }
}
