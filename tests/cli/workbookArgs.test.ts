import { parseWorkbookArgs } from '../../src/cli/workbook/args';

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
    expect(run(['--out', 'plan.xlsx'])).toEqual({ out: 'plan.xlsx', sheets: ['oda', 'mpp', 'cuts', 'scenario', 'band', 'compare'], scenarioFiles: [], formulaStyle: 'excel', force: false });
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
