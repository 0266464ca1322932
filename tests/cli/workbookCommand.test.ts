// The command as a controller runs it: a child process in a temp dir, checked by exit code,
// message and the file it leaves behind.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

jest.setTimeout(120_000);

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

async function sheetNames(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets.map((w) => w.name);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aenm-cli-'));
  await writeFile(path.join(dir, 'hoog.json'), JSON.stringify({ name: 'Hoog', preset: 'hoog', drivers: { coaOutflow: { '2026': 90000 }, asylumInflow: { '2027': '-10%' } } }));
  await writeFile(path.join(dir, 'broken.json'), '{"name": "Hoog", ');
  await writeFile(path.join(dir, 'text.json'), JSON.stringify({ name: 'Hoog', drivers: { coaOutflow: { '2026': 'abc' } } }));
  await writeFile(path.join(dir, 'negative.json'), JSON.stringify({ name: 'Hoog', drivers: { coaOutflow: { '2027': -1 } } }));
  await writeFile(path.join(dir, 'preset.json'), JSON.stringify({ name: 'Hoog', preset: 'extreem' }));
  await writeFile(path.join(dir, 'field.json'), JSON.stringify({ name: 'Hoog', drivers: { coaInstroom: { '2026': 1 } } }));
});

it('writes every sheet with the MPP-basis scenario, then refuses to overwrite without --force', async () => {
  const ran = await cli(dir, '--out', 'plan.xlsx');
  expect(ran).toMatchObject({ code: 0, stderr: '' });
  expect(ran.stdout).toMatch(/^plan\.xlsx: 7 sheets/);
  expect(await sheetNames(path.join(dir, 'plan.xlsx'))).toEqual(['Parameters OB2025', 'ODA-toerekening', 'MPP-kengetallen', 'Taakstelling 2027-2028', 'Scenario MPP-basis', 'Bandbreedte', "Scenario's vergelijken"]);

  const before = await stat(path.join(dir, 'plan.xlsx'));
  const again = await cli(dir, '--out', 'plan.xlsx', '--sheets', 'oda');
  expect(again.code).toBe(1);
  expect(again.stderr).toBe('workbook: plan.xlsx exists; use --force to overwrite it\n');
  expect((await stat(path.join(dir, 'plan.xlsx'))).mtimeMs).toBe(before.mtimeMs);

  const forced = await cli(dir, '--out', 'plan.xlsx', '--sheets', 'oda', '--force');
  expect(forced.code).toBe(0);
  expect(await sheetNames(path.join(dir, 'plan.xlsx'))).toEqual(['ODA-toerekening']); // ODA needs no parameter: its figures are constants
});

it('--formulas aenm writes AENM.* formulas and no parameter sheet', async () => {
  const ran = await cli(dir, '--out', 'aenm.xlsx', '--sheets', 'oda,cuts', '--formulas', 'aenm');
  expect(ran.code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, 'aenm.xlsx'));
  expect(book.worksheets.map((w) => w.name)).toEqual(['ODA-toerekening', 'Taakstelling 2027-2028']);
  const formulas: string[] = [];
  book.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && formulas.push(c.formula)))));
  // Stored the way Excel stores a JavaScript custom function (src/xlsx/cellValue.ts).
  expect(formulas.some((f) => f.startsWith('_xldudf_AENM_'))).toBe(true);
});

it('--scenario adds the scenarios of a JSON file beside MPP-basis, compared on one sheet', async () => {
  const ran = await cli(dir, '--out', 'scen.xlsx', '--sheets', 'scenario,compare', '--scenario', 'hoog.json');
  expect(ran.code).toBe(0);
  expect(await sheetNames(path.join(dir, 'scen.xlsx'))).toEqual(['Parameters OB2025', 'Scenario MPP-basis', 'Scenario Hoog', "Scenario's vergelijken"]);
});

it('refuses a bad scenario file with exit 1, naming file and field, and writes nothing', async () => {
  const cases: [string, RegExp][] = [
    ['broken.json', /^workbook: broken\.json: not valid JSON \(/],
    ['text.json', /^workbook: text\.json: drivers\.coaOutflow\.2026 is refused: .+\n$/],
    ['negative.json', /^workbook: negative\.json: drivers\.coaOutflow\.2027 must be between 0 and 10000000, got -1\n$/],
    ['preset.json', /^workbook: preset\.json: preset must be one of basis, laag, hoog, got "extreem"\n$/],
    ['field.json', /^workbook: field\.json: drivers\.coaInstroom is not a driver/],
    ['missing.json', /^workbook: missing\.json: cannot read \(ENOENT\)\n$/],
  ];
  const runs = await Promise.all(cases.map(([file]) => cli(dir, '--out', `bad-${file}.xlsx`, '--scenario', file)));
  runs.forEach((ran, i) => {
    const [file, message] = cases[i] as [string, RegExp];
    expect({ file, code: ran.code }).toEqual({ file, code: 1 });
    expect(ran.stderr).toMatch(message);
    expect(existsSync(path.join(dir, `bad-${file}.xlsx`))).toBe(false);
  });
});

it('answers usage errors with exit 2 and --help with exit 0', async () => {
  const [unknownSheet, noOut, badStyle, unknownOption, help] = await Promise.all([
    cli(dir, '--out', 'x.xlsx', '--sheets', 'oda,taart'),
    cli(dir),
    cli(dir, '--out', 'x.xlsx', '--formulas', 'lotus'),
    cli(dir, '--out', 'x.xlsx', '--kleur'),
    cli(dir, '--help'),
  ]);
  expect(unknownSheet).toMatchObject({ code: 2, stderr: expect.stringMatching(/^workbook: --sheets: unknown sheet "taart"/) });
  expect(noOut).toMatchObject({ code: 2, stderr: expect.stringMatching(/^workbook: --out <file\.xlsx> is required\nTry --help\./) });
  expect(badStyle).toMatchObject({ code: 2, stderr: expect.stringMatching(/--formulas must be excel or aenm, got "lotus"/) });
  expect(unknownOption).toMatchObject({ code: 2, stderr: expect.stringMatching(/--kleur/) });
  expect(help).toMatchObject({ code: 0, stderr: '' });
  expect(help.stdout).toMatch(/^Writes the AENM budget sheets/);
  expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  expect((await readFile(path.join(dir, 'hoog.json'), 'utf8')).length).toBeGreaterThan(0);
});
