import { fail, ok, type Failure, type Result } from './result';
import type { Subject } from './subjects';

/** Limits that keep every result an exact double and reject typos like 1E+20. */
export const LIMITS = {
  /** People, applications, beds: more than the world's refugees is a typo. */
  count: 1e9,
  /** Euros: a thousand times the whole national budget. */
  euros: 1e15,
  months: 1200,
} as const;

/** The common case of nonNegative, without building a Result: hot paths check this first. */
export const withinLimit = (value: number, max: number): boolean => value >= 0 && value <= max;

/** nonNegative's refusal, for a value withinLimit turned down (never called for a valid one). */
export function refusal(what: Subject, value: number, max: number): Failure {
  const checked = nonNegative(what, value, max);
  return checked.ok ? fail('invalidValue', 'notANumber', { what, given: String(value) }) : checked;
}

export function nonNegative(what: Subject, value: number, max: number): Result<number> {
  if (!Number.isFinite(value)) return fail('invalidValue', 'notANumber', { what, given: String(value) });
  if (value < 0) return fail('invalidValue', 'negative', { what, given: value });
  if (value > max) return fail('invalidValue', 'tooLarge', { what, given: value, max });
  return ok(value);
}

export function positive(what: Subject, value: number, max: number): Result<number> {
  const checked = nonNegative(what, value, max);
  if (checked.ok && checked.value === 0) return fail('invalidValue', 'zeroDivisor', { what });
  return checked;
}

/** Years are whole numbers; the edition decides which exist. */
export function wholeYear(value: number): Result<number> {
  if (!Number.isFinite(value)) return fail('invalidValue', 'notANumber', { what: 'year', given: String(value) });
  if (!Number.isInteger(value)) return fail('invalidValue', 'notWhole', { what: 'year', given: value });
  return ok(value);
}
