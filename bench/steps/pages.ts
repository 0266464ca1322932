// Steps 3 and 4: what the custom-functions runtime and the task pane must load (gzipped),
// and how long until the functions are registered / the pane first renders, in headless
// Chromium against a blank page. Targets: the functions' code ≤ 50 KB gzipped and no
// React/Fluent on functions.html (functions register without waiting for the UI).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../tests/browser/support/browser';
import { serveDir } from '../../tests/browser/support/server';
import { pageTime } from '../browserTimes';
import { benchFunctionsInBrowser } from './functionsInBrowser';
import { gzipBytes, pageScripts, rawBytes } from '../dist';
import { figure, guarded, type StepResult } from '../figures';

const FUNCTIONS_GZIP_LIMIT = 50 * 1024;
const REPEATS = 7;
const UI_VENDOR = /ui-vendor/;

export async function benchPages(dir: string): Promise<StepResult[]> {
  const metadata = JSON.parse(readFileSync(path.join(dir, 'functions.json'), 'utf8')) as { functions: unknown[] };
  const expected = metadata.functions.length;
  const functionsScripts = pageScripts(dir, 'functions.html');
  const paneScripts = pageScripts(dir, 'taskpane.html');
  const lazy = readdirSync(dir).filter((f) => f.endsWith('.js') && !paneScripts.includes(f) && !functionsScripts.includes(f));

  const server = await serveDir(dir);
  const browser = await launchChromium();
  try {
    const blank = await pageTime(browser, server, 'blank', 'load', expected, REPEATS);
    const functions = await guarded('custom-functions runtime', async () => {
      const registered = await pageTime(browser, server, 'functions.html', 'registered', expected, REPEATS);
      const gz = gzipBytes(dir, functionsScripts);
      return [
        figure({
          measure: `functions.html scripts gzipped (${functionsScripts.join(', ')}; ${rawBytes(dir, functionsScripts).toLocaleString('en')} B raw)`,
          value: gz,
          unit: 'bytes gzip -9',
          baseline: null,
          baselineLabel: '—',
          target: `≤ ${FUNCTIONS_GZIP_LIMIT.toLocaleString('en')} B, no ui-vendor`,
          meetsTarget: gz <= FUNCTIONS_GZIP_LIMIT && !functionsScripts.some((f) => UI_VENDOR.test(f)),
        }),
        figure({
          measure: `functions.html: navigation start → all ${expected} functions registered`,
          value: registered,
          unit: 'ms (median of 7)',
          baseline: blank,
          baselineLabel: 'blank page + Office.js tag: load event',
          target: 'no wait for React/Fluent',
          meetsTarget: !functionsScripts.some((f) => UI_VENDOR.test(f)),
        }),
      ];
    });
    const pane = await guarded('task pane', async () => {
      const firstRender = await pageTime(browser, server, 'taskpane.html', 'firstRender', expected, REPEATS);
      const registered = await pageTime(browser, server, 'taskpane.html', 'registered', expected, REPEATS);
      return [
        figure({
          measure: `taskpane.html scripts gzipped (${paneScripts.length} files; lazy chunks not counted: ${gzipBytes(dir, lazy).toLocaleString('en')} B in ${lazy.length})`,
          value: gzipBytes(dir, paneScripts),
          unit: 'bytes gzip -9',
          baseline: gzipBytes(dir, functionsScripts),
          baselineLabel: 'functions.html scripts',
          target: '— (reported)',
          meetsTarget: null,
        }),
        figure({
          measure: 'taskpane.html: navigation start → first render of #root',
          value: firstRender,
          unit: 'ms (median of 7)',
          baseline: blank,
          baselineLabel: 'blank page + Office.js tag: load event',
          target: '— (reported)',
          meetsTarget: null,
        }),
        figure({
          measure: `taskpane.html (shared runtime): navigation start → all ${expected} functions registered`,
          value: registered,
          unit: 'ms (median of 7)',
          baseline: blank,
          baselineLabel: 'blank page + Office.js tag: load event',
          target: '— (reported)',
          meetsTarget: null,
        }),
      ];
    });
    const calls = await guarded('custom function, 100,000 cells, production bundle', () => benchFunctionsInBrowser(browser, server));
    return [calls, functions, pane];
  } finally {
    await browser.close();
    await server.close();
  }
}
