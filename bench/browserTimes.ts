// Page timings in headless Chromium, against a blank page served from the same origin
// (with the same Office.js tag, stubbed): the difference is our code, not Chromium.
// Moments are read inside the page (performance.now(), origin = navigation start), not
// by polling from Node, so the figures carry no polling delay.
import type { Browser } from 'playwright-core';
import { stubOfficeJs } from '../tests/browser/support/office';
import type { StaticServer } from '../tests/browser/support/server';
import { OFFICE_JS } from './dist';
import { median } from './stats';

const BLANK = `<!doctype html><html><head><meta charset="utf-8"><script src="${OFFICE_JS}"></script></head><body></body></html>`;

/**
 * Runs in the page before its scripts. Records when the expected number of custom
 * functions has been associated (wrapping the stub's CustomFunctions as it is assigned),
 * and when #root first gets content (React's first render).
 */
const probe = (expected: number): string => `(() => {
  const marks = (window.__bench = {});
  let cf;
  Object.defineProperty(window, 'CustomFunctions', {
    configurable: true,
    get: () => cf,
    set: (value) => {
      const associate = value.associate;
      value.associate = function () {
        const r = associate.apply(this, arguments);
        if (marks.registered === undefined && (window.__registered || []).length >= ${expected}) marks.registered = performance.now();
        return r;
      };
      cf = value;
    },
  });
  const seen = new MutationObserver(() => {
    const root = document.getElementById('root');
    if (root && root.firstChild) { marks.firstRender = performance.now(); seen.disconnect(); }
  });
  seen.observe(document, { childList: true, subtree: true });
})();`;

export type Mark = 'registered' | 'firstRender' | 'load';

/** Median milliseconds from navigation start to `mark` over `repeats` fresh browser contexts. */
export async function pageTime(browser: Browser, server: StaticServer, page: string, mark: Mark, expected: number, repeats: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats + 1; i++) {
    const context = await browser.newContext();
    try {
      await stubOfficeJs(context, server.origin, {});
      await context.addInitScript({ content: probe(expected) });
      const tab = await context.newPage();
      if (page === 'blank') await tab.route(`${server.origin}/__blank.html`, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: BLANK }));
      await tab.goto(server.url(page === 'blank' ? '__blank.html' : page), { waitUntil: 'load' });
      const ms = await tab.waitForFunction(
        (m) => {
          const w = window as unknown as { __bench: Record<string, number> };
          if (m === 'load') {
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            return nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : null;
          }
          return w.__bench[m] ?? null;
        },
        mark,
        { timeout: 20_000 },
      );
      const value = (await ms.jsonValue()) as number;
      if (i > 0) times.push(value); // the first run warms Chromium's caches and code
    } finally {
      await context.close();
    }
  }
  return median(times);
}
