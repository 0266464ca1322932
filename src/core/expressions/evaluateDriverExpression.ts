import { fail, ok, type Result } from '../edition/result';
import { BARE_PERCENT, normalizeNumbers, SIGNED_PERCENT } from './normalizeNumbers';
import { parseRestricted } from './restrictedMath';
import { evaluateSafe, isSafe, toSafeExpr } from './safeAst';

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

/**
 * A driver value typed in the pane: a number or an expression relative to the
 * published value.
 *
 * - numbers: "76400", Dutch decimal comma "0,8"; "1.500" is refused as ambiguous;
 * - operators: + - * / ^, unary minus, parentheses, the name `basis` (or `base`);
 * - "-10%" / "+10%" alone mean basis × 0.9 / basis × 1.1; inside an expression a
 *   percentage follows mathjs: "basis * 80%" = basis × 0.8, "basis - 10%" =
 *   basis × 0.9; "10%" alone is refused as ambiguous (change or share?);
 * - empty text means "keep the published value" and gives basis.
 *
 * Never throws: refused input is a typed error worded by describeError.
 *
 * @example evaluateDriverExpression('basis * 0.8', { basis: 25000 }) // ok 20000
 * @example evaluateDriverExpression('-10%', { basis: 25000 }) // ok 22500
 */
export function evaluateDriverExpression(text: string, context: DriverExpressionContext): Result<number> {
  const what = context.what ?? 'driver';
  const given = typeof text === 'string' ? text.trim() : '';
  if (given === '') return finish(context.basis, given, context, what);
  if (given.length > MAX_EXPRESSION_LENGTH) return fail('invalidValue', 'tooMuchInput', { what, max: MAX_EXPRESSION_LENGTH });

  const bare = BARE_PERCENT.exec(given);
  if (bare) return fail('invalidValue', 'expressionBarePercent', { what, given });
  const signed = SIGNED_PERCENT.exec(given);
  const source = signed ? `basis ${signed[1]} ${signed[2]}%` : given;

  const numbers = normalizeNumbers(source);
  if (!numbers.ok) {
    return 'malformed' in numbers
      ? fail('invalidValue', 'expressionSyntax', { what, given })
      : fail('invalidValue', 'ambiguousThousands', { what, given: numbers.given, asWhole: numbers.asWhole, asDecimal: numbers.asDecimal });
  }

  let tree;
  try {
    tree = toSafeExpr(parseRestricted(numbers.text));
  } catch {
    // mathjs syntax errors, and stack overflows on absurd nesting.
    return fail('invalidValue', 'expressionSyntax', { what, given });
  }
  if (!isSafe(tree)) return fail('invalidValue', 'expressionNotAllowed', { what, given, construct: tree.construct, name: tree.name });
  return finish(evaluateSafe(tree, context.basis), given, context, what);
}

function finish(value: number, given: string, context: DriverExpressionContext, what: string): Result<number> {
  if (!Number.isFinite(value)) return fail('invalidValue', 'notFinite', { what, given });
  if (value < 0 && !context.allowNegative) return fail('invalidValue', 'negative', { what, given: given || value });
  // -0 from "basis * -0" reads oddly in a field.
  return ok(value === 0 ? 0 : value);
}
