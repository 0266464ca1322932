// Issue 12 item 9: crafted scenario files and --out targets. The file-level checks directly,
// then the command as a controller runs it (a child process), by exit code and message.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_EDITION } from '../../src/core';
import { firstDuplicateKey, MAX_SCENARIOS, parseJsonText, printable } from '../../src/cli/workbook/readJsonFile';
import { parseScenarioFile } from '../../src/cli/workbook/scenarioFile';

jest.setTimeout(120_000);

const FILE = 'scen.json';
const read = (text: string) => parseScenarioFile(DEFAULT_EDITION, text, FILE);
const message = (text: string): string => {
  const r = read(text);
  return r.ok ? 'ok' : r.message;
};

describe('scenario files, read', () => {
  it('accepts a UTF-8 byte-order mark (what Windows editors write)', () => {
    const r = read(`\uFEFF${JSON.stringify({ name: 'Hoog', drivers: { coaOutflow: { '2026': 90000 } } })}`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenarios[0]!.drivers.year.coaOutflow[1]).toBe(90000);
  });

  it('shows control and direction characters escaped in "not valid JSON"', () => {
    // Node echoes the text after an unexpected first token: the terminal would get ESC [2J (clear screen).
    const m = message('\u001b[2J\u202e{"name": "x"}');
    expect(m).toMatch(/^scen\.json: not valid JSON \(/);
    expect(m).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(m).toContain('\\u{001B}');
    expect(printable('a\u2028b\u200fc')).toBe('a\\u{2028}b\\u{200F}c');
  });

  it('reports 1e309 as a number too large, with its path (it was "got null")', () => {
    expect(message('{"name": "x", "drivers": {"coaOutflow": {"2026": 1e309}}}')).toBe('scen.json: drivers.coaOutflow.2026 is a number beyond ±1.8e308, too large for any figure');
    expect(message('[{"name": "x", "startOccupancy": -1e400}]')).toBe('scen.json: [0].startOccupancy is a number beyond ±1.8e308, too large for any figure');
  });

  it.each(['2026.0', '0x7EA', ' 2026 ', '2026 ', '02026', '2.026e3', '+2026'])('refuses the year key "%s" as not written as a year', (key) => {
    expect(message(JSON.stringify({ name: 'x', drivers: { coaOutflow: { [key]: 1 } } }))).toBe(`scen.json: drivers.coaOutflow.${key} is not a year as written; write four digits, like "2026"`);
  });

  it('refuses a key written twice (JSON.parse keeps the last silently), with its path', () => {
    expect(message('{"name": "x", "drivers": {"coaOutflow": {"2026": 1, "2026": 2}}}')).toBe('scen.json: drivers.coaOutflow.2026 is written more than once; JSON keeps only the last, so write it once');
    expect(message('[{"name": "a"}, {"name": "b", "name": "c"}]')).toMatch(/^scen\.json: \[1\]\.name is written more than once/);
    // Escapes decode to the same key.
    expect(firstDuplicateKey('{"a": {"2026": 1, "\\u0032026": 2}}')).toEqual(['a', '2026']);
    // The same key in different objects is fine.
    expect(firstDuplicateKey('[{"2026": 1}, {"2026": 2}, {"x": {"2026": 3}}]')).toBeNull();
    expect(firstDuplicateKey('{"a": "\\"b\\"", "b": ["a", "a"]}')).toBeNull();
  });

  it(`caps the number of scenarios at ${MAX_SCENARIOS}, before reading them`, () => {
    const many = JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ name: `S${i}` })));
    const start = performance.now();
    expect(message(many)).toBe(`scen.json: holds 10000 scenarios; at most ${MAX_SCENARIOS} fit one workbook`);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(read(JSON.stringify(Array.from({ length: MAX_SCENARIOS }, (_, i) => ({ name: `S${i}` })))).ok).toBe(true);
  });

  it('a 100.000-deep nesting is read without recursion', () => {
    const r = parseJsonText('['.repeat(100_000) + ']'.repeat(100_000), FILE);
    expect(r.ok).toBe(true);
  });
});

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli/workbook.ts');

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}
function cli(cwd: string, ...args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(TSX, [CLI, ...args], { cwd, env: { ...process.env, NODE_OPTIONS: '' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the command, by exit code', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'aenm-hostile-'));
    await mkdir(path.join(dir, 'out.xlsx'));
    await writeFile(path.join(dir, 'bom.json'), `\uFEFF${JSON.stringify({ name: 'Hoog', preset: 'hoog' })}`);
    await writeFile(path.join(dir, 'many.json'), JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ name: `S${i}` }))));
    await writeFile(path.join(dir, 'control.json'), '\u001b]0;pwned\u0007{"name": "x"}');
    await writeFile(path.join(dir, 'huge.json'), '{"name": "x", "drivers": {"coaOutflow": {"2026": 1e309}}}');
    await writeFile(path.join(dir, 'years.json'), '{"name": "x", "drivers": {"coaOutflow": {"2026": 1, "2026.0": 2}}}');
  });

  it('--out naming a directory is refused before any work, with or without --force (exit 1)', async () => {
    const [plain, forced] = await Promise.all([cli(dir, '--out', 'out.xlsx', '--sheets', 'oda'), cli(dir, '--out', 'out.xlsx', '--sheets', 'oda', '--force')]);
    for (const ran of [plain, forced]) {
      expect(ran).toEqual({ code: 1, stdout: '', stderr: 'workbook: out.xlsx is a directory; --out must name a file\n' });
    }
    expect(await readdir(path.join(dir, 'out.xlsx'))).toEqual([]);
  });

  it('crafted scenario files: exit 1 with a plain, escaped message, and no file written; a BOM file is written (exit 0)', async () => {
    const cases: [string, string][] = [
      ['many.json', `workbook: many.json: holds 10000 scenarios; at most ${MAX_SCENARIOS} fit one workbook\n`],
      ['huge.json', 'workbook: huge.json: drivers.coaOutflow.2026 is a number beyond ±1.8e308, too large for any figure\n'],
      ['years.json', 'workbook: years.json: drivers.coaOutflow.2026.0 is not a year as written; write four digits, like "2026"\n'],
    ];
    const runs = await Promise.all([
      ...cases.map(([file]) => cli(dir, '--out', `${file}.xlsx`, '--sheets', 'scenario', '--scenario', file)),
      cli(dir, '--out', 'control.xlsx', '--sheets', 'scenario', '--scenario', 'control.json'),
      cli(dir, '--out', 'bom.xlsx', '--sheets', 'scenario', '--scenario', 'bom.json'),
    ]);
    cases.forEach(([file, stderr], k) => {
      expect({ file, ...runs[k] }).toEqual({ file, code: 1, stdout: '', stderr });
      expect(existsSync(path.join(dir, `${file}.xlsx`))).toBe(false);
    });
    const control = runs[cases.length]!;
    expect(control.code).toBe(1);
    expect(control.stderr).toMatch(/^workbook: control\.json: not valid JSON \(/);
    expect(control.stderr.trimEnd()).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    const bom = runs[cases.length + 1]!;
    expect(bom).toMatchObject({ code: 0, stderr: '' });
    expect(bom.stdout).toMatch(/^bom\.xlsx: 3 sheets \(Parameters OB2025, Scenario MPP-basis, Scenario Hoog\)/);
  });
});
