// Doc examples that run: every example of src/functions/examples.ts is evaluated through the
// function Excel calls, is the @example of its JSDoc, and is printed on its help page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as functions from '../../src/functions/functions';
import { EXAMPLES, exampleLine, formatNl, formulaEn, formulaNl, MORE_EXAMPLES, type FunctionId } from '../../src/functions/examples';
import { FUNCTION_IDS } from '../../src/functions/registry';
import { renderHelpPages } from '../../src/functions/help/renderHelpPages';

const SOURCE = readFileSync(path.resolve(__dirname, '../../src/functions/functions.ts'), 'utf8');

/** The JS function behind each id, read from the @customfunction tags (as the metadata plugin does). */
function implementations(): Record<string, (...args: unknown[]) => unknown[][]> {
  const found: Record<string, (...args: unknown[]) => unknown[][]> = {};
  const pattern = /@customfunction (\w+)[\s\S]*?export function (\w+)\(/g;
  for (const match of SOURCE.matchAll(pattern)) found[match[1]!] = (functions as unknown as Record<string, (...a: unknown[]) => unknown[][]>)[match[2]!]!;
  return found;
}

const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

describe.each([...EXAMPLES, ...MORE_EXAMPLES].map((e) => [formulaNl(e), e] as const))('%s', (_formula, example) => {
  it(`gives ${formatNl(example.result, example.decimals)}`, () => {
    const fn = implementations()[example.id]!;
    const result = fn(...example.args.map((arg) => [[arg]]));
    expect(result).toHaveLength(1);
    expect(round(result[0]![0] as number, example.decimals)).toBe(example.result);
  });
});

describe('the examples are the documentation', () => {
  it('one example per function, and each is the JSDoc @example of that function', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual(FUNCTION_IDS);
    for (const id of FUNCTION_IDS) {
      const block = SOURCE.split('/**').find((b) => b.includes(`@customfunction ${id}\n`))!;
      expect([id, block.match(/@example (.*)\n/)?.[1]]).toEqual([id, exampleLine(EXAMPLES.find((e) => e.id === id)!)]);
    }
  });
  it('writes formulas the way Dutch and English Excel expect them', () => {
    const beds = EXAMPLES.find((e) => e.id === 'COA_BEDS')!;
    expect(formulaNl(beds)).toBe('=AENM.COA_BEDS(25000; 10,6)');
    expect(formulaEn(beds)).toBe('=AENM.COA_BEDS(25000, 10.6)');
    expect(formatNl(-935_109_000, 0)).toBe('-935.109.000');
    expect(formatNl(22_083.33, 2)).toBe('22.083,33');
  });
  it('prints every example with its result on the help page of its function', () => {
    const metadata = {
      functions: FUNCTION_IDS.map((id: FunctionId) => ({ id, name: id, description: `d ${id}`, parameters: [{ name: 'x', description: 'p' }] })),
    };
    const pages = new Map(renderHelpPages(metadata).map((p) => [p.file, p.html]));
    for (const e of [...EXAMPLES, ...MORE_EXAMPLES]) {
      const html = pages.get(`${e.id.toLowerCase()}.html`)!;
      const printed = `<code>${formulaNl(e).replace(/"/g, '&quot;')}</code>`;
      expect(html).toContain(printed);
      const row = html.slice(html.indexOf(printed)).split('</tr>')[0]!;
      expect(row).toContain(`data-example-result>${formatNl(e.result, e.decimals)}</td>`);
    }
    expect(pages.get('index.html')).toContain('ind_cost.html');
  });
  it('explains on every help page what an empty cell and 0 mean, citing the office-js issues, and data types', () => {
    const metadata = { functions: FUNCTION_IDS.map((id: FunctionId) => ({ id, name: id, parameters: [] })) };
    for (const page of renderHelpPages(metadata).filter((p) => p.file !== 'index.html')) {
      for (const text of ['Lege cellen', 'OfficeDev/office-js', '#4702', '#5262', '#1951', 'geldt het argument als weggelaten', 'basicValue']) {
        expect([page.file, text, page.html.includes(text)]).toEqual([page.file, text, true]);
      }
    }
  });
});
