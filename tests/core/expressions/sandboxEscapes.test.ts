// Known ways out of a mathjs sandbox (mathjs security advisories, CTF write-ups, the
// mathjs "security" docs). The add-in no longer uses mathjs (a hand-written parser reads
// the small grammar), but the corpus stays: every one must come back as a typed error
// with a reason, never a value, never an exception, and never a side effect.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeError } from '../../../src/core';
import { evaluateDriverExpression } from '../../../src/core/expressions';

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

  it.each(ESCAPES)('refuses %s with a typed error and a reason', (text) => {
    const r = evaluateDriverExpression(text, { basis: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('invalidValue');
      expect(['expressionNotAllowed', 'expressionSyntax', 'expressionBarePercent']).toContain(r.error.code);
      // A reason: the construct refused, or why the text is not an expression.
      expect(r.error.params.construct ?? r.error.params.reason ?? r.error.code).toBeTruthy();
      expect(describeError(r.error, 'en')).not.toMatch(/undefined/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the parser compiles nothing and depends on no expression library', () => {
    const dir = join(__dirname, '../../../src/core/expressions');
    for (const file of ['parse.ts', 'safeExpr.ts', 'evaluateDriverExpression.ts']) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect({ file, dynamic: /\beval\(|new Function|\bimport\(|\brequire\(/.test(source) }).toEqual({ file, dynamic: false });
      expect({ file, imports: source.match(/from '[^.][^']*'/g) ?? [] }).toEqual({ file, imports: [] });
    }
  });
});
