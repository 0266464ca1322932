/**
 * Errors are values: the core never throws for bad input. The kind decides
 * the Excel error (#N/A for "no such thing", #VALUE! for "not a valid value");
 * the code and params let one place (messages.ts) word the message.
 */
export type ErrorKind = 'notAvailable' | 'invalidValue';

export type ErrorCode =
  | 'unknownKey' // params: what, given, accepted
  | 'ambiguousKey' // params: what, given, accepted (the candidates)
  | 'ambiguousName' // params: what, given, accepted (the rows the words fit)
  | 'unknownYear' // params: what, row?, given, accepted (years)
  | 'notANumber' // params: what, given
  | 'ambiguousNumberText' // params: what, given
  | 'negative' // params: what, given
  | 'notWhole' // params: what, given
  | 'tooLarge' // params: what, given, max
  | 'empty' // params: what
  | 'notText' // params: what, given
  | 'upstreamError' // params: what, given (an Excel error passed in)
  | 'zeroDivisor' // params: what
  | 'tooMuchInput' // params: what, cells?, max
  | 'numberAsText' // params: what, given (digits typed as text, e.g. "1000")
  | 'logicalGiven' // params: what, given (TRUE/FALSE where a number or text belongs)
  | 'shapeMismatch' // params: what, given (the shapes, e.g. "3x1, 2x1")
  | 'outsideRange' // params: what, given (the shapes), shape (the result's): a cell past the end of a shorter range
  | 'internalError' // params: what, given (a defect, never a user mistake)
  | 'dataType' // params: what, given (a data-type cell without a plain value: its type, e.g. Entity)
  // Driver expressions typed in the task pane (src/core/expressions):
  | 'expressionSyntax' // params: what, given, reason?, name? (why it is not an expression)
  | 'expressionNotAllowed' // params: what, given, construct, name
  | 'expressionBarePercent' // params: what, given ("10%" alone: change or share?)
  | 'ambiguousThousands' // params: what, given, asWhole, asDecimal ("1.500": 1500 or 1,5?)
  | 'notFinite'; // params: what, given

export interface CoreError {
  readonly kind: ErrorKind;
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | number | readonly (string | number)[]>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CoreError };

/** The failing half of a Result. */
export type Failure = { readonly ok: false; readonly error: CoreError };

/**
 * A number, or why there is none: the Result of per-cell arithmetic, without an
 * object per success. A 100.000-cell range otherwise makes 100.000 short-lived
 * objects, and the garbage collection they cause costs more than the arithmetic.
 */
export type Checked = number | Failure;

export const asResult = (checked: Checked): Result<number> => (typeof checked === 'number' ? ok(checked) : checked);

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (kind: ErrorKind, code: ErrorCode, params: CoreError['params']): { ok: false; error: CoreError } => ({
  ok: false,
  error: { kind, code, params },
});

/** Applies f to a successful value, passing errors through unchanged. */
export const map = <T, U>(result: Result<T>, f: (value: T) => U): Result<U> => (result.ok ? ok(f(result.value)) : result);
export const chain = <T, U>(result: Result<T>, f: (value: T) => Result<U>): Result<U> => (result.ok ? f(result.value) : result);
