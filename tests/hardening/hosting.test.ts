// Issue 12 item 10: hosting. The audit script's verdicts on recorded registry answers, the
// production build's source maps, the dev server's CORS header, and the README's header list.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_EXIT, auditVerdict } from '../../scripts/auditVerdict';

const ROOT = path.resolve(__dirname, '../..');

describe('npm run audit:prod', () => {
  it('says plainly that the registry refused the bulk advisory request (405), exit 2, not "vulnerable"', () => {
    // What `npm audit --json` printed on this network (2026-12-01), trimmed.
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      method: 'POST',
      uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    });
    const verdict = auditVerdict(refused, 1);
    expect(verdict.exitCode).toBe(AUDIT_EXIT.unavailable);
    expect(verdict.lines.join('\n')).toContain('refused the bulk advisory request (HTTP 405 Method Not Allowed)');
    expect(verdict.lines.join('\n')).toContain('neither a pass nor a finding');
  });

  it('exit 1 for high or critical advisories, 0 otherwise, 2 for no report at all', () => {
    const report = (v: Record<string, number>) => JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...v } } });
    expect(auditVerdict(report({ high: 2, total: 2 }), 1).exitCode).toBe(AUDIT_EXIT.vulnerable);
    expect(auditVerdict(report({ moderate: 1, total: 1 }), 0)).toEqual({ exitCode: AUDIT_EXIT.clean, lines: ['audit:prod: no high or critical advisories in production dependencies (1 moderate).'] });
    expect(auditVerdict('', null).exitCode).toBe(AUDIT_EXIT.unavailable);
  });

  it('package.json runs the script, not bare npm audit', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
    expect(pkg.scripts['audit:prod']).toBe('tsx scripts/audit-prod.ts');
    expect(Object.keys(pkg.dependencies)).not.toContain('mathjs');
  });
});

/** The webpack config, loaded in a plain Node child (it requires tsx, which does not mix with Jest). */
const READ_CONFIG = `
const make = require(require("node:path").resolve("webpack.config.js"));
const prod = make({}, { mode: "production" }), dev = make({}, { mode: "development" });
const headers = (origin) => dev.devServer.headers({ headers: origin ? { origin } : {} });
process.stdout.write(JSON.stringify({
  prodDevtool: prod.devtool,
  evil: headers("https://evil.example"), none: headers(undefined), lookalike: headers("https://excel.officeapps.live.com.evil.example"),
  office: headers("https://excel.officeapps.live.com"),
}));
`;

describe('webpack', () => {
  const config = JSON.parse(execFileSync(process.execPath, ['-e', READ_CONFIG], { cwd: ROOT, encoding: 'utf8' })) as Record<string, unknown>;

  it('production builds make no source maps', () => {
    expect(config.prodDevtool).toBe(false);
  });

  it('the dev server never sends Access-Control-Allow-Origin: *, only an Office origin back to itself', () => {
    for (const key of ['evil', 'none', 'lookalike']) expect({ key, headers: config[key] }).toEqual({ key, headers: { Vary: 'Origin' } });
    expect(config.office).toEqual({ 'Access-Control-Allow-Origin': 'https://excel.officeapps.live.com', Vary: 'Origin' });
  });
});

describe('ExcelJS crypto stays unreachable (docs/dependencies.md)', () => {
  it('no source file calls Worksheet.protect() or ExcelJS encryption', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [path.join(dir, f)]));
    // Office.js's worksheet.protection.protect() (src/excel, the pane's protect setting) is Excel's own and never reaches ExcelJS.
    const officeProtection = /\.protection\.protect\(\)/g;
    const offenders = files(path.join(ROOT, 'src')).filter((f) => /\.tsx?$/.test(f) && /\.protect\(|Encryptor|sheetProtection/.test(readFileSync(f, 'utf8').replace(officeProtection, '')));
    expect(offenders).toEqual([]);
  });
});

describe('README', () => {
  it('lists the HTTP headers the production host must send, with frame-ancestors', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const security = readme.slice(readme.indexOf('## Security'));
    expect(security).toMatch(/Content-Security-Policy:[^\n]*frame-ancestors/);
    for (const header of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy']) expect(security).toContain(header);
  });
});
