// Page timings in headless Chromium, against a blank page served from the same origin
// (with the same Office.js tag, stubbed): the difference is our code, not Chromium.
// Moments are read inside the page (performance.now(), origin = navigation start), not
// by polling from Node, so the figures carry no polling delay. With each moment the page
// also records which of its scripts had run (registration) or been fetched (first render),
// so the bench can say how much code each moment waited for.
import type { Browser } from 'playwright-core';
import { stubOfficeJs } from '../tests/browser/support/office';
import { probe } from '../tests/browser/support/loadProbe';
import type { StaticServer } from '../tests/browser/support/server';
import { OFFICE_JS } from './dist';
import { median } from './stats';

const BLANK = `<!doctype html><html><head><meta charset="utf-8"><script src="${OFFICE_JS}"></script></head><body></body></html>`;

export type Mark = 'registered' | 'skeleton' | 'firstRender' | 'load';

export interface PageTime {
  /** Median ms from navigation start to the mark. */
  readonly ms: number;
  /** Script URLs run (registered) or fetched (firstRender) by the mark, from the last run. */
  readonly scripts: readonly string[];
}

/** Median milliseconds from navigation start to `mark` over `repeats` fresh browser contexts. */
export async function pageTime(browser: Browser, server: StaticServer, page: string, mark: Mark, expected: number, repeats: number): Promise<PageTime> {
  const times: number[] = [];
  let scripts: string[] = [];
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
      scripts = await tab.evaluate((m) => {
        const b = (window as unknown as { __bench: Record<string, unknown> }).__bench;
        const list = m === 'registered' ? b.registeredScripts : m === 'firstRender' ? b.firstRenderScripts : undefined;
        return Array.isArray(list) ? (list as string[]) : [];
      }, mark);
    } finally {
      await context.close();
    }
  }
  return { ms: median(times), scripts };
}
