import { OB2025 } from '../../src/core';
import { helpText, parseWorkbookArgs } from '../../src/cli/workbook/args';

const run = (argv: string[]) => {
  const parsed = parseWorkbookArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected run, got ${JSON.stringify(parsed)}`);
  return parsed.args;
};
const usage = (argv: string[]) => {
  const parsed = parseWorkbookArgs(argv);
  if (parsed.kind !== 'usage') throw new Error(`expected usage, got ${JSON.stringify(parsed)}`);
  return parsed.message;
};

describe('workbook arguments', () => {
  it('defaults to every sheet, excel formulas, no overwrite', () => {
    expect(run(['--out', 'plan.xlsx'])).toEqual({ out: 'plan.xlsx', edition: OB2025, sheets: ['oda', 'mpp', 'cuts', 'scenario', 'band', 'compare'], scenarioFiles: [], formulaStyle: 'excel', force: false });
  });

  it('writes chosen sheets in the fixed order, once', () => {
    expect(run(['--out', 'a.xlsx', '--sheets', 'scenario, ODA,mpp,oda']).sheets).toEqual(['oda', 'mpp', 'scenario']);
  });

  it('takes --formulas aenm, --force and repeated --scenario', () => {
    const args = run(['-o', 'a.xlsx', '--formulas', 'aenm', '--force', '--scenario', 'a.json', '--scenario', 'b.json']);
    expect(args).toMatchObject({ formulaStyle: 'aenm', force: true, scenarioFiles: ['a.json', 'b.json'] });
  });

  it('answers --help', () => {
    expect(parseWorkbookArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('refuses what it cannot do, naming the option', () => {
    expect(usage([])).toBe('--out <file.xlsx> is required');
    expect(usage(['--out', 'plan.csv'])).toMatch(/--out must name an \.xlsx file/);
    expect(usage(['--out', 'a.xlsx', '--sheets', 'oda,taart'])).toBe('--sheets: unknown sheet "taart"; choose from parameters, oda, mpp, cuts, scenario, band, compare');
    expect(usage(['--out', 'a.xlsx', '--sheets', 'compare'])).toMatch(/"compare" compares scenario sheets/);
    expect(usage(['--out', 'a.xlsx', '--formulas', 'lotus'])).toBe('--formulas must be excel or aenm, got "lotus"');
    expect(usage(['--out', 'a.xlsx', '--sheets', 'oda', '--scenario', 'x.json'])).toMatch(/--scenario adds scenario sheets/);
    expect(usage(['--out', 'a.xlsx', '--colour', 'red'])).toMatch(/--colour/);
    expect(usage(['--out', 'a.xlsx', 'extra'])).toMatch(/extra/);
  });
});

describe('--edition', () => {
  const other = { ...OB2025, id: 'VJN2026', name: 'Voorjaarsnota 2026' };
  const choice = { editions: [OB2025, other], fallback: OB2025 };

  it('chooses among the editions given, case-insensitively; default the fallback', () => {
    expect(parseWorkbookArgs(['--out', 'a.xlsx'], choice)).toMatchObject({ kind: 'run', args: { edition: OB2025 } });
    expect(parseWorkbookArgs(['--out', 'a.xlsx', '--edition', 'vjn2026'], choice)).toMatchObject({ kind: 'run', args: { edition: other } });
    expect(parseWorkbookArgs(['-o', 'a.xlsx', '-e', 'OB2025'], choice)).toMatchObject({ kind: 'run', args: { edition: OB2025 } });
  });

  it('refuses an unknown edition, naming the editions that exist', () => {
    expect(parseWorkbookArgs(['--out', 'a.xlsx', '--edition', 'OB2024'], choice)).toEqual({ kind: 'usage', message: '--edition: unknown edition "OB2024"; the editions are OB2025, VJN2026' });
    expect(usage(['--out', 'a.xlsx', '--edition', 'X'])).toBe('--edition: unknown edition "X"; the editions are OB2025');
  });

  it('refuses AENM formulas for an edition the functions do not carry, takes them for one they do', () => {
    expect(parseWorkbookArgs(['--out', 'a.xlsx', '--edition', 'VJN2026', '--formulas', 'aenm'], choice)).toEqual({
      kind: 'usage',
      message: '--formulas aenm: the AENM functions do not carry VJN2026 (they carry OB2025); write VJN2026 with --formulas excel',
    });
    expect(parseWorkbookArgs(['--out', 'a.xlsx', '--formulas', 'aenm'], choice)).toMatchObject({ kind: 'run', args: { edition: OB2025, formulaStyle: 'aenm' } });
  });

  it('names the editions in the help', () => {
    expect(helpText(choice)).toContain('OB2025 (Ontwerpbegroting 2025), VJN2026 (Voorjaarsnota 2026)');
  });
});
