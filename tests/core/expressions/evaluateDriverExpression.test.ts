import { describeError, OB2025, presetDrivers } from '../../../src/core';
import { evaluateDriverExpression } from '../../../src/core/expressions';

// Tabel 6, Instroom in de opvang 2026 as printed: 86.790 (the basis a controller edits from).
const COA_INFLOW_2026 = 86790;
const at = (text: string, basis = COA_INFLOW_2026) => evaluateDriverExpression(text, { basis, what: 'COA-instroom 2026' });
const value = (text: string, basis?: number) => {
  const r = at(text, basis);
  if (!r.ok) throw new Error(`expected a value for ${text}: ${describeError(r.error, 'en')}`);
  return r.value;
};
const code = (text: string) => {
  const r = at(text);
  return r.ok ? `value ${r.value}` : r.error.code;
};

describe('evaluateDriverExpression', () => {
  it('uses the published value when the field is empty', () => {
    expect(value('')).toBe(86790);
    expect(value('   ')).toBe(86790);
  });

  it('accepts plain numbers and arithmetic relative to basis', () => {
    expect(value('76400 - 5000')).toBe(71400);
    expect(value('basis * 0.8')).toBe(69432);
    expect(value('(basis + 2500) / 2')).toBe(44645);
    expect(value('2 ^ 10')).toBe(1024);
    expect(value('Basis')).toBe(86790);
  });

  it('reads a leading signed percentage as a change from basis', () => {
    expect(value('-10%')).toBeCloseTo(78111, 6);
    expect(value('+20%')).toBeCloseTo(104148, 6);
    expect(value(' - 10 % ')).toBeCloseTo(78111, 6);
  });

  it('reads a percentage after + or - as a change, and in a product as a share', () => {
    expect(value('basis * 80%')).toBeCloseTo(69432, 6);
    expect(value('80% * basis')).toBeCloseTo(69432, 6);
    expect(value('basis - 10%')).toBeCloseTo(78111, 6);
    expect(value('basis + 10%')).toBeCloseTo(95469, 6);
    expect(value('basis * (1 - 10%)')).toBeCloseTo(78111, 6);
    expect(value('basis * (1 + 10%) ^ 2', 100)).toBeCloseTo(121, 6);
  });

  it('refuses, with a reason, percentages that would get round the bare-percent refusal or be misread', () => {
    // "(10%)" was 0,1; "basis - (10%)" subtracted 0,1 while "basis - 10%" takes 10% off.
    for (const text of ['(10%)', '-(10%)', 'basis - (10%)', '10% + basis', '10% * 10%', 'basis - 10% * 2', 'basis - 2 * 10%', 'basis ^ 50%', 'basis % 3', 'basis%', '(basis)%', 'basis + 10%%']) {
      const r = at(text);
      expect({ text, code: r.ok ? r.value : r.error.code, construct: r.ok ? undefined : r.error.params.construct }).toEqual({ text, code: 'expressionNotAllowed', construct: 'percent' });
      if (!r.ok) expect(describeError(r.error, 'en')).toContain('percentages in this position are not allowed');
    }
  });

  it('refuses the forms that silently changed meaning: comments, hex/binary/octal, implicit multiplication', () => {
    const refused = (text: string) => {
      const r = at(text);
      return r.ok ? `value ${r.value}` : `${r.error.code}:${String(r.error.params.construct)}:${String(r.error.params.name)}`;
    };
    // mathjs read "basis # * 2" as basis, "0x10" as 16, "2 basis" as 2 × basis.
    expect(refused('basis # * 2')).toBe('expressionNotAllowed:comment:# * 2');
    expect(refused('0x10')).toBe('expressionNotAllowed:radix:0x10');
    expect(refused('0b11')).toBe('expressionNotAllowed:radix:0b11');
    expect(refused('0o17')).toBe('expressionNotAllowed:radix:0o17');
    expect(refused('basis * 0X1F')).toBe('expressionNotAllowed:radix:0X1F');
    expect(refused('2 basis')).toBe('expressionNotAllowed:implicit:basis');
    expect(refused('2(3)')).toBe('expressionNotAllowed:implicit:(');
    expect(refused('1_000')).toBe('expressionNotAllowed:implicit:1_000');
    const comment = at('basis # * 2');
    if (!comment.ok) {
      expect(describeError(comment.error, 'nl')).toContain('opmerkingen met # zijn niet toegestaan');
      expect(describeError(comment.error, 'en')).toContain('comments with # are not allowed');
    }
  });

  it('reads numbers the same way in every display language: thousands forms with comma or dot are refused', () => {
    // English placeholders show Tabel 6's 76.400 as "76,400"; mathjs read it as 76,4.
    for (const [text, asWhole, asDecimal] of [
      ['76,400', 76400, 76.4],
      ['76,400 - 5,000', 76400, 76.4],
      ['basis - 1,500', 1500, 1.5],
      ['1.500', 1500, 1.5],
      ['basis - 1.500', 1500, 1.5],
      ['-1,500%', 1500, 1.5],
    ] as const) {
      const r = at(text);
      expect({ text, code: r.ok ? r.value : r.error.code, asWhole: r.ok ? 0 : r.error.params.asWhole, asDecimal: r.ok ? 0 : r.error.params.asDecimal }).toEqual({ text, code: 'ambiguousThousands', asWhole, asDecimal });
    }
    const english = at('76,400');
    if (!english.ok) expect(describeError(english.error, 'en')).toContain('Write 76400 (no thousands separator) or 76.4');
    // Decimals that cannot be thousands read the same with either separator.
    expect(value('basis * 0,8')).toBe(69432);
    expect(value('basis * 0.8')).toBe(69432);
    expect(value('2,5', 1)).toBe(2.5);
    expect(value('0,125', 1)).toBe(0.125);
    expect(value('1234,5', 1)).toBe(1234.5);
    expect(value('1,5e3', 1)).toBe(1500);
    expect(code('76,400,000')).toBe('expressionSyntax');
    expect(code('1.234,5')).toBe('expressionSyntax');
    expect(code('5.')).toBe('expressionSyntax');
    expect(code('.5')).toBe('expressionSyntax');
  });

  it('gives a reason with every syntax refusal', () => {
    for (const [text, reason] of [
      ['basis *', 'the expression ends too early'],
      ['(basis', 'a bracket is not closed'],
      ['basis)', 'a closing bracket without an opening one'],
      ['basis * * 2', '"*" is out of place'],
      ['1.234.567', 'has more than one separator'],
      ['basis \u0007', 'the character U+0007'],
    ] as const) {
      const r = at(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect({ text, message: describeError(r.error, 'en') }).toEqual({ text, message: expect.stringContaining(reason) });
    }
  });

  it('refuses a bare percentage as ambiguous, offering both readings', () => {
    const r = at('10%');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('expressionBarePercent');
      expect(describeError(r.error, 'nl')).toContain('basis * 10%');
    }
  });

  it('accepts a Dutch decimal comma and refuses a dot before three digits', () => {
    expect(value('basis * 0,8')).toBe(69432);
    const r = at('1.500');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('ambiguousThousands');
      expect(describeError(r.error, 'nl')).toContain('1500');
      expect(describeError(r.error, 'nl')).toContain('1,5');
      expect(describeError(r.error, 'en')).toContain('1.5');
    }
    expect(value('0.125', 1)).toBe(0.125);
    expect(code('1.234.567')).toBe('expressionSyntax');
  });

  it('refuses non-finite and (for counts) negative results', () => {
    expect(code('1/0')).toBe('notFinite');
    expect(code('10^400')).toBe('notFinite');
    expect(code('(-8)^0.5')).toBe('notFinite');
    expect(code('basis - 90000')).toBe('negative');
    const money = evaluateDriverExpression('basis - 90000', { basis: COA_INFLOW_2026, allowNegative: true });
    expect(money).toEqual({ ok: true, value: -3210 });
  });

  it('says in the message which construct is not allowed', () => {
    const r = at('import(1)');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('expressionNotAllowed');
      expect(describeError(r.error, 'nl')).toContain('functieaanroepen zijn niet toegestaan (import)');
      expect(describeError(r.error, 'en')).toContain('function calls are not allowed (import)');
    }
  });

  it('refuses very long input and deep nesting without throwing', () => {
    expect(code('1+'.repeat(150) + '1')).toBe('tooMuchInput');
    expect(code('('.repeat(60) + '1' + ')'.repeat(60))).toBe('expressionNotAllowed');
    expect(code('('.repeat(20) + '1' + ')'.repeat(20))).toBe('value 1');
  });

  it('edits every preset driver of OB2025 from its published value', () => {
    const drivers = presetDrivers(OB2025, 'basis');
    const outflow2026 = drivers.year.coaOutflow[drivers.years.indexOf(2026)];
    expect(outflow2026).toBe(52040);
    expect(value('basis * 0.8', outflow2026)).toBe(41632);
  });
});
