// The production build the browser and size steps measure. By default a fresh build into
// a private temp folder, so a neighbour's `webpack` (which cleans dist/) cannot pull files
// away mid-measurement; `--dist <folder>` measures an existing build instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export function productionBuild(requested: string | undefined): { dir: string; buildMs: number | null } {
  if (requested) {
    const dir = path.resolve(requested);
    if (!existsSync(path.join(dir, 'functions.html'))) throw new Error(`${dir} holds no build (functions.html missing)`);
    return { dir, buildMs: null };
  }
  const dir = path.join(os.tmpdir(), `aenm-bench-dist-${process.pid}`);
  const start = Date.now();
  const run = spawnSync('npx', ['webpack', '--mode', 'production', '--output-path', dir], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`webpack failed: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}`);
  return { dir, buildMs: Date.now() - start };
}

/** Same-origin script files a page loads at start, in order (Office.js excluded: Microsoft's, from its CDN). */
export function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(path.join(dir, page), 'utf8');
  // The production HTML is minified: attribute values may be unquoted.
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => (m[1] ?? m[2] ?? m[3])!);
  return sources.filter((src) => src !== OFFICE_JS).map((src) => src.replace(/^\/+/, '').replace(/[?#].*$/, ''));
}

/** Bytes after gzip -9, i.e. close to what a CDN or IIS sends with compression on. */
export const gzipBytes = (dir: string, files: readonly string[]): number => files.reduce((n, f) => n + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);

export const rawBytes = (dir: string, files: readonly string[]): number => files.reduce((n, f) => n + readFileSync(path.join(dir, f)).length, 0);
