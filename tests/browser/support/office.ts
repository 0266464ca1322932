// Serves office-stub.js in place of the Office.js CDN script and blocks every other
// request that does not go to the local server, recording it so tests can assert
// "no external requests" (telemetry, fonts, CDNs would all show up here).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The stand-in's source (the bench serves it from the page's own origin instead of routing). */
export const OFFICE_STUB = readFileSync(path.join(__dirname, 'office-stub.js'), 'utf8');

/** What the stub's Office.onReady resolves with, and which requirement sets it claims. */
export interface OfficeStubConfig {
  host?: string | null; // default null: "not running inside Office"
  platform?: string | null;
  requirements?: Record<string, string>; // e.g. { ExcelApi: "1.12" } for isSetSupported
  /** Office.js cannot be loaded: its URL answers 404 (a proxy or an offline dev box). */
  unavailable?: boolean;
}

/** Routes all requests of `context`; returns the live list of blocked URLs. */
export async function stubOfficeJs(context: BrowserContext, allowedOrigin: string, config: OfficeStubConfig = {}): Promise<string[]> {
  const blocked: string[] = [];
  await context.addInitScript((c) => {
    (window as unknown as { __officeStubConfig: unknown }).__officeStubConfig = c;
  }, config);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      if (config.unavailable) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB });
    }
    if (url.startsWith(`${allowedOrigin}/`)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}
