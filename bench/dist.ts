// The production build the browser and size steps measure. By default a fresh build into
// a private temp folder, so a neighbour's `webpack` (which cleans dist/) cannot pull files
// away mid-measurement; `--dist <folder>` measures an existing build instead.
//
// The build is the self-hosted one (`--env officeJs=self`, README "Deployment"): its pages load
// Office.js from their own origin, office-js/office.js, which the bench's server answers with
// the stand-in (tests/browser/support/office-stub.js), and the blank baseline page loads the
// same URL. So no request of either page goes through Playwright's request interception
// (route(): every request a round trip to Node, 20–60 ms a script on this machine), which
// would count the harness, not our code, and count it more for the page with more scripts.
// Only the Office.js tag differs from the CDN build; the scripts and their order are the same.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS settings module
const { SELF_DIR, SELF_SCRIPT } = require('../scripts/deployment') as { SELF_DIR: string; SELF_SCRIPT: string };

/** Office.js as the bench build's pages name it (same origin), answered by the stand-in. */
export const OFFICE_JS_PATH = `/${SELF_SCRIPT}`;
const OFFICE_JS_FILES = new RegExp(`^/?${SELF_DIR}/`);

export function productionBuild(requested: string | undefined): { dir: string; buildMs: number | null } {
  if (requested) {
    const dir = path.resolve(requested);
    if (!existsSync(path.join(dir, 'functions.html'))) throw new Error(`${dir} holds no build (functions.html missing)`);
    if (!readFileSync(path.join(dir, 'taskpane.html'), 'utf8').includes(SELF_SCRIPT)) throw new Error(`${dir} is a CDN build: build it with --env officeJs=self (see bench/dist.ts)`);
    return { dir, buildMs: null };
  }
  const dir = path.join(os.tmpdir(), `aenm-bench-dist-${process.pid}`);
  const start = Date.now();
  const run = spawnSync('npx', ['webpack', '--mode', 'production', '--env', 'officeJs=self', '--output-path', dir], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`webpack failed: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}`);
  return { dir, buildMs: Date.now() - start };
}

/** Same-origin script files a page loads at start, in order (Office.js excluded: Microsoft's, not ours). */
export function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(path.join(dir, page), 'utf8');
  // The production HTML is minified: attribute values may be unquoted.
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => (m[1] ?? m[2] ?? m[3])!);
  return sources.filter((src) => !isOfficeJs(src)).map((src) => src.replace(/^\/+/, '').replace(/[?#].*$/, ''));
}

/** Bytes after gzip -9, i.e. close to what a CDN or IIS sends with compression on. */
export const gzipBytes = (dir: string, files: readonly string[]): number => files.reduce((n, f) => n + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);

/** A path of the self-hosted Office.js (Microsoft's code, not counted as ours). */
export const isOfficeJs = (file: string): boolean => OFFICE_JS_FILES.test(file);
