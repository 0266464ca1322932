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

export interface PageTimes {
  /** Median ms from navigation start to each mark the page reached (all from the same page loads). */
  readonly ms: Partial<Record<Mark, number>>;
  /** Script URLs run by registration / fetched by the first render, from the last load. */
  readonly registeredScripts: readonly string[];
  readonly firstRenderScripts: readonly string[];
}

/**
 * Loads `page` in `repeats` fresh browser contexts (plus one unmeasured warm-up) and waits
 * for `until` each time; every mark reached by then is recorded from the same loads, so the
 * moments of one page are comparable with each other.
 */
export async function pageTimes(browser: Browser, server: StaticServer, page: string, until: Mark, expected: number, repeats: number): Promise<PageTimes> {
  const samples: Partial<Record<Mark, number[]>> = {};
  let registeredScripts: string[] = [];
  let firstRenderScripts: string[] = [];
  for (let i = 0; i < repeats + 1; i++) {
    const context = await browser.newContext();
    try {
      await stubOfficeJs(context, server.origin, {});
      await context.addInitScript({ content: probe(expected) });
      const tab = await context.newPage();
      if (page === 'blank') await tab.route(`${server.origin}/__blank.html`, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: BLANK }));
      await tab.goto(server.url(page === 'blank' ? '__blank.html' : page), { waitUntil: 'load' });
      await tab.waitForFunction(
        (m) => {
          const w = window as unknown as { __bench: Record<string, number> };
          if (m === 'load') {
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            return nav && nav.loadEventEnd > 0;
          }
          return w.__bench[m] !== undefined;
        },
        until,
        { timeout: 20_000 },
      );
      const got = await tab.evaluate(() => {
        const b = (window as unknown as { __bench: Record<string, unknown> }).__bench;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return { ...b, load: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : undefined };
      });
      if (i > 0) {
        // the first load warms Chromium's caches and code
        for (const mark of ['registered', 'skeleton', 'firstRender', 'load'] as const) {
          const v = (got as Record<string, unknown>)[mark];
          if (typeof v === 'number') (samples[mark] ??= []).push(v);
        }
      }
      const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
      registeredScripts = list((got as Record<string, unknown>).registeredScripts);
      firstRenderScripts = list((got as Record<string, unknown>).firstRenderScripts);
    } finally {
      await context.close();
    }
  }
  const ms: Partial<Record<Mark, number>> = {};
  for (const [mark, values] of Object.entries(samples) as [Mark, number[]][]) ms[mark] = median(values);
  return { ms, registeredScripts, firstRenderScripts };
}
