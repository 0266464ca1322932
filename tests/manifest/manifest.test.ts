// The add-in manifest checked offline: well-formed XML in the add-in namespaces, every
// resid resolving to a resource of the right kind, every URL a file the production build
// emits, requirement sets that match what the code uses, and a production manifest that
// differs from the development one only in its origin.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ancestorsOf, descendants, parseXml, type XmlElement } from './xmlTree';
import { emittedFiles } from './emittedFiles';
import { highestExcelApiUsed } from '../../src/excel/apiSets';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const DEV_ORIGIN = 'https://localhost:3000/';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const root = parseXml(MANIFEST);
const all = [...descendants(root)];
const named = (local: string, uri: string): XmlElement[] => all.filter((e) => e.local === local && e.uri === uri);
const only = (local: string, uri: string): XmlElement => {
  const found = named(local, uri);
  if (found.length !== 1) throw new Error(`expected one ${local}, found ${found.length}`);
  return found[0]!;
};

/** Requirement sets the manifest asks for, as { name: minVersion }. */
function requirementSets(): Record<string, string> {
  const sets = named('Set', NS.app);
  return Object.fromEntries(sets.map((s) => [s.attributes.get('Name')!, s.attributes.get('MinVersion') ?? '1.1']));
}

const atLeast = (have: string, want: string): boolean => {
  const [a1 = 0, a2 = 0] = have.split('.').map(Number);
  const [b1 = 0, b2 = 0] = want.split('.').map(Number);
  return a1 !== b1 ? a1 > b1 : a2 >= b2;
};

describe('manifest.xml', () => {
  it('is an OfficeApp TaskPaneApp in the add-in namespaces, with VersionOverrides V1_0', () => {
    expect(root.local).toBe('OfficeApp');
    expect(root.uri).toBe(NS.app);
    expect(root.attributes.get(`{${NS.xsi}}type`)).toBe('TaskPaneApp');
    const overrides = only('VersionOverrides', NS.ov);
    expect(overrides.attributes.get(`{${NS.xsi}}type`)).toBe('VersionOverridesV1_0');
    const known = new Set(Object.values(NS));
    expect(all.filter((e) => !known.has(e.uri)).map((e) => `${e.uri} ${e.local}`)).toEqual([]);
    // Elements before VersionOverrides are in the OfficeApp namespace; inside it, only ov and bt.
    for (const e of all) {
      const inside = e === overrides || ancestorsOf(e).includes(overrides);
      expect({ element: e.local, ok: inside ? e.uri === NS.ov || e.uri === NS.bt : e.uri === NS.app }).toEqual({ element: e.local, ok: true });
    }
  });

  it('has a GUID id and a four-part version matching package.json', () => {
    expect(only('Id', NS.app).text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(only('Version', NS.app).text.trim()).toBe(`${pkg.version}.0`);
  });

  it('every resid resolves to a resource of the kind its element needs, and every resource is used', () => {
    const resources = only('Resources', NS.ov);
    const kindOf = new Map<string, string>();
    for (const r of descendants(resources)) {
      const id = r.attributes.get('id');
      if (!id || r.uri !== NS.bt) continue;
      expect({ duplicate: id, seen: kindOf.has(id) }).toEqual({ duplicate: id, seen: false });
      kindOf.set(id, r.parent!.local); // Images, Urls, ShortStrings, LongStrings
    }
    const wants = (e: XmlElement): string[] => {
      if (e.local === 'Image') return ['Images'];
      if (['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(e.local)) return ['Urls'];
      if (e.local === 'Description' || e.local === 'Tooltip') return ['LongStrings'];
      return ['ShortStrings'];
    };
    const used = new Set<string>();
    const uses = all.filter((e) => e.attributes.has('resid') && !ancestorsOf(e).includes(resources));
    expect(uses.length).toBeGreaterThan(10);
    for (const e of uses) {
      const id = e.attributes.get('resid')!;
      used.add(id);
      // resid values are limited to 32 characters by the schema.
      expect({ id, length: id.length <= 32, kindOk: wants(e).includes(kindOf.get(id) ?? 'missing') }).toEqual({ id, length: true, kindOk: true });
    }
    expect([...kindOf.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('every URL is on the dev origin and names a file the production build emits', () => {
    const urls = [...MANIFEST.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    const emitted = emittedFiles(ROOT);
    for (const url of urls) {
      expect(url.startsWith(DEV_ORIGIN)).toBe(true);
      const file = url.slice(DEV_ORIGIN.length).replace(/[?#].*$/, '');
      expect({ url, emitted: emitted.has(file) }).toEqual({ url, emitted: true });
    }
  });

  it('icons are the sizes their elements say', () => {
    const pngSize = (file: string): number => readFileSync(path.join(ROOT, file)).readUInt32BE(16); // IHDR width
    for (const image of named('Image', NS.bt).filter((e) => e.attributes.has('size'))) {
      const resid = image.attributes.get('resid')!;
      const resource = named('Image', NS.bt).find((r) => r.attributes.get('id') === resid)!;
      const file = resource.attributes.get('DefaultValue')!.slice(DEV_ORIGIN.length);
      expect({ resid, width: pngSize(file) }).toEqual({ resid, width: Number(image.attributes.get('size')) });
    }
    expect(pngSize('assets/icon-32.png')).toBe(32); // IconUrl
    expect(pngSize('assets/icon-64.png')).toBe(64); // HighResolutionIconUrl
  });

  it('asks only for ReadWriteDocument: writing sheets needs it, nothing needs more', () => {
    // ReadDocument cannot add worksheets, tables or names; WriteDocument cannot read the
    // existing names the adapter must not overwrite. ReadWriteMailbox etc. do not apply.
    expect(named('Permissions', NS.app).map((p) => p.text.trim())).toEqual(['ReadWriteDocument']);
  });

  it('requirement sets cover what the code uses', () => {
    const sets = requirementSets();
    const functionsSource = readdirSync(path.join(ROOT, 'src/functions'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(path.join(ROOT, 'src/functions', f), 'utf8'))
      .join('\n');
    // A long-lived <Runtime> shared by pane and functions needs SharedRuntime 1.1.
    expect(named('Runtime', NS.ov).map((r) => r.attributes.get('lifetime'))).toEqual(['long']);
    expect(sets.SharedRuntime).toBe('1.1');
    // CustomFunctions.Error (a #VALUE!/#N/A with a message, also inside a spilled array) is CustomFunctionsRuntime 1.2.
    if (/\bcf\.Error\b|CustomFunctions\.Error/.test(functionsSource)) expect(atLeast(sets.CustomFunctionsRuntime ?? '0', '1.2')).toBe(true);
    // The highest ExcelApi set the adapter uses (src/excel/apiSets.ts), declared so no run-time check is needed;
    // SharedRuntime 1.1 already limits the add-in to Excels that have it, so it narrows nothing.
    expect(sets.ExcelApi).toBe(highestExcelApiUsed());
    expect(sets.SharedRuntime).toBe('1.1');
    expect(Object.keys(sets).sort()).toEqual(['CustomFunctionsRuntime', 'ExcelApi', 'SharedRuntime']);
  });

  it('custom functions: namespace AENM, metadata and script at the emitted paths', () => {
    const strings = new Map(named('String', NS.bt).map((s) => [s.attributes.get('id'), s.attributes.get('DefaultValue')]));
    const ns = only('Namespace', NS.ov).attributes.get('resid')!;
    expect(strings.get(ns)).toBe('AENM');
    const urls = new Map(named('Url', NS.bt).map((u) => [u.attributes.get('id'), u.attributes.get('DefaultValue')]));
    const point = named('ExtensionPoint', NS.ov).find((e) => e.attributes.get(`{${NS.xsi}}type`) === 'CustomFunctions')!;
    const location = (local: string) => urls.get([...descendants(point)].find((e) => e.local === local)!.children[0]!.attributes.get('resid'));
    expect(location('Script')).toBe(`${DEV_ORIGIN}functions.js`);
    expect(location('Metadata')).toBe(`${DEV_ORIGIN}functions.json`);
    expect(location('Page')).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it('README (when it exists) names only real functions, and the requirement sets the manifest asks for', () => {
    const readme = path.join(ROOT, 'README.md');
    if (!existsSync(readme)) return;
    const text = readFileSync(readme, 'utf8');
    const ids = new Set([...emittedFiles(ROOT)].filter((f) => f.startsWith('help/') && f !== 'help/index.html').map((f) => f.slice(5, -5).toUpperCase()));
    expect(ids.size).toBeGreaterThan(5);
    const inReadme = [...text.matchAll(/\bAENM\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!);
    expect(inReadme.filter((id) => !ids.has(id))).toEqual([]);
    // The README's requirement-set table (docs/hardening.md has the detail).
    if (text.includes('<!-- REQSETS -->')) return;
    for (const [name, version] of Object.entries(requirementSets())) {
      expect({ name, mentioned: new RegExp(`${name}\\W+${version.replace('.', '\\.')}`).test(text) }).toEqual({ name, mentioned: true });
    }
  });
});

describe('production origin and Office.js source (scripts/deployment.js)', () => {
  // The full recipe (a production build for another origin, self-hosted Office.js) runs in
  // tests/browser/deployment.test.ts; here the pieces, without a build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helper
  const deploy = require('../../scripts/deployment') as {
    manifestFor(xml: string, origin: string): string;
    pageFor(html: string, officeJs: 'cdn' | 'self'): string;
    deployment(env: Record<string, string>, environment: Record<string, string>): { origin: string; officeJs: string; outDir: string };
  };
  const host = 'https://begroting.example.gov.nl/aenm/';

  it('moves every manifest URL to the origin and changes nothing else', () => {
    const prod = deploy.manifestFor(MANIFEST, host);
    expect(prod).not.toContain(DEV_ORIGIN);
    expect(prod.split(host).join(DEV_ORIGIN)).toBe(MANIFEST);
    expect(parseXml(prod).local).toBe('OfficeApp'); // still well-formed
  });

  it('reads the origin from --env or AENM_ORIGIN, https only, with a trailing slash', () => {
    expect(deploy.deployment({}, {}).origin).toBe(DEV_ORIGIN);
    expect(deploy.deployment({ origin: 'https://example.org/aenm' }, { AENM_ORIGIN: 'https://other.example/' }).origin).toBe('https://example.org/aenm/');
    expect(deploy.deployment({}, { AENM_ORIGIN: 'https://other.example' }).origin).toBe('https://other.example/');
    expect(() => deploy.deployment({ origin: 'http://example.org/' }, {})).toThrow(/https/);
    expect(() => deploy.deployment({ officeJs: 'unpkg' }, {})).toThrow(/cdn/);
  });

  it('self-hosted Office.js: the page loads office-js/office.js and its CSP names no CDN; cdn leaves the page alone', () => {
    const template = readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    expect(deploy.pageFor(template, 'cdn')).toBe(template);
    const self = deploy.pageFor(template, 'self');
    expect(self).not.toContain('appsforoffice.microsoft.com');
    expect(self).toContain('<script src="office-js/office.js"></script>');
    expect(/script-src ([^;"]*)/.exec(self)![1]).toBe("'self'");
  });
});
