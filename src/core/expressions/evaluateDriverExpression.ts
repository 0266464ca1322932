import { fail, ok, type Result } from '../edition/result';
import { isRefusal, parseDriverExpression, type Refusal } from './parse';
import { evaluateSafe } from './safeExpr';

export interface DriverExpressionContext {
  /** The published (preset) value the expression is relative to. */
  readonly basis: number;
  /** How the field is named in messages, e.g. "COA-instroom 2026". */
  readonly what?: string;
  /** Counts, prices and months cannot be negative; a few money drivers can. */
  readonly allowNegative?: boolean;
}

/** Longer than any sensible driver; bounds parsing time. */
export const MAX_EXPRESSION_LENGTH = 200;

/** "10%" on its own: is it a change or a share? Refused, with both readings offered. */
const BARE_PERCENT = /^(\d+(?:[.,]\d+)?)\s*%$/;
/** "-10%" / "+10%" on their own: relative to basis, i.e. basis × 0,9 / basis × 1,1. */
const SIGNED_PERCENT = /^([+-])\s*(\d+(?:[.,]\d+)?\s*%)$/;

/**
 * A driver value typed in the pane: a number or an expression relative to the
 * published value. Read by a small hand-written parser (parse.ts): linear in
 * the length, which is capped; nothing is compiled or run.
 *
 * - numbers: "76400", "0,8" or "0.8" (one decimal separator, either); "1.500"
 *   and "76,400" are refused as ambiguous (thousands or decimals?), in every
 *   display language; "1e6" is 1000000;
 * - operators: + - * / ^, unary minus, parentheses, the name `basis` (or `base`);
 * - "-10%" / "+10%" alone mean basis × 0,9 / basis × 1,1; "X - 10%" / "X + 10%"
 *   mean X × 0,9 / X × 1,1; in a product a percentage is a share: "basis * 80%"
 *   = basis × 0,8; "10%" alone, "(10%)", "10% + basis" and "basis - 10% * 2"
 *   are refused as ambiguous;
 * - refused with a reason: comments (#), hexadecimal/binary/octal literals (0x10),
 *   implicit multiplication (2 basis), names, function calls, quotes, and any
 *   other character;
 * - empty text means "keep the published value" and gives basis.
 *
 * Never throws: refused input is a typed error worded by describeError.
 *
 * @example evaluateDriverExpression('basis * 0.8', { basis: 25000 }) // ok 20000
 * @example evaluateDriverExpression('-10%', { basis: 25000 }) // ok 22500
 */
export function evaluateDriverExpression(text: string, context: DriverExpressionContext): Result<number> {
  const what = context.what ?? 'driver';
  if (typeof text !== 'string') return fail('invalidValue', 'expressionSyntax', { what, given: String(text), reason: 'unexpectedEnd', name: '' });
  // The cap comes before any other work, trimming included, so a pasted megabyte costs nothing.
  if (text.length > MAX_EXPRESSION_LENGTH * 4) return fail('invalidValue', 'tooMuchInput', { what, max: MAX_EXPRESSION_LENGTH });
  const given = text.trim();
  if (given === '') return finish(context.basis, given, context, what);
  if (given.length > MAX_EXPRESSION_LENGTH) return fail('invalidValue', 'tooMuchInput', { what, max: MAX_EXPRESSION_LENGTH });

  if (BARE_PERCENT.test(given)) return fail('invalidValue', 'expressionBarePercent', { what, given });
  const signed = SIGNED_PERCENT.exec(given);
  const tree = parseDriverExpression(signed ? `basis ${signed[1]} ${signed[2]}` : given);
  if (isRefusal(tree)) return refused(tree, what, given);
  return finish(evaluateSafe(tree, context.basis), given, context, what);
}

function refused(refusal: Refusal, what: string, given: string): Result<number> {
  switch (refusal.refused) {
    case 'thousands':
      return fail('invalidValue', 'ambiguousThousands', { what, given: refusal.given, asWhole: refusal.asWhole, asDecimal: refusal.asDecimal });
    case 'syntax':
      return fail('invalidValue', 'expressionSyntax', { what, given, reason: refusal.reason, name: refusal.name });
    case 'notAllowed':
      return fail('invalidValue', 'expressionNotAllowed', { what, given, construct: refusal.construct, name: refusal.name });
  }
}

function finish(value: number, given: string, context: DriverExpressionContext, what: string): Result<number> {
  if (!Number.isFinite(value)) return fail('invalidValue', 'notFinite', { what, given });
  if (value < 0 && !context.allowNegative) return fail('invalidValue', 'negative', { what, given: given || value });
  // -0 from "basis * -0" reads oddly in a field.
  return ok(value === 0 ? 0 : value);
}
