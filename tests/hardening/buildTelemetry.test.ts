// No telemetry from the build tools: custom-functions-metadata(-plugin) pulls in
// office-addin-usage-data, which used to send usage data to Application Insights. The
// installed version must be the no-op one (telemetry removed upstream), and nothing in
// node_modules may bring the Application Insights SDK back.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MODULES = path.resolve(__dirname, '../../node_modules');
const USAGE_DATA = path.join(MODULES, 'office-addin-usage-data');

describe('office-addin-usage-data (via custom-functions-metadata)', () => {
  it('is a no-op: depends on nothing that talks to the network', () => {
    const pkg = JSON.parse(readFileSync(path.join(USAGE_DATA, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['commander']);
    const lib = readdirSync(path.join(USAGE_DATA, 'lib')).filter((f) => f.endsWith('.js'));
    expect(lib.length).toBeGreaterThan(0);
    for (const file of lib) {
      const source = readFileSync(path.join(USAGE_DATA, 'lib', file), 'utf8');
      const required = [...source.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!).filter((r) => !r.startsWith('.'));
      expect({ file, network: required.filter((r) => /^(node:)?(https?|http2|net|tls|dgram)$|applicationinsights|axios|fetch/.test(r)) }).toEqual({ file, network: [] });
    }
    // Every reporting method has an empty body in the no-op version.
    const usageData = readFileSync(path.join(USAGE_DATA, 'lib/usageData.js'), 'utf8');
    expect(usageData).toMatch(/sendUsageDataEvent\(_data\) \{ \}/);
    expect(usageData).toMatch(/isUsageDataOn\(\) \{\s*return false;/);
  });

  it('no Application Insights SDK is installed at all', () => {
    expect(existsSync(path.join(MODULES, 'applicationinsights'))).toBe(false);
    expect(existsSync(path.join(MODULES, '@microsoft/applicationinsights-web'))).toBe(false);
  });
});
