import { normalizeKey } from './normalizeKey';
import { fail, ok, type Result } from './result';
import type { RowSpec, TableSpec } from './types';

/**
 * A table's rows by every name a controller may type, normalised once per
 * table (so once per edition: editions are frozen and built once) instead of
 * once per lookup. Maps, not plain objects: a typed "constructor" or
 * "__proto__" is just an unknown name.
 */
interface RowNames {
  readonly byNumber: ReadonlyMap<string, readonly RowSpec[]>;
  readonly byKey: ReadonlyMap<string, readonly RowSpec[]>;
  readonly byName: ReadonlyMap<string, readonly RowSpec[]>;
  /** Rows by each word of their key, label and aliases ("bezetting", "occupancy", "nareis"): what a controller types. */
  readonly byWord: ReadonlyMap<string, ReadonlySet<RowSpec>>;
  /** What an "unknown" message offers: one frozen array per table, shared by every error. */
  readonly accepted: readonly string[];
  /** No name of this table is longer, normalised; a longer text cannot match. */
  readonly longest: number;
}

const namesOf = new WeakMap<TableSpec, RowNames>();
// The last table asked for: a range of lookups goes to one table.
let lastTable: TableSpec | undefined;
let lastNames: RowNames | undefined;

function rowNames(table: TableSpec): RowNames {
  if (table === lastTable) return lastNames!;
  let names = namesOf.get(table);
  if (names) {
    lastTable = table;
    lastNames = names;
    return names;
  }
  const byNumber = new Map<string, RowSpec[]>();
  const byKey = new Map<string, RowSpec[]>();
  const byName = new Map<string, RowSpec[]>();
  const byWord = new Map<string, Set<RowSpec>>();
  const add = (map: Map<string, RowSpec[]>, name: string, row: RowSpec) => {
    const rows = map.get(name);
    if (!rows) map.set(name, [row]);
    else if (rows[rows.length - 1] !== row) rows.push(row); // a label and its alias may fold to the same name
  };
  let longest = 0;
  for (const row of table.rows) {
    if (row.budgetNumber !== undefined) add(byNumber, row.budgetNumber, row);
    add(byKey, normalizeKey(row.key), row);
    for (const name of [row.label, ...(row.aliases ?? [])]) add(byName, normalizeKey(name), row);
    for (const name of [row.key, row.label, ...(row.aliases ?? [])]) {
      for (const word of wordsOf(normalizeKey(name))) {
        const rows = byWord.get(word);
        if (rows) rows.add(row);
        else byWord.set(word, new Set([row]));
      }
    }
    longest = Math.max(longest, row.key.length, row.label.length, row.budgetNumber?.length ?? 0, ...(row.aliases ?? []).map((a) => a.length));
  }
  names = { byNumber, byKey, byName, byWord, accepted: Object.freeze(table.rows.map((row) => row.budgetNumber ?? row.key)), longest };
  namesOf.set(table, names);
  lastTable = table;
  lastNames = names;
  return names;
}

/**
 * Texts longer than this (after trimming) are not normalised at all: no row
 * name comes near it, and a pasted megabyte must cost nothing (issue 12).
 * Generous: spaces that normalising would fold still fit.
 */
export const MAX_KEY_CHARS = 1_000;

/** The words of a normalised name that hold a letter (budget numbers and years are no words). */
const wordsOf = (normalised: string): string[] => normalised.split(/[^\p{L}\p{N}]+/u).filter((w) => /\p{L}/u.test(w));
/** A longer query is no name a controller types for a row. */
const MAX_WORDS = 8;

/** The rows whose key, label or aliases hold every word given, or undefined when the text has no words. */
function rowsByWords(names: RowNames, wanted: string): RowSpec[] | undefined {
  const words = wordsOf(wanted);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  let matches: RowSpec[] | undefined;
  for (const word of words) {
    const rows = names.byWord.get(word);
    if (!rows) return [];
    matches = matches ? matches.filter((row) => rows.has(row)) : [...rows];
  }
  return matches;
}

const named = (row: RowSpec): string => `${row.budgetNumber ?? row.key} (${row.label})`;

/**
 * Finds a row by budget number, key, printed label or alias, or else by the
 * words a controller types ("bezetting", "occupancy", "nareis": every word in
 * the row's key, label or aliases). A label printed on several rows (Overige
 * Subsidies, Nationaal Programma Oekraïense Vluchtelingen) is ambiguous: the
 * error lists the budget numbers to use; words that fit several rows list them.
 * Constant work per call apart from normalising the given text once.
 */
export function findRow(table: TableSpec, given: string, what: string): Result<RowSpec> {
  const names = rowNames(table);
  const trimmed = given.trim();
  if (trimmed.length <= Math.max(MAX_KEY_CHARS, names.longest)) {
    const byNumber = names.byNumber.get(trimmed);
    if (byNumber?.length === 1) return ok(byNumber[0]!);
    const wanted = normalizeKey(given);
    const byKey = names.byKey.get(wanted);
    if (byKey?.length === 1) return ok(byKey[0]!);
    const byName = names.byName.get(wanted);
    if (byName?.length === 1) return ok(byName[0]!);
    if (byName && byName.length > 1) return fail('notAvailable', 'ambiguousKey', { what, given, accepted: byName.map(named) });
    const byWords = rowsByWords(names, wanted);
    if (byWords?.length === 1) return ok(byWords[0]!);
    if (byWords && byWords.length > 1) return fail('notAvailable', 'ambiguousName', { what, given, accepted: byWords.map(named) });
  }
  return fail('notAvailable', 'unknownKey', { what, given, accepted: names.accepted });
}

/** The cell of a row in a column, or an error naming the columns that exist for it. */
export function cellOf(table: TableSpec, row: RowSpec, column: string, what: string): Result<number> {
  const at = table.columns.indexOf(column);
  const value = at >= 0 ? row.values[at] : undefined;
  if (value === undefined || value === null) {
    const available = table.columns.filter((_, i) => row.values[i] !== null && row.values[i] !== undefined);
    return fail('notAvailable', 'unknownYear', { what, row: row.label, given: column, accepted: available });
  }
  return ok(value);
}
