// The reference workbook evaluated by HyperFormula (GPL, dev only) with the AENM functions
// registered as a function plugin under their Excel names (AENM.IND_COST).
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { AenmPlugin } from './aenmPlugin';
import { INPUT_SHEET, INPUTS, REFERENCE_WORKBOOK, type Expected } from './reference-workbook';

const CHECKS = 'Controles';
let hf: HyperFormula;
const topRows: number[] = [];

beforeAll(() => {
  HyperFormula.registerFunctionPlugin(AenmPlugin, { enGB: Object.fromEntries(Object.keys(AenmPlugin.implementedFunctions).map((n) => [n, n])) });
  let row = 0;
  const checks: (string | null)[][] = [];
  for (const { formula, expected } of REFERENCE_WORKBOOK) {
    topRows.push(row);
    checks[row] = [formula];
    row += Array.isArray(expected) ? expected.length + 1 : 2;
  }
  for (let r = 0; r < row; r++) checks[r] ??= [null];
  hf = HyperFormula.buildFromSheets({ [INPUT_SHEET]: INPUTS, [CHECKS]: checks }, { licenseKey: 'gpl-v3' });
});

afterAll(() => {
  hf.destroy();
  HyperFormula.unregisterFunctionPlugin(AenmPlugin);
});

const valueAt = (row: number, col: number): unknown => hf.getCellValue({ sheet: hf.getSheetId(CHECKS)!, row, col });
const shown = (value: unknown): unknown => (value instanceof DetailedCellError ? value.value : value);

describe.each(REFERENCE_WORKBOOK.map((r, i) => [r.formula, r.why, i] as const))('%s (%s)', (_formula, _why, index) => {
  it('gives the published value', () => {
    const top = topRows[index]!;
    const expected: Expected = REFERENCE_WORKBOOK[index]!.expected;
    if (typeof expected === 'number') {
      expect(valueAt(top, 0)).toBe(expected);
    } else if (Array.isArray(expected)) {
      const grid = expected as readonly (readonly (number | string)[])[];
      const actual = grid.map((row, i) => row.map((_, j) => shown(valueAt(top + i, j))));
      expect(actual).toEqual(grid);
    } else {
      const { error, contains } = expected as { error: 'VALUE' | 'NA'; contains: string[] };
      const value = valueAt(top, 0);
      expect(value).toBeInstanceOf(DetailedCellError);
      expect((value as DetailedCellError).type).toBe(error);
      for (const word of contains) expect((value as DetailedCellError).message).toContain(word);
    }
  });
});
