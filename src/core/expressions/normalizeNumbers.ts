/**
 * Number notation before mathjs sees the text. Controllers type Dutch numbers,
 * so:
 * - a decimal comma is accepted: "0,8" = 0.8 (commas have no other use in a
 *   driver expression, since function calls and lists are refused anyway);
 * - a dot before exactly three digits ("1.500", "76.400") is refused as
 *   ambiguous: Dutch reads it as 1500, mathjs as 1.5, and guessing would give a
 *   number a thousand times off; "0.125" and "1.5" are plain decimals;
 * - several separators in one number ("1.234.567", "1.234,5") are refused too.
 */
export type NumberNotation =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly given: string; readonly asWhole: number; readonly asDecimal: number }
  | { readonly ok: false; readonly given: string; readonly malformed: true };

const NUMBER_LIKE = /\d[\d.,]*/g;

export function normalizeNumbers(text: string): NumberNotation {
  let problem: NumberNotation | undefined;
  const out = text.replace(NUMBER_LIKE, (token) => {
    if (problem) return token;
    if (/^\d+$/.test(token)) return token;
    if (/^\d+,\d+$/.test(token)) return token.replace(',', '.');
    if (/^[1-9]\d{0,2}\.\d{3}$/.test(token)) {
      problem = { ok: false, given: token, asWhole: Number(token.replace('.', '')), asDecimal: Number(token) };
      return token;
    }
    if (/^\d+\.\d+$/.test(token)) return token;
    // A trailing separator ("5." or "5,") is left for the parser to judge.
    if (/^\d+[.,]$/.test(token)) return token.replace(',', '.');
    problem = { ok: false, given: token, malformed: true };
    return token;
  });
  return problem ?? { ok: true, text: out };
}

/** "10%" on its own: is it a change or a share? Refused, with both readings offered. */
export const BARE_PERCENT = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/;

/** "-10%" / "+10%" on their own: relative to basis, i.e. basis × 0.9 / basis × 1.1. */
export const SIGNED_PERCENT = /^\s*([+-])\s*(\d+(?:[.,]\d+)?)\s*%\s*$/;
