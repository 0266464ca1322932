import { cleanTableName, lowerSet, uniqueObjectName } from '../core/naming';

/**
 * Excel table names are workbook-wide and share one namespace with defined
 * names; the rules (core/naming.ts) are shared with the Office.js adapter.
 */
export { cleanTableName };

/** Unique, case-insensitive; `reserved` holds the defined names already used. */
export function tableNamer(reserved: ReadonlySet<string> = new Set()): (wanted: string) => string {
  const taken = lowerSet(reserved);
  return (wanted) => {
    const name = uniqueObjectName(wanted, taken);
    taken.add(name.toLowerCase());
    return name;
  };
}
