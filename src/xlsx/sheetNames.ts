/** Excel forbids these in sheet names, and limits names to 31 characters. */
const FORBIDDEN = /[[\]:*?/\\]/g;
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(wanted: string): string {
  // Leading/trailing apostrophes are also refused by Excel.
  const cleaned = wanted.replace(FORBIDDEN, '-').replace(/^'+|'+$/g, '').trim();
  return (cleaned || 'Blad').slice(0, MAX_SHEET_NAME);
}

/**
 * Hands out unique sheet names for one workbook: the second "Scenario"
 * becomes "Scenario (2)". Excel compares names case-insensitively, so do we.
 */
export function sheetNamer(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    const base = cleanSheetName(wanted);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  };
}
