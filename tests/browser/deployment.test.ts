// Issue 10 items 7 and 9, on a real production build made by the README's recipe for another
// origin with Office.js self-hosted (built once, into a temp folder: dist/ is left alone):
//  - item 7: one setting (the origin) moves every URL of the manifest, functions.json and the help
//    pages; no emitted file of ours names the dev server any more;
//  - item 9: the pages load the REAL Office.js (the @microsoft/office-js copy in the build, no stub)
//    under the production CSP, outside Office: no page error, the pane starts in download mode, the
//    functions page registers every function, and the only CSP reports are the two we decided to
//    leave blocked (README, "Office.js: CDN or self-hosted").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveDir, type StaticServer } from './support';

const ROOT = path.resolve(__dirname, '../..');
const ORIGIN = 'https://begroting.example.org/aenm/';
const OUT = mkdtempSync(path.join(tmpdir(), 'aenm-deploy-'));

/** Every file under `dir`, relative, with "/" separators. */
const filesUnder = (dir: string, prefix = ''): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
const urlsIn = (text: string): string[] => [...text.matchAll(/https?:\/\/[^\s"'<>\\)`]+/g)].map((m) => m[0]);

/** Records every CSP violation before the page's own scripts run. */
const RECORD_CSP = `window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline"));
}, true);`;

/**
 * The reports real Office.js (1.1.110) causes outside Office, both left blocked: it frames
 * Microsoft's telemetry service (no telemetry: frame-src stays 'self' through default-src), and
 * it styles that hidden frame with a style attribute (allowing it would need 'unsafe-inline' in
 * style-src-attr, for a frame that is blocked anyway). Nothing else may be reported.
 */
const EXPECTED_CSP_REPORTS = ['style-src-attr inline', 'frame-src https://telemetryservice.firstpartyapps.oaspapps.com'];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // The README's recipe (section "Deployment"), with outDir so the test writes only to a temp folder.
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', 'build', '--', '--env', `origin=${ORIGIN}`, '--env', 'officeJs=self', '--env', `outDir=${OUT}`], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`production build failed:\n${run.stdout}\n${run.stderr}`);
  server = await serveDir(OUT);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(OUT, { recursive: true, force: true });
});

describe('one origin setting (item 7)', () => {
  it('moves every URL of the manifest and every helpUrl to the origin', () => {
    const manifest = readFileSync(path.join(OUT, 'manifest.xml'), 'utf8');
    const manifestUrls = urlsIn(manifest).filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(manifestUrls.length).toBeGreaterThan(8);
    expect(manifestUrls.filter((u) => !u.startsWith(ORIGIN))).toEqual([]);
    // Each of them is a file of the build.
    const emitted = new Set(filesUnder(OUT));
    expect(manifestUrls.map((u) => u.slice(ORIGIN.length)).filter((f) => !emitted.has(f))).toEqual([]);

    const functions = JSON.parse(readFileSync(path.join(OUT, 'functions.json'), 'utf8')) as { functions: { id: string; helpUrl?: string }[] };
    expect(functions.functions.length).toBeGreaterThan(5);
    for (const f of functions.functions) {
      expect({ id: f.id, helpUrl: f.helpUrl?.startsWith(ORIGIN) }).toEqual({ id: f.id, helpUrl: true });
      expect(emitted.has(f.helpUrl!.slice(ORIGIN.length))).toBe(true);
    }
  });

  it('leaves no dev-server URL in any file of ours, and the pages name no other origin', () => {
    const ours = filesUnder(OUT).filter((f) => !f.startsWith('office-js/') && /\.(html|xml|json|js|txt)$/.test(f));
    expect(ours.length).toBeGreaterThan(10);
    const dev = ours.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(path.join(OUT, f), 'utf8')));
    expect(dev).toEqual([]);
    for (const page of ours.filter((f) => f.endsWith('.html'))) {
      const foreign = urlsIn(readFileSync(path.join(OUT, page), 'utf8')).filter((u) => !u.startsWith(ORIGIN));
      expect({ page, foreign }).toEqual({ page, foreign: [] });
    }
  });
});

describe('real Office.js, self-hosted, under the production CSP, outside Office (item 9)', () => {
  async function open(pathname: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
    const context = await browser.newContext();
    const foreign: string[] = [];
    // Nothing may leave the add-in's origin: a request elsewhere is recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      foreign.push(url);
      return route.abort('blockedbyclient');
    });
    await context.addInitScript({ content: RECORD_CSP });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url(pathname));
    return { page, errors, foreign };
  }
  /** The page's CSP reports, once Office.js has made the ones it makes (it frames telemetry a few seconds after onReady). */
  const reports = async (page: Page): Promise<string[]> => {
    await page.waitForFunction((n) => (window as unknown as { __csp: string[] }).__csp.length >= n, EXPECTED_CSP_REPORTS.length, { timeout: 20_000 }).catch(() => undefined);
    await page.waitForTimeout(2_000); // and any later one
    return page.evaluate(() => [...(window as unknown as { __csp: string[] }).__csp].sort());
  };

  it('the pages load office-js/office.js from their own origin and their CSP names no CDN', () => {
    for (const page of ['taskpane.html', 'functions.html']) {
      const html = readFileSync(path.join(OUT, page), 'utf8');
      expect(html).toMatch(/<script src="?office-js\/office\.js"?><\/script>/); // the build minifies the HTML
      expect(html).not.toContain('appsforoffice');
      expect(/script-src ([^;"]*)/.exec(html)![1]).toBe("'self'");
    }
  });

  it('taskpane.html starts in download mode with no page error and only the decided CSP reports', async () => {
    const { page, errors, foreign } = await open('taskpane.html');
    await page.getByText('Geopend buiten Excel').waitFor({ timeout: 30_000 });
    // Office.js is real, loaded from the build, and outside Office its onReady says so itself with
    // host null: what src/taskpane/boot/officeReady.ts relies on, with no timeout (item 3).
    const info = await page.evaluate(() => (window as unknown as { Office: { onReady(): Promise<{ host: unknown; platform: unknown }> } }).Office.onReady());
    expect(info).toEqual(expect.objectContaining({ host: null, platform: null }));
    const csp = await reports(page);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(csp).toEqual([...EXPECTED_CSP_REPORTS].sort());
    await page.context().close();
  });

  it('functions.html registers every function of functions.json with the real CustomFunctions', async () => {
    const { page, errors, foreign } = await open('functions.html');
    const ids = (JSON.parse(readFileSync(path.join(OUT, 'functions.json'), 'utf8')) as { functions: { id: string }[] }).functions.map((f) => f.id).sort();
    // Office.js keeps CustomFunctions.associate's mappings in CustomFunctions._association (1.1.110).
    const registered = async (): Promise<string[]> =>
      page.evaluate(() => {
        const association = (window as unknown as { CustomFunctions?: { _association?: { m_mappings?: Record<string, unknown> } } }).CustomFunctions?._association;
        return Object.keys(association?.m_mappings ?? {}).sort();
      });
    await page.waitForFunction((n) => Object.keys((window as unknown as { CustomFunctions?: { _association?: { m_mappings?: object } } }).CustomFunctions?._association?.m_mappings ?? {}).length >= n, ids.length, { timeout: 30_000 });
    expect(await registered()).toEqual(ids);
    const csp = await reports(page);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(csp).toEqual([...EXPECTED_CSP_REPORTS].sort());
    await page.context().close();
  });
});
