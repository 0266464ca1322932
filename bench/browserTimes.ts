// Page timings in headless Chromium, against a blank page served from the same origin
// with the same Office.js tag (the stand-in): the difference is our code, not Chromium.
// Moments are read inside the page (performance.now(), origin = navigation start), not
// by polling from Node, so the figures carry no polling delay. With each moment the page
// also records which of its scripts had run (registration) or been fetched (first render),
// so the bench can say how much code each moment waited for.
//
// How the loads are taken, so that the ratio is our code's and not the harness's or the
// machine's drift (issue 15: the same build gave 1,4× and 1,75× on one day):
//  - no request interception (bench/dist.ts): both pages are served plainly by the server;
//  - the blank page and the measured pages are loaded in turn (blank, page, blank, page, …),
//    so a slower minute of the machine falls on both;
//  - each load gets a fresh browser context (a cold start, as at workbook open) and starts
//    only after the previous context has been closed and the machine has had SETTLE_MS to
//    finish tearing it down (closing a context's renderer takes CPU on a 2-core machine).
import type { Browser, BrowserContext } from 'playwright-core';
import { probe } from '../tests/browser/support/loadProbe';
import type { StaticServer } from '../tests/browser/support/server';
import { OFFICE_JS_PATH } from './dist';
import { median, quartiles } from './stats';

/** The baseline page: nothing but the Office.js tag the measured pages have. */
export const BLANK_PAGE = '__blank.html';
export const BLANK_HTML = `<!doctype html><html><head><meta charset="utf-8"><script src="${OFFICE_JS_PATH}"></script></head><body></body></html>`;

/** Chromium flags for the bench: no name resolves but 127.0.0.1, so nothing leaves the machine (without interception). */
export const OFFLINE_ARGS: readonly string[] = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

const SETTLE_MS = 300;

const MARKS = ['registered', 'skeleton', 'firstRender', 'load'] as const;
export type Mark = (typeof MARKS)[number];

export interface PageTimes {
  /** Median ms from navigation start to each mark the page reached (all from the same page loads). */
  readonly ms: Partial<Record<Mark, number>>;
  /** The middle half of each mark's loads (lower and upper quartile), ms. */
  readonly spread: Partial<Record<Mark, [number, number]>>;
  /** Script URLs run by registration / fetched by the first render, from the last load. */
  readonly registeredScripts: readonly string[];
  readonly firstRenderScripts: readonly string[];
}

export interface Measured {
  readonly page: string;
  /** Mark the load waits for: 'load' for the blank page, 'firstRender' for a pane page. */
  readonly until: Mark;
}

interface Sample {
  readonly marks: Partial<Record<Mark, number>>;
  readonly registeredScripts: string[];
  readonly firstRenderScripts: string[];
}

async function loadOnce(browser: Browser, server: StaticServer, m: Measured, expected: number): Promise<Sample> {
  const context: BrowserContext = await browser.newContext();
  try {
    await context.addInitScript({ content: probe(expected) });
    const tab = await context.newPage();
    await tab.goto(server.url(m.page), { waitUntil: 'load' });
    await tab.waitForFunction(
      (mark) => {
        if (mark === 'load') {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return nav !== undefined && nav.loadEventEnd > 0;
        }
        return (window as unknown as { __bench: Record<string, number> }).__bench[mark] !== undefined;
      },
      m.until,
      { timeout: 20_000 },
    );
    const got = (await tab.evaluate(() => {
      const b = (window as unknown as { __bench: Record<string, unknown> }).__bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { ...b, load: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : undefined };
    })) as Record<string, unknown>;
    const marks: Partial<Record<Mark, number>> = {};
    for (const mark of MARKS) if (typeof got[mark] === 'number') marks[mark] = got[mark];
    const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
    return { marks, registeredScripts: list(got.registeredScripts), firstRenderScripts: list(got.firstRenderScripts) };
  } finally {
    await context.close();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

/**
 * Loads each of `pages` `repeats` times, in turn (plus one unmeasured round that warms
 * Chromium's code and the server), and returns the median of every mark per page.
 */
export async function pageTimes(browser: Browser, server: StaticServer, pages: readonly Measured[], expected: number, repeats: number): Promise<Map<string, PageTimes>> {
  const samples = new Map<string, Sample[]>(pages.map((m) => [m.page, []]));
  for (let round = 0; round < repeats + 1; round++) {
    for (const m of pages) {
      const s = await loadOnce(browser, server, m, expected);
      if (round > 0) samples.get(m.page)!.push(s);
    }
  }
  const out = new Map<string, PageTimes>();
  for (const [page, list] of samples) {
    const ms: Partial<Record<Mark, number>> = {};
    const spread: Partial<Record<Mark, [number, number]>> = {};
    for (const mark of MARKS) {
      const values = list.map((s) => s.marks[mark]).filter((v): v is number => v !== undefined);
      if (values.length > 0) {
        ms[mark] = median(values);
        spread[mark] = quartiles(values);
      }
    }
    const last = list[list.length - 1];
    out.set(page, { ms, spread, registeredScripts: last?.registeredScripts ?? [], firstRenderScripts: last?.firstRenderScripts ?? [] });
  }
  return out;
}
