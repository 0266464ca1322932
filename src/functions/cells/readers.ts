import { wholeYear, type Edition } from '../../core';
import { describeCell, isEmptyCell, upstreamErrorCode } from './cellKinds';
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

function nonNumber(cell: unknown, what: string): CellFault {
  if (isEmptyCell(cell)) return fault('invalidValue', 'empty', { what });
  const upstream = upstreamErrorCode(cell);
  if (upstream) return fault('invalidValue', 'upstreamError', { what, given: upstream });
  if (typeof cell === 'boolean') return fault('invalidValue', 'logicalGiven', { what, given: describeCell(cell) });
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
  (what: string): Reader<number> =>
  (cell) =>
    // cell - cell is 0 for finite numbers, NaN for NaN and ±Infinity (and needs no global lookup per cell).
    typeof cell === 'number' && cell - cell === 0 ? cell : nonNumber(cell, what);

/** Trimmed, non-empty text, or a fault. */
export const textReader =
  (what: string): Reader<string> =>
  (cell) => {
    if (typeof cell === 'string' && cell.trim() !== '') return cell.trim();
    if (isEmptyCell(cell)) return fault('invalidValue', 'empty', { what });
    const upstream = upstreamErrorCode(cell);
    if (upstream) return fault('invalidValue', 'upstreamError', { what, given: upstream });
    if (typeof cell === 'boolean') return fault('invalidValue', 'logicalGiven', { what, given: describeCell(cell) });
    return fault('invalidValue', 'notText', { what, given: describeCell(cell) });
  };

/** A whole year; whether the edition has figures for it is the lookup's question (#N/A with the years it has). */
export const yearReader = (): Reader<number> => {
  const asNumber = numberReader('jaar');
  return (cell) => {
    const value = asNumber(cell);
    if (value instanceof CellFault) return value;
    const year = wholeYear(value);
    return year.ok ? year.value : new CellFault(year.error);
  };
};

/** An optional argument: an empty cell (or the argument left out) means the default. */
export const optional =
  <T>(reader: Reader<T>, fallback: T | CellFault): Reader<T> =>
  (cell) =>
    isEmptyCell(cell) ? fallback : reader(cell);

/** `year` where it may be left out: the edition's first budget year (2025 for OB2025). */
export const optionalYear = (edition: Edition): Reader<number> => optional(yearReader(), edition.firstBudgetYear);

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
