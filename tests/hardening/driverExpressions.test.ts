// Property-based: whatever a controller (or a paste) puts in a driver field of the pane,
// evaluateDriverExpression answers a Result — never throws, never runs code, never returns
// NaN/Infinity — quickly, with a message of readable length.
import fc from 'fast-check';
import { describeError } from '../../src/core';
import { evaluateDriverExpression, MAX_DEPTH, MAX_EXPRESSION_LENGTH } from '../../src/core/expressions';
import { MAX_MESSAGE_CHARS, MAX_MS, megabyteText, timed } from './bounds';

const context = { basis: 25_000, what: 'COA-instroom 2026' };

function checkAnswer(text: string, allowNegative = false): void {
  const { value: result, ms } = timed(() => evaluateDriverExpression(text, { ...context, allowNegative }));
  expect(ms).toBeLessThan(MAX_MS);
  if (result.ok) {
    expect(Number.isFinite(result.value)).toBe(true);
    if (!allowNegative) expect(result.value).toBeGreaterThanOrEqual(0);
  } else {
    for (const language of ['nl', 'en'] as const) {
      const message = describeError(result.error, language);
      expect(message.length).toBeGreaterThan(0);
      expect(message.length).toBeLessThan(MAX_MESSAGE_CHARS);
    }
  }
}

/** Strings built from the expression alphabet, so the parser gets past the first character. */
const expressionLike = fc
  .array(
    fc.constantFrom(
      'basis',
      'base',
      '1',
      '0',
      '2,5',
      '0.8',
      '1.500',
      '10%',
      '-',
      '+',
      '*',
      '/',
      '^',
      '(',
      ')',
      ' ',
      'e',
      'pi',
      'x',
      '=',
      "'",
      '"',
      '[',
      ']',
      '{',
      '}',
      ':',
      ';',
      '.',
      ',',
      '!',
      'import',
      'evaluate',
      'constructor',
      '__proto__',
      'f(x)',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('evaluateDriverExpression under hostile input', () => {
  it('never throws on any string (fast-check, unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkAnswer(s)),
      { numRuns: 500 },
    );
  });

  it('never throws on expression-like strings, with or without negatives allowed', () => {
    fc.assert(
      fc.property(expressionLike, fc.boolean(), (s, neg) => checkAnswer(s, neg)),
      { numRuns: 1_000 },
    );
  });

  it('refuses code: functions, assignments, property access, quoted text', () => {
    for (const text of ['import({x: 1})', 'evaluate("1+1")', 'f(x) = x', 'basis = 1', 'basis.constructor', '[1, 2]', '"1"', 'cos(0)', 'createUnit("x")', 'basis["__proto__"]']) {
      const result = evaluateDriverExpression(text, context);
      expect({ text, ok: result.ok }).toEqual({ text, ok: false });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a 1 MB paste is refused in under a second with a short message', () => {
    const { value, ms } = timed(() => evaluateDriverExpression(megabyteText('1+'), context));
    expect(ms).toBeLessThan(MAX_MS);
    expect(value.ok).toBe(false);
    if (!value.ok) {
      expect(value.error.code).toBe('tooMuchInput');
      expect(describeError(value.error, 'nl').length).toBeLessThan(MAX_MESSAGE_CHARS);
    }
  });

  it('deep nesting and long operator chains within the length limit stay fast and safe', () => {
    const half = Math.floor(MAX_EXPRESSION_LENGTH / 2) - 1;
    for (const text of ['('.repeat(half) + '1' + ')'.repeat(half), '-'.repeat(MAX_EXPRESSION_LENGTH - 1) + '1', '2^'.repeat(half) + '2', '1/'.repeat(half) + '0']) {
      checkAnswer(text, true);
    }
  });

  it('numbers written as the pane shows them come back as themselves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const result = evaluateDriverExpression(`${whole},${String(cents).padStart(2, '0')}`, context);
        expect(result).toEqual({ ok: true, value: Number(`${whole}.${String(cents).padStart(2, '0')}`) });
      }),
      { numRuns: 200 },
    );
  });
});

// Issue 12 item 1: mathjs backtracked after each "%", so every nesting level of "1%(" doubled the
// work: 20 levels (81 characters) took 5,6 s, 49 levels never finished. The hand-written parser is
// linear: the whole family answers within a bound, and the time does not double per level.
describe('nesting families that were exponential', () => {
  const FAMILIES: Readonly<Record<string, (levels: number) => string>> = {
    'percent before bracket': (n) => '1%('.repeat(n) + '1' + ')'.repeat(n),
    'change in brackets (accepted)': (n) => '(1+10%)*('.repeat(n) + 'basis' + ')'.repeat(n),
    'unary and power chains': (n) => '-2^'.repeat(n) + '1',
    'nested products (accepted)': (n) => '(basis*'.repeat(n) + '1' + ')'.repeat(n),
  };

  /** Best of several batches: the machine is shared, the minimum is the parser's own cost. */
  function microseconds(text: string): number {
    const reps = 500;
    for (let i = 0; i < reps; i += 1) evaluateDriverExpression(text, context); // warm up
    let best = Infinity;
    for (let batch = 0; batch < 5; batch += 1) {
      const start = performance.now();
      for (let i = 0; i < reps; i += 1) evaluateDriverExpression(text, context);
      best = Math.min(best, ((performance.now() - start) * 1000) / reps);
    }
    return best;
  }

  it.each(Object.entries(FAMILIES))('%s: every depth up to the length cap answers within the hostile-input bound (1 s; mathjs: 5,6 s at 20 levels)', (_name, family) => {
    for (let levels = 1; family(levels).length <= MAX_EXPRESSION_LENGTH; levels += 1) {
      const { ms } = timed(() => evaluateDriverExpression(family(levels), context));
      expect({ levels, fast: ms < MAX_MS }).toEqual({ levels, fast: true });
    }
  });

  it.each(Object.entries(FAMILIES))('%s: time does not double per nesting level', (_name, family) => {
    let top = 1;
    while (family(top + 1).length <= MAX_EXPRESSION_LENGTH && top < MAX_DEPTH) top += 1;
    const low = Math.max(1, Math.floor(top / 4));
    const ratio = microseconds(family(top)) / microseconds(family(low));
    // Linear work: about top/low (≤ 4×) plus noise; doubling per level would be 2^(top-low).
    if (process.env.SHOW_FIGURES) console.log(`${_name}: ${low} → ${top} levels, ${ratio.toFixed(2)}×`);
    expect(ratio).toBeLessThan(16);
  });
});
