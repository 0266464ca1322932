// Minimal static file server for dist/: node:http only, 127.0.0.1, random free port.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash) */
  readonly origin: string;
  /** Absolute URL for a path inside the served folder, e.g. url("taskpane.html"). */
  url(pathname: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root`. `overrides` answers some paths (e.g. "/office-js/office.js") with other
 * content, so a page can load a stand-in from its own origin without request interception
 * (Playwright's route() sends every request through Node, which slows page loads: the bench
 * must not measure that).
 */
export async function serveDir(root: string, overrides: Readonly<Record<string, string>> = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const override = Object.prototype.hasOwnProperty.call(overrides, pathname) ? overrides[pathname] : undefined;
    if (override !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(pathname)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(override);
      return;
    }
    const file = path.resolve(base, `.${pathname}`);
    // Refuse anything that escapes the served folder (../ tricks).
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname.replace(/^\/+/, ''), `${origin}/`).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // Chromium keeps connections alive; close() would wait for them
        server.close(() => resolve());
      }),
  };
}
