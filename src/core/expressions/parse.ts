/**
 * The driver-expression grammar, read by hand in one left-to-right pass (no
 * backtracking, no regular expressions over the whole text, no library):
 *
 *   expression := term (('+' | '-') (term | percent))*
 *   term       := unary (('*' | '/') unary)*
 *   unary      := ('+' | '-')* power
 *   power      := primary ('^' unary)?          right-associative: 2^3^2 = 2^9
 *   primary    := number ['%'] | 'basis' | 'base' | '(' expression ')'
 *
 * Each token is looked at a bounded number of times, so the work is linear in
 * the length (which evaluateDriverExpression caps at 200 characters), and the
 * recursion is bounded by MAX_DEPTH brackets. Nothing is ever compiled or run:
 * the result is a small tree of plain data that evaluateSafe computes.
 *
 * Numbers are read the same way in every display language (so the same text
 * means the same figure in the Dutch and the English pane and in the tests):
 * one decimal separator, comma or dot ("0,8" = "0.8" = 0,8); a separator before
 * exactly three digits after 1–3 leading digits ("1.500", "76,400") is refused
 * as ambiguous (thousands or decimals?); several separators ("1.234.567") are
 * refused. Percentages mean one of two things, each only where it cannot be
 * misread: a change after + or - ("basis - 10%" = basis × 0,9) or a share in a
 * product ("basis * 80%" = basis × 0,8). Everything else is refused with a
 * reason (see Refusal).
 */
import type { SafeExpr } from './safeExpr';

/** Brackets deeper than this are never a real driver; it also bounds the recursion. */
export const MAX_DEPTH = 40;

/** A construct worded in messages.ts (param `construct`), with the offending text. */
export interface NotAllowed {
  readonly refused: 'notAllowed';
  readonly construct: 'function' | 'assignment' | 'symbol' | 'accessor' | 'collection' | 'text' | 'operator' | 'comment' | 'radix' | 'implicit' | 'percent' | 'other';
  readonly name: string;
}

/** Text that is not an expression at all, with why (param `reason`). */
export interface SyntaxProblem {
  readonly refused: 'syntax';
  readonly reason: 'unexpectedEnd' | 'unexpected' | 'unclosed' | 'unopened' | 'trailingSeparator' | 'leadingSeparator' | 'severalSeparators' | 'character';
  readonly name: string;
}

export interface AmbiguousThousands {
  readonly refused: 'thousands';
  readonly given: string;
  readonly asWhole: number;
  readonly asDecimal: number;
}

export type Refusal = NotAllowed | SyntaxProblem | AmbiguousThousands;

type Token = { readonly t: 'num'; readonly value: number; readonly text: string } | { readonly t: 'basis' } | { readonly t: 'op'; readonly op: '+' | '-' | '*' | '/' | '^' } | { readonly t: '%' } | { readonly t: '(' } | { readonly t: ')' };

class Refused {
  constructor(readonly refusal: Refusal) {}
}

const notAllowed = (construct: NotAllowed['construct'], name: string): Refused => new Refused({ refused: 'notAllowed', construct, name });
const syntax = (reason: SyntaxProblem['reason'], name = ''): Refused => new Refused({ refused: 'syntax', reason, name });

const BASIS_NAMES: ReadonlySet<string> = new Set(['basis', 'base']);
/** Words some expression languages read as operators. */
const WORD_OPERATORS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'xor', 'mod', 'to', 'in', 'div']);

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSeparator = (c: string): boolean => c === '.' || c === ',';
const isWordChar = (c: string): boolean => /[\p{L}\p{N}_$]/u.test(c);

/** A character shown in a message: control and invisible characters by code point. */
const shown = (c: string): string => (/[\p{L}\p{N}\p{P}\p{S}]/u.test(c) ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

/** Characters that name a refused construct as soon as they appear outside a number. */
const CONSTRUCT_OF: Readonly<Record<string, NotAllowed['construct']>> = {
  '#': 'comment',
  '"': 'text',
  "'": 'text',
  '`': 'text',
  '[': 'collection',
  ']': 'collection',
  '{': 'collection',
  '}': 'collection',
  ':': 'collection',
  '=': 'assignment',
  ';': 'assignment',
  '.': 'accessor',
  '<': 'operator',
  '>': 'operator',
  '!': 'operator',
  '?': 'operator',
  '&': 'operator',
  '|': 'operator',
  '~': 'operator',
  '@': 'operator',
  '\\': 'operator',
};

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/u.test(c)) {
      i += 1;
    } else if (isDigit(c)) {
      i = readNumber(text, i, tokens);
    } else if (isSeparator(c) && isDigit(text[i + 1] ?? '')) {
      throw syntax('leadingSeparator', c);
    } else if (isWordChar(c)) {
      let end = i + 1;
      while (end < text.length && isWordChar(text[end]!)) end += 1;
      const word = text.slice(i, end);
      if (BASIS_NAMES.has(word.toLowerCase())) tokens.push({ t: 'basis' });
      else {
        let next = end;
        while (next < text.length && /\s/u.test(text[next]!)) next += 1;
        if (text[next] === '(') throw notAllowed('function', word);
        throw notAllowed(WORD_OPERATORS.has(word.toLowerCase()) ? 'operator' : 'symbol', word);
      }
      i = end;
    } else if (c === '+' || c === '-' || c === '*' || c === '/' || c === '^') {
      tokens.push({ t: 'op', op: c });
      i += 1;
    } else if (c === '%' || c === '(' || c === ')') {
      tokens.push({ t: c });
      i += 1;
    } else {
      const construct = CONSTRUCT_OF[c];
      if (construct) throw notAllowed(construct, construct === 'comment' ? text.slice(i, i + 20) : c);
      throw syntax('character', shown(String.fromCodePoint(text.codePointAt(i)!)));
    }
  }
  return tokens;
}

/** Reads one number starting at a digit; returns the index after it. */
function readNumber(text: string, start: number, tokens: Token[]): number {
  let i = start;
  while (i < text.length && (isDigit(text[i]!) || isSeparator(text[i]!))) i += 1;
  const body = text.slice(start, i);
  // "0x10", "0b1", "0o7": other expression languages read these as 16, 1, 7.
  if (body === '0' && /[xXbBoO]/.test(text[i] ?? '') && isWordChar(text[i + 1] ?? '')) {
    let end = i + 1;
    while (end < text.length && isWordChar(text[end]!)) end += 1;
    throw notAllowed('radix', text.slice(start, end));
  }
  let value: number;
  const separators = body.replace(/\d/g, '');
  if (separators.length === 0) value = Number(body);
  else if (separators.length > 1) throw syntax('severalSeparators', body);
  else {
    const [whole, fraction] = body.split(separators) as [string, string];
    if (fraction === '') throw syntax('trailingSeparator', body);
    if (/^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) {
      throw new Refused({ refused: 'thousands', given: body, asWhole: Number(whole + fraction), asDecimal: Number(`${whole}.${fraction}`) });
    }
    value = Number(`${whole}.${fraction}`);
  }
  let shownText = body;
  // Scientific notation: "1e6", "2,5E-3".
  const e = text[i];
  if ((e === 'e' || e === 'E') && (isDigit(text[i + 1] ?? '') || ((text[i + 1] === '+' || text[i + 1] === '-') && isDigit(text[i + 2] ?? '')))) {
    let end = i + 2;
    while (end < text.length && isDigit(text[end]!)) end += 1;
    const exponent = Number(text.slice(i + 1, end));
    value = Number(`${value}e${exponent}`);
    shownText = text.slice(start, end);
    i = end;
  }
  // "2basis", "5cm", "1_000": a number glued to a word.
  if (isWordChar(text[i] ?? '')) {
    let end = i;
    while (end < text.length && isWordChar(text[end]!)) end += 1;
    throw notAllowed('implicit', text.slice(start, end));
  }
  tokens.push({ t: 'num', value, text: shownText });
  return i;
}

/** A parsed piece, and what it is made of (to decide where a percentage may stand). */
interface Part {
  readonly expr: SafeExpr;
  /** Made of percentages only ("10%", "10% * 10%", "-10%"): a share of nothing. */
  readonly percentOnly: boolean;
  /** Exactly one unsigned "N%": the change form after + or -. */
  readonly lonePercent?: number;
  /** Contains a percentage anywhere. */
  readonly hasPercent: boolean;
  /** The first percentage as typed, for messages. */
  readonly percentShown?: string;
}

class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): SafeExpr {
    if (this.tokens.length === 0) throw syntax('unexpectedEnd');
    const whole = this.expression();
    const next = this.tokens[this.at];
    if (next) throw next.t === ')' ? syntax('unopened', ')') : syntax('unexpected', describe(next));
    if (whole.percentOnly) throw notAllowed('percent', percentText(whole));
    return whole.expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private expression(): Part {
    let left = this.term();
    for (let next = this.peek(); next?.t === 'op' && (next.op === '+' || next.op === '-'); next = this.peek()) {
      const op = next.op;
      this.at += 1;
      const right = this.term();
      if (left.percentOnly) throw notAllowed('percent', percentText(left));
      if (right.lonePercent !== undefined) {
        // "basis - 10%" = basis × 0,9; "basis + 10%" = basis × 1,1.
        const factor = op === '+' ? 100 + right.lonePercent : 100 - right.lonePercent;
        const change: SafeExpr = { kind: 'binary', op: 'multiply', left: left.expr, right: { kind: 'number', value: factor } };
        left = plain({ kind: 'binary', op: 'divide', left: change, right: { kind: 'number', value: 100 } }, true, left.percentShown ?? right.percentShown);
        continue;
      }
      // After + or - a percentage reads as a change: "basis - 10% * 2" or "basis - 2 * 10%" (a share of 2) would be misread.
      if (right.hasPercent) throw notAllowed('percent', percentText(right));
      left = plain({ kind: 'binary', op: op === '+' ? 'add' : 'subtract', left: left.expr, right: right.expr }, left.hasPercent || right.hasPercent, left.percentShown ?? right.percentShown);
    }
    return left;
  }

  private term(): Part {
    const first = this.unary();
    let expr = first.expr;
    let percentOnly = first.percentOnly;
    let hasPercent = first.hasPercent;
    let factors = 1;
    let percentShown = first.percentShown;
    for (let next = this.peek(); next?.t === 'op' && (next.op === '*' || next.op === '/'); next = this.peek()) {
      this.at += 1;
      const right = this.unary();
      expr = { kind: 'binary', op: next.op === '*' ? 'multiply' : 'divide', left: expr, right: right.expr };
      percentOnly &&= right.percentOnly;
      hasPercent ||= right.hasPercent;
      factors += 1;
      percentShown ??= right.percentShown;
    }
    if (factors === 1) return first;
    const part: Part = { expr, percentOnly, hasPercent };
    return percentShown === undefined ? part : { ...part, percentShown };
  }

  private unary(): Part {
    let negative = false;
    let signs = 0;
    for (let next = this.peek(); next?.t === 'op' && (next.op === '+' || next.op === '-'); next = this.peek()) {
      if (next.op === '-') negative = !negative;
      signs += 1;
      this.at += 1;
    }
    const inner = this.power();
    if (signs === 0) return inner;
    const expr: SafeExpr = negative ? { kind: 'negate', arg: inner.expr } : inner.expr;
    const { lonePercent: _dropped, ...rest } = inner;
    return { ...rest, expr };
  }

  private power(): Part {
    const base = this.primary();
    const next = this.peek();
    if (next?.t !== 'op' || next.op !== '^') return base;
    this.at += 1;
    const exponent = this.unary();
    if (base.hasPercent) throw notAllowed('percent', percentText(base));
    if (exponent.hasPercent) throw notAllowed('percent', percentText(exponent));
    return plain({ kind: 'binary', op: 'pow', left: base.expr, right: exponent.expr }, false);
  }

  private primary(): Part {
    const token = this.peek();
    if (!token) throw syntax('unexpectedEnd');
    this.at += 1;
    let part: Part;
    if (token.t === 'num') {
      if (this.peek()?.t === '%') {
        this.at += 1;
        part = { expr: { kind: 'number', value: token.value / 100 }, percentOnly: true, hasPercent: true, lonePercent: token.value, percentShown: `${token.text}%` };
      } else part = plain({ kind: 'number', value: token.value }, false);
    } else if (token.t === 'basis') {
      part = plain({ kind: 'basis' }, false);
    } else if (token.t === '(') {
      this.depth += 1;
      if (this.depth > MAX_DEPTH) throw notAllowed('other', 'nesting');
      const inner = this.expression();
      if (this.peek()?.t !== ')') throw this.peek() ? syntax('unexpected', describe(this.peek()!)) : syntax('unclosed', '(');
      this.at += 1;
      this.depth -= 1;
      // "(10%)" would get round the bare-percent refusal.
      if (inner.percentOnly) throw notAllowed('percent', `(${percentText(inner)})`);
      // A bracketed group is self-contained: "basis * (1 - 10%)", "(1 + 2%) ^ 3".
      part = plain(inner.expr, false);
    } else {
      throw token.t === ')' ? syntax('unopened', ')') : syntax('unexpected', describe(token));
    }
    const after = this.peek();
    if (after?.t === '%') throw notAllowed('percent', '%');
    // "2 basis", "2 (3)", "(1)(2)": no silent multiplication.
    if (after && (after.t === 'num' || after.t === 'basis' || after.t === '(')) throw notAllowed('implicit', describe(after));
    return part;
  }
}

const percentText = (part: Part): string => part.percentShown ?? '%';

const plain = (expr: SafeExpr, hasPercent: boolean, percentShown?: string): Part => (percentShown === undefined ? { expr, percentOnly: false, hasPercent } : { expr, percentOnly: false, hasPercent, percentShown });

function describe(token: Token): string {
  switch (token.t) {
    case 'num':
      return token.text;
    case 'basis':
      return 'basis';
    case 'op':
      return token.op;
    default:
      return token.t;
  }
}

/** Parses text into a safe tree, or says why not. Never throws. */
export function parseDriverExpression(text: string): SafeExpr | Refusal {
  try {
    return new Parser(tokenize(text)).parseAll();
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}

export const isRefusal = (x: SafeExpr | Refusal): x is Refusal => 'refused' in x;
