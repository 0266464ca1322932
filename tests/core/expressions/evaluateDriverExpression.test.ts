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

  it('follows mathjs for percentages inside an expression', () => {
    expect(value('basis * 80%')).toBeCloseTo(69432, 6);
    expect(value('basis - 10%')).toBeCloseTo(78111, 6);
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
