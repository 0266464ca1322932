// Property-based: whatever a controller (or an attacker) types, the evaluator answers
// with a finite, non-negative number or a typed error, and never throws.
import fc from 'fast-check';
import { evaluateDriverExpression } from '../../../src/core/expressions';
import { describeError } from '../../../src/core';

const CODES = new Set(['expressionSyntax', 'expressionNotAllowed', 'expressionBarePercent', 'ambiguousThousands', 'notFinite', 'negative', 'tooMuchInput']);

function assertWellBehaved(text: string, basis: number): void {
  const r = evaluateDriverExpression(text, { basis, what: 'x' });
  if (r.ok) {
    expect(Number.isFinite(r.value)).toBe(true);
    expect(r.value).toBeGreaterThanOrEqual(0);
  } else {
    expect(CODES.has(r.error.code)).toBe(true);
    expect(describeError(r.error, 'nl').length).toBeGreaterThan(0);
    expect(describeError(r.error, 'en').length).toBeGreaterThan(0);
  }
}

const basis = fc.double({ min: 0, max: 1e9, noNaN: true });

// Tokens from both the allowed grammar and the mathjs features that must be refused.
const TOKENS = [
  'basis',
  '1',
  '0,8',
  '2.5',
  '1.500',
  '%',
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  ' ',
  'cos',
  'import',
  '.',
  'constructor',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '=',
  '"',
  "'",
  '?',
  '!',
  'x',
  'e',
  'cm',
  ';',
  'to',
  '<',
  'and',
  '#',
  '0x1F',
  '0b1',
  '0o7',
  '76,400',
  '1e3',
  '1e309',
  '%(',
  '__proto__',
  '\u0000',
  '\u202e',
  '\t',
];

// Random expression trees, as text: allowed nodes mixed with refused ones.
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('basis', 'Basis', '0', '1', '2,5', '76400', '10%', 'x', 'pi', '"s"', '5 cm', '1.500'),
    fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => String(n)),
    fc.tuple(tie('tree'), fc.constantFrom('+', '-', '*', '/', '^', '%', '<', ' and ', ':'), tie('tree')).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('tree').map((a) => `(${a})`),
    tie('tree').map((a) => `-${a}`),
    fc.tuple(fc.constantFrom('cos', 'import', 'evaluate', 'f', 'parse'), tie('tree')).map(([f, a]) => `${f}(${a})`),
    tie('tree').map((a) => `[${a}, 1]`),
    tie('tree').map((a) => `{a: ${a}}`),
    tie('tree').map((a) => `${a}.constructor`),
    tie('tree').map((a) => `f(x) = ${a}`),
    tie('tree').map((a) => `a = ${a}`),
  ),
}));

// Only allowed nodes, with the value each should have, to check the arithmetic too.
type Safe = { text: string; value: (b: number) => number };
const { safe } = fc.letrec((tie) => ({
  safe: fc.oneof(
    { depthSize: 'small' },
    fc.constant<Safe>({ text: 'basis', value: (b) => b }),
    fc.integer({ min: 0, max: 100000 }).map((n): Safe => ({ text: String(n), value: () => n })),
    fc.tuple(tie('safe') as fc.Arbitrary<Safe>, fc.constantFrom('+', '-', '*', '/'), tie('safe') as fc.Arbitrary<Safe>).map(([a, op, b]): Safe => ({
      text: `(${a.text}) ${op} (${b.text})`,
      value: (x) => {
        const l = a.value(x);
        const r = b.value(x);
        return op === '+' ? l + r : op === '-' ? l - r : op === '*' ? l * r : l / r;
      },
    })),
  ),
}));

describe('evaluateDriverExpression properties', () => {
  it('never throws on arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), basis, (t, b) => assertWellBehaved(t, b)),
      { numRuns: 500 },
    );
  });

  it('never throws on token soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), basis, (ts, b) => assertWellBehaved(ts.join(''), b)),
      {
        numRuns: 1000,
      },
    );
  });

  it('never throws on random expression trees with refused constructs', () => {
    fc.assert(
      fc.property(tree, basis, (t, b) => assertWellBehaved(t, b)),
      { numRuns: 1000 },
    );
  });

  it('computes whitelisted trees exactly as plain arithmetic does', () => {
    fc.assert(
      fc.property(safe, fc.integer({ min: 0, max: 1e6 }), (s, b) => {
        const expected = s.value(b);
        const r = evaluateDriverExpression(s.text, { basis: b, allowNegative: true });
        if (s.text.length > 200) return; // the length limit answers first
        if (Number.isFinite(expected)) expect(r).toEqual({ ok: true, value: expected === 0 ? 0 : expected });
        else expect(r.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
