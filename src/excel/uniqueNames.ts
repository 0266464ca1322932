import { sheetPrefix } from '../core/naming';

/** Sheet and table names: the core's naming module, shared with the .xlsx adapter. */
export { uniqueSheetName, uniqueObjectName as uniqueTableName } from '../core/naming';

/**
 * Rewrites references to sheets that were written under another name
 * ('Scenario A'!C38 → 'Scenario A (2)'!C38). Text inside string literals is left alone.
 */
export function rewriteSheetReferences(formula: string, renamed: ReadonlyMap<string, string>): string {
  if (renamed.size === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = part;
      for (const [from, to] of renamed) {
        const escaped = sheetPrefix(from).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // Not the tail of a longer sheet name (Data! inside MyData!).
        out = out.replace(new RegExp(`(?<![A-Za-z0-9_.'])${escaped}`, 'g'), () => sheetPrefix(to));
      }
      return out;
    })
    .join('');
}
