// Known ways out of a mathjs sandbox (mathjs security advisories, CTF write-ups, the
// mathjs "security" docs). Every one must come back as a typed error, never a value,
// never an exception, and never a side effect.
import { evaluateDriverExpression } from '../../../src/core/expressions';
import { DISABLED_FUNCTIONS, restrictedInstance } from '../../../src/core/expressions/restrictedMath';

const ESCAPES: readonly string[] = [
  'import({x: 1})',
  'import(1)',
  'createUnit("x")',
  "createUnit('x')",
  'evaluate("1")',
  'parse("1")',
  'compile("1")',
  'simplify("x")',
  'derivative("x^2", "x")',
  'resolve(x)',
  'reviver()',
  'f(x)=x',
  'f(x)=x; f(basis)',
  'a=1',
  'basis=1',
  '[1,2].map',
  '[1,2].map(cos)',
  'cos.constructor("return process")()',
  '"".constructor',
  'simplify.constructor',
  'simplify.constructor("return this")()',
  'f=cos.constructor',
  '{}',
  '{a: 1}',
  '{}["constructor"]["constructor"]("return process")()',
  'x["constructor"]',
  'basis.constructor',
  'basis["valueOf"]()',
  '[1, 2, 3]',
  'matrix([1])',
  '1:3',
  '"1"',
  "'1'",
  '5 cm',
  '5 cm to inch',
  'unit("5 cm")',
  'typed.constructor',
  'chain(1).done()',
  'help(cos)',
  'string(1)',
  'basis ? 1 : 2',
  '1 < 2',
  'not 1',
  '8 % 3',
  '3!',
  "basis'",
  'e',
  'pi',
  'Infinity',
  'NaN',
  'config({number: "BigNumber"})',
  '_',
  'this',
  'process.exit(1)',
  'cos(1)',
];

describe('sandbox escapes', () => {
  it('has a corpus of at least 25 entries', () => {
    expect(ESCAPES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(ESCAPES)('refuses %s with a typed error', (text) => {
    const r = evaluateDriverExpression(text, { basis: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('invalidValue');
  });

  it.each(DISABLED_FUNCTIONS.filter((name) => name !== 'import'))('disables %s on the instance itself', (name) => {
    const fn = (restrictedInstance() as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
    expect(() => fn?.('1')).toThrow(/disabled/);
  });

  it('disables import on the instance itself', () => {
    expect(() => restrictedInstance().import({ evil: () => 1 }, { override: true })).toThrow(/disabled/);
  });
});
