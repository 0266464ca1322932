// Jest wiring: one static server + one Chromium per test file, a fresh context per page.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { stubOfficeJs, type OfficeStubConfig } from './office';
import { serveDir, type StaticServer } from './server';

export const DIST_DIR = path.resolve(__dirname, '../../../dist');

export interface OpenOptions {
  office?: OfficeStubConfig;
  /** Script run in the page before any of its own scripts, e.g. to install a fake `Excel`. */
  initScript?: string;
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console.error messages, in order. */
  errors: string[];
  /** Every request URL the page has made so far (including blocked ones). */
  requests: string[];
  /** Requests refused because they left 127.0.0.1 (other than Office.js). */
  blocked: string[];
  /** Custom function ids passed to CustomFunctions.associate, in order. */
  registeredIds(): Promise<string[]>;
  /** Calls a registered custom function inside the page; arguments must be serialisable. */
  callFunction(id: string, ...args: unknown[]): Promise<unknown>;
}

export interface AddinHarness {
  readonly server: StaticServer;
  /** Opens e.g. "taskpane.html" from dist/ and waits for the load event. */
  open(pathname: string, options?: OpenOptions): Promise<OpenedPage>;
}

/** Call at the top of a browser test file; registers beforeAll/afterEach/afterAll hooks. */
export function useAddinHarness(distDir: string = DIST_DIR): AddinHarness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(distDir, 'taskpane.html'))) {
      throw new Error(`${distDir} has no build: run \`npm run build\` first`);
    }
    server = await serveDir(distDir);
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      if (!server) throw new Error('harness not started (use it inside a test)');
      return server;
    },
    async open(pathname, options = {}) {
      if (!browser || !server) throw new Error('harness not started (use it inside a test)');
      const context = await browser.newContext();
      contexts.push(context);
      const blocked = await stubOfficeJs(context, server.origin, options.office);
      if (options.initScript) await context.addInitScript({ content: options.initScript });
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(server.url(pathname));
      return {
        page,
        errors,
        requests,
        blocked,
        registeredIds: () => page.evaluate(() => [...(window as unknown as { __registered: string[] }).__registered]),
        callFunction: (id, ...args) =>
          page.evaluate(
            ([fid, fargs]) => {
              const fns = (window as unknown as { __functions: Record<string, (...a: unknown[]) => unknown> }).__functions;
              const fn = fns[fid as string];
              if (!fn) throw new Error(`no custom function registered as ${String(fid)}`);
              return fn(...(fargs as unknown[]));
            },
            [id, args] as const,
          ),
      };
    },
  };
}
