import { wholeYear, type Edition, type Subject } from '../../core';
import { basicValueOf, dataTypeOf, describeCell, isEmptyCell, upstreamErrorCode } from './cellKinds';
import { CellFault, fault, type Reader } from './fault';
import { MAX_MEMO_ENTRIES } from './memo';

/**
 * The one place that turns a cell into a number or text, or a fault.
 *
 * Text is never read as a number, not even "1000": in Dutch Excel "1.000"
 * means one thousand and "1,5" one and a half, in English Excel the opposite,
 * and text digits usually mean a paste that went wrong. Refusing all of it is
 * predictable; the message says which case it is and how to fix it.
 * Domain limits (negative, too large) belong to the core, which checks them.
 */

const DIGITS = /^[+-]?[\d\s]*[\d][\d\s]*$/;
const DIGITS_WITH_SEPARATORS = /^[+-]?[\d\s.,]*\d[\d\s.,]*$/;

function nonNumber(cell: unknown, what: Subject): CellFault {
  if (isEmptyCell(cell)) return fault('invalidValue', 'empty', { what });
  const upstream = upstreamErrorCode(cell);
  if (upstream) return fault('invalidValue', 'upstreamError', { what, given: upstream });
  if (typeof cell === 'boolean') return fault('invalidValue', 'logicalGiven', { what, given: describeCell(cell) });
  if (typeof cell === 'object' && cell !== null) return fault('invalidValue', 'dataType', { what, given: dataTypeOf(cell) });
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (DIGITS.test(text) || (text !== '' && Number.isFinite(Number(text)) && !/[.,]/.test(text))) {
      return fault('invalidValue', 'numberAsText', { what, given: text });
    }
    if (DIGITS_WITH_SEPARATORS.test(text)) return fault('invalidValue', 'ambiguousNumberText', { what, given: text });
  }
  return fault('invalidValue', 'notANumber', { what, given: describeCell(cell) });
}

/** A finite number, or a fault naming the problem. */
export const numberReader =
  (what: Subject): Reader<number> =>
  (cell) =>
    // cell - cell is 0 for finite numbers, NaN for NaN and ±Infinity (and needs no global lookup per cell).
    typeof cell === 'number' && cell - cell === 0 ? cell : nonNumber(cell, what);

/** Trimmed, non-empty text, or a fault. */
export const textReader =
  (what: Subject): Reader<string> =>
  (cell) => {
    if (typeof cell === 'string' && cell.trim() !== '') return cell.trim();
    if (isEmptyCell(cell)) return fault('invalidValue', 'empty', { what });
    const upstream = upstreamErrorCode(cell);
    if (upstream) return fault('invalidValue', 'upstreamError', { what, given: upstream });
    if (typeof cell === 'boolean') return fault('invalidValue', 'logicalGiven', { what, given: describeCell(cell) });
    if (typeof cell === 'object' && cell !== null) return fault('invalidValue', 'dataType', { what, given: dataTypeOf(cell) });
    return fault('invalidValue', 'notText', { what, given: describeCell(cell) });
  };

/** A whole year; whether the edition has figures for it is the lookup's question (#N/A with the years it has). */
export const yearReader = (): Reader<number> => {
  const asNumber = numberReader('year');
  return (cell) => {
    const value = asNumber(cell);
    if (value instanceof CellFault) return value;
    const year = wholeYear(value);
    return year.ok ? year.value : new CellFault(year.error);
  };
};

/**
 * One parameter of an AENM function, declared once: what it is, how a present
 * cell is read, and what 0 means. Excel on Windows and Mac passes an empty
 * referenced cell as 0, Excel on the web as null (office-js #4702, #5262; #1951
 * for repeating parameters), so an empty cell and 0 must mean the same thing:
 *
 * - `zero: 'value'` (counts, amounts, months): 0 is a value, and an empty cell is
 *   0 too, as in Excel's own `=B1*2`.
 * - `zero: 'omitted'` (years, prices, editions, organisations, any text): 0 has no
 *   meaning, so 0 and an empty cell both mean the argument was left out: the
 *   default when the parameter has one (`omitted`), otherwise "missing".
 *
 * A data-type cell (allowCustomDataForDataTypeAny) is read as its basicValue;
 * one without (an entity) is refused naming its type (cellKinds.ts).
 */
export interface Parameter<T> {
  readonly what: Subject;
  /** Reads a present cell (not empty, not 0 where 0 means omitted). */
  readonly read: Reader<T>;
  readonly zero: 'value' | 'omitted';
  /** The value when the argument is left out; absent for a required parameter. */
  readonly omitted?: T | CellFault;
}

export function parameter<T>(declaration: Parameter<T>): Reader<T> {
  const { what, read, zero, omitted } = declaration;
  const blank: T | CellFault = zero === 'value' ? read(0) : omitted !== undefined ? omitted : fault('invalidValue', 'empty', { what });
  const reader: Reader<T> = (cell) => {
    if (typeof cell === 'number') return cell === 0 ? blank : read(cell);
    if (typeof cell === 'object' && cell !== null) {
      const plain = basicValueOf(cell);
      return plain === undefined ? read(cell) : reader(plain);
    }
    return isEmptyCell(cell) ? blank : read(cell);
  };
  return reader;
}

/** A count or an amount (≥ 0 is the core's check): 0 is a value, an empty cell is 0. */
export const countParameter = (what: Subject): Reader<number> => parameter({ what, read: numberReader(what), zero: 'value' });

/** Text (a product, indicator, line, item): 0 or an empty cell is "missing", or `omitted` when given. */
export const textParameter = <T = string>(what: Subject, read: Reader<T> = textReader(what) as Reader<T>, omitted?: T): Reader<T> => memoized(parameter({ what, read, zero: 'omitted', omitted }));

/** A year: 0 or an empty cell is "missing" or, when it may be left out, `omitted` (the edition's first budget year). */
export const yearParameter = (omitted?: number): Reader<number> => memoized(parameter({ what: 'year', read: yearReader(), zero: 'omitted', omitted }));

/** `year` where it may be left out: the edition's first budget year (2025 for OB2025). */
export const optionalYear = (edition: Edition): Reader<number> => yearParameter(edition.firstBudgetYear);

/**
 * Remembers a reader's answer per distinct cell value, for the duration of one
 * call: a column of 100.000 times "asiel" is resolved once. Numbers are not
 * worth it; text, years and booleans are. At most MAX_MEMO_ENTRIES (issue 12).
 */
export function memoized<T>(reader: Reader<T>): Reader<T> {
  const seen = new Map<unknown, T | CellFault>();
  return (cell) => {
    if (typeof cell === 'object' && cell !== null) return reader(cell);
    let answer = seen.get(cell);
    if (answer === undefined && !seen.has(cell)) {
      answer = reader(cell);
      if (seen.size < MAX_MEMO_ENTRIES) seen.set(cell, answer);
    }
    return answer as T | CellFault;
  };
}
