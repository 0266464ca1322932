import type { SheetDescription } from '../core/sheets/types';
import { cleanSheetName, MAX_SHEET_NAME, uniqueSheetName } from '../core/naming';

/** The rules live in the core's naming module, shared with the Office.js adapter. */
export { cleanSheetName, MAX_SHEET_NAME };

/**
 * Hands out unique sheet names for one workbook: the second "Scenario"
 * becomes "Scenario (2)". Excel compares names case-insensitively, so do we.
 */
export function sheetNamer(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    const name = uniqueSheetName(wanted, taken);
    taken.add(name.toLowerCase());
    return name;
  };
}

/** The names sheets will get, in order: what the compare sheet must reference. */
export function plannedSheetNames(descriptions: readonly SheetDescription[]): string[] {
  const name = sheetNamer();
  return descriptions.map((d) => name(d.name));
}
