/**
 * Names Excel accepts, in one place for both adapters (the Office.js writer in
 * src/excel and the .xlsx writer in src/xlsx) and every formula builder:
 *  - sheet names: at most 31 characters, none of []:*?/\, no leading or
 *    trailing apostrophe, not blank, not "History"
 *    (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9);
 *  - a sheet name in a formula: quoted unless it is a plain identifier that
 *    Excel cannot read as something else (a cell reference in A1 or R1C1
 *    notation, or a boolean), with embedded apostrophes doubled;
 *  - table and defined names: one workbook-wide namespace, compared
 *    case-insensitively, ≤ 255 characters, starting with a letter, "_" or "\",
 *    then letters, digits, "_", "." and "\", never a cell reference, never
 *    "R"/"C" (https://support.microsoft.com/office/names-in-formulas-fc2935f9-115d-4bef-a370-3aa8bb4c91f1,
 *    https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member).
 * Pure: no Office.js, no DOM.
 */

export const MAX_SHEET_NAME = 31;
export const MAX_DEFINED_NAME = 255;
const FORBIDDEN_IN_SHEET = /[[\]:*?/\\]/g;

/** Code points that belong to the character before them: cutting before one would split what the user sees. */
const CONTINUES = /^(?:\p{M}|\u200D|[\uFE00-\uFE0F]|[\u{1F3FB}-\u{1F3FF}]|[\u{E0020}-\u{E007F}])/u;

/**
 * The first `max` UTF-16 units of `text` (Excel counts names in UTF-16 units),
 * never ending in half a surrogate pair or half a flag, never between an emoji and its
 * modifier, variation selector or zero-width joiner sequence, nor between a
 * letter and its combining mark.
 */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  // Never half a surrogate pair.
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
  // Never a modifier/joiner cut off from what it modifies; back off to the start of the cluster.
  for (;;) {
    const rest = text.slice(end);
    const before = text.slice(0, end);
    if (end > 0 && (CONTINUES.test(rest) || before.endsWith('\u200D'))) {
      end -= /[\uDC00-\uDFFF]/.test(text[end - 1]!) && end > 1 ? 2 : 1;
      continue;
    }
    // Flags are pairs of regional indicators: never keep half a pair.
    const indicators = /[\u{1F1E6}-\u{1F1FF}]+$/u.exec(before)?.[0].length ?? 0;
    return indicators % 4 === 2 ? before.slice(0, -2) : before;
  }
}

/** Excel refuses a leading or trailing apostrophe; spaces at the ends are dropped too. */
const trimSheetName = (name: string): string => {
  let out = name;
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.trim().replace(/^'+|'+$/g, '');
  }
  return out;
};

/**
 * A sheet name Excel accepts: forbidden characters become "-", apostrophes
 * and spaces at the ends go, THEN the name is cut to 31 characters (on a
 * character boundary) and its ends cleaned again, so the cut can never leave a
 * trailing apostrophe or half an emoji.
 */
export function cleanSheetName(wanted: string, fallback = 'Blad'): string {
  const cleaned = trimSheetName(wanted.replace(FORBIDDEN_IN_SHEET, '-'));
  const cut = trimSheetName(cutAt(cleaned, MAX_SHEET_NAME));
  return cut === '' || cut.toLowerCase() === 'history' ? fallback : cut;
}

/** "Naam" + " (2)", with the name cut so the whole stays within 31 characters. */
export function numberedSheetName(base: string, n: number): string {
  const suffix = ` (${n})`;
  return `${trimSheetName(cutAt(base, MAX_SHEET_NAME - suffix.length))}${suffix}`;
}

/** A clean sheet name no name in `taken` (lower-cased) has: "MPP-kengetallen (2)", "(3)"… */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = numberedSheetName(base, n);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A1 ("Q3", "COA2027", "XFD1048576") or R1C1 ("R1C1", "R", "C", "RC12", "R2C") cell reference. */
export function looksLikeCellReference(name: string): boolean {
  // Quoted even beyond the grid (XFE1, A1048577): quoting is always accepted, a wrong guess is not.
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return true;
  return /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * True when a sheet name may stand unquoted before "!" in a formula: a plain
 * identifier (letter or "_" first, then letters, digits, "_", ".") that is
 * neither a cell reference nor TRUE/FALSE. Anything else is quoted; quoting is
 * always accepted by Excel, so when in doubt we quote.
 */
export function isPlainSheetName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !looksLikeCellReference(name) && !/^(true|false)$/i.test(name);
}

/** Sheet name as a formula prefix: Basis!, 'Scenario A'!, 'Q3'!, 'Scenario''s vergelijken'!. The one function every formula builder uses. */
export const sheetPrefix = (sheetName: string): string => (isPlainSheetName(sheetName) ? `${sheetName}!` : `'${sheetName.replace(/'/g, "''")}'!`);

/** Why Excel would refuse `name` as a defined or table name; undefined when it accepts it. */
export function definedNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_DEFINED_NAME) return `longer than ${MAX_DEFINED_NAME} characters`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return 'must start with a letter, "_" or "\\" and hold only letters, digits, "_", "." and "\\"';
  if (looksLikeCellReference(name)) return 'looks like a cell reference';
  return undefined;
}

/** A table name Excel accepts: other characters become "_", a name that would start wrong or read as a cell gets "T_". */
export function cleanTableName(wanted: string): string {
  let name = wanted.replace(/[^A-Za-z0-9_.]/g, '_');
  if (!/^[A-Za-z_]/.test(name) || looksLikeCellReference(name)) name = `T_${name}`;
  return name.slice(0, MAX_DEFINED_NAME);
}

/**
 * A table (or defined) name free in the shared namespace `taken`
 * (lower-cased: existing tables AND defined names, also those still to be
 * added): "OB2025_Mutaties" → "OB2025_Mutaties_2".
 */
export function uniqueObjectName(wanted: string, taken: ReadonlySet<string>): string {
  const base = cleanTableName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const name = `${base.slice(0, MAX_DEFINED_NAME - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A lower-cased set of names, for the case-insensitive comparisons Excel makes. */
export const lowerSet = (names: Iterable<string>): Set<string> => new Set([...names].map((n) => n.toLowerCase()));
