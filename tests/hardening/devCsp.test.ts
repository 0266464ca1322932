// The development CSP admits the dev server's live-reload socket and nothing else more
// (issue 16 item 6); production pages keep the templates' policy (tests/browser/offline.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helper
const { withDevSocket } = require('../../scripts/devCsp') as { withDevSocket: (html: string, port: number) => string };

const template = (page: string): string => readFileSync(path.join(__dirname, '../../src', page), 'utf8');
const policy = (html: string): Map<string, string[]> => {
  // Any whitespace between the attributes, as scripts/devCsp.js accepts (Prettier puts them on lines of their own).
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!meta) throw new Error('no CSP meta');
  return new Map(
    meta[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)] as const),
  );
};

describe('development CSP', () => {
  it.each(['taskpane/taskpane.html', 'functions/functions.html'])('%s: adds only the wss socket of the dev server to connect-src', (page) => {
    const production = policy(template(page));
    const dev = policy(withDevSocket(template(page), 3000));
    expect(dev.get('connect-src')).toEqual([...production.get('connect-src')!, 'wss://localhost:3000', 'wss://127.0.0.1:3000']);
    for (const [directive, sources] of production) if (directive !== 'connect-src') expect(dev.get(directive)).toEqual(sources);
    expect([...dev.values()].flat().filter((v) => v.startsWith("'unsafe-"))).toEqual([]);
  });

  it('refuses a page without a policy rather than serving it without one', () => {
    expect(() => withDevSocket('<html><head></head></html>', 3000)).toThrow(/no Content-Security-Policy/);
  });
});
