// Offline and least privilege, on the production build (dist/): every page makes no request
// outside its own origin except Office.js, keeps to its Content-Security-Policy (no
// `securitypolicyviolation` while it works), and the bundle names no telemetry endpoint.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR as DEFAULT_DIST, OFFICE_JS_URL, useAddinHarness, type OpenedPage } from './support';

// AENM_DIST_DIR: check another production build (e.g. one made with --output-path elsewhere).
const DIST_DIR = process.env.AENM_DIST_DIR ?? DEFAULT_DIST;
const harness = useAddinHarness(DIST_DIR);

/** Runs before the page's scripts: records every CSP violation the page reports. */
const RECORD_CSP = `window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + (e.sample ? " (" + e.sample + ")" : ""));
}, true);`;

/** sha256 of the empty string: Griffel's <style> elements start empty and are filled through CSSOM. */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

const violations = (opened: OpenedPage): Promise<string[]> => opened.page.evaluate(() => [...(window as unknown as { __csp: string[] }).__csp]);

/** Requests that left the add-in's origin, Office.js excepted (it is stubbed locally but asked for by URL). */
function foreign(opened: OpenedPage): string[] {
  const own = new URL(harness.server.origin).origin;
  return opened.requests.filter((url) => url !== OFFICE_JS_URL && !url.startsWith('data:') && new URL(url).origin !== own);
}

function policyOf(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error('no Content-Security-Policy meta element');
  return new Map(
    meta[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]!, parts.slice(1)] as const),
  );
}

const helpPages = (): string[] => {
  try {
    return readdirSync(path.join(DIST_DIR, 'help'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `help/${f}`);
  } catch {
    return [];
  }
};

describe('Content-Security-Policy meta element', () => {
  it.each(['taskpane.html', 'functions.html'])('%s: comes before any script and is strict', (page) => {
    const html = readFileSync(path.join(DIST_DIR, page), 'utf8');
    expect(html.search(/http-equiv=["']?Content-Security-Policy/i)).toBeLessThan(html.search(/<script/i));
    const policy = policyOf(html);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'self'", EMPTY_STYLE_HASH]);
    expect([...policy.values()].flat().filter((v) => v.startsWith("'unsafe-"))).toEqual([]);
  });

  it('every help page has one and allows no script', () => {
    for (const page of helpPages()) {
      const policy = policyOf(readFileSync(path.join(DIST_DIR, page), 'utf8'));
      expect({ page, script: policy.get('script-src') }).toEqual({ page, script: ["'none'"] });
      expect({ page, connect: policy.get('connect-src') }).toEqual({ page, connect: ["'none'"] });
    }
  });
});

describe('pages stay on their own origin and within their CSP', () => {
  it('functions.html registers every function', async () => {
    const opened = await harness.open('functions.html', { initScript: RECORD_CSP });
    const ids = JSON.parse(readFileSync(path.join(DIST_DIR, 'functions.json'), 'utf8')).functions as unknown[];
    await opened.page.waitForFunction((n) => (window as unknown as { __registered: string[] }).__registered.length >= n, ids.length);
    // One call, so code that runs only when a function is used is covered too.
    expect(await opened.callFunction('IND_COST', [['asiel']], [[1000]], null)).toEqual([[4_418_000]]);
    expect(foreign(opened)).toEqual([]);
    expect(opened.blocked).toEqual([]);
    expect(await violations(opened)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('taskpane.html renders the pane (Fluent/Griffel styles included)', async () => {
    const opened = await harness.open('taskpane.html', { initScript: RECORD_CSP });
    await opened.page.waitForFunction(() => (document.getElementById('root')?.innerText.trim().length ?? 0) > 20);
    // Griffel writes its rules through CSSOM; this proves some did land and are applied.
    const styled = await opened.page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0));
    expect(styled).toBeGreaterThan(0);
    expect(foreign(opened)).toEqual([]);
    expect(opened.blocked).toEqual([]);
    expect(await violations(opened)).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('the policy is enforced: inline script and a request to another origin are refused and reported', async () => {
    const opened = await harness.open('functions.html', { initScript: RECORD_CSP });
    const outcome = await opened.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const fetched = await fetch('https://dc.services.visualstudio.com/v2/track').then(
        () => 'sent',
        () => 'refused',
      );
      return { inline: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true ? 'ran' : 'refused', fetched };
    });
    expect(outcome).toEqual({ inline: 'refused', fetched: 'refused' });
    const directives = (await violations(opened)).map((v) => v.split(' ')[0]);
    expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
    expect(opened.blocked).toEqual([]); // CSP stopped the request before it reached the network
  });

  it('help pages load nothing but themselves', async () => {
    const pages = helpPages();
    for (const page of pages) {
      const opened = await harness.open(page, { initScript: RECORD_CSP });
      await opened.page.locator('h1').first().waitFor();
      expect({ page, foreign: foreign(opened), blocked: opened.blocked }).toEqual({ page, foreign: [], blocked: [] });
      expect({ page, csp: await violations(opened), errors: opened.errors }).toEqual({ page, csp: [], errors: [] });
    }
  });
});

describe('no telemetry in what we ship', () => {
  // Endpoints of the usual telemetry SDKs (Application Insights, Visual Studio App Center /
  // office-addin-usage-data, Google Analytics, Segment, Sentry). Source maps are excluded:
  // they quote node_modules comments, and are never executed.
  const ENDPOINTS = [/applicationinsights/i, /visualstudio\.com/i, /dc\.services/i, /google-analytics/i, /googletagmanager/i, /segment\.(io|com)/i, /sentry\.io|ingest\.sentry/i, /usage-data/i];

  it('dist/ names none of their endpoints', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const shipped = files(DIST_DIR).filter((f) => /\.(js|html|json|xml|css)$/.test(f));
    expect(shipped.length).toBeGreaterThan(3);
    const hits = shipped.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return ENDPOINTS.filter((re) => re.test(text)).map((re) => `${path.relative(DIST_DIR, f)}: ${re}`);
    });
    expect(hits).toEqual([]);
  });
});
