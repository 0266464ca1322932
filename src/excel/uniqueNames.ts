import { sheetPrefix } from '../core/sheets/a1';

/** Excel compares sheet, table and defined names case-insensitively. */
const taken = (names: ReadonlySet<string>, name: string): boolean => names.has(name.toLowerCase());

/** "MPP-kengetallen" → "MPP-kengetallen (2)", "(3)"…, kept within Excel's 31 characters. */
export function uniqueSheetName(wanted: string, existing: ReadonlySet<string>): string {
  if (!taken(existing, wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${wanted.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
    if (!taken(existing, name)) return name;
  }
}

/** Table names share the defined names' namespace: "OB2025_Mutaties" → "OB2025_Mutaties_2". */
export function uniqueTableName(wanted: string, existing: ReadonlySet<string>): string {
  if (!taken(existing, wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken(existing, `${wanted}_${n}`)) return `${wanted}_${n}`;
}

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
