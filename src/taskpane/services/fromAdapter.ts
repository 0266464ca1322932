import type { WriteResult } from '../../excel';
import type { WriteOutcome } from './types';

/** The adapter's result in the pane's terms (its Dutch-only message is reworded per language later). */
export function fromAdapter(result: WriteResult): WriteOutcome {
  if (!result.ok) {
    return { ok: false, failure: { kind: 'excel', message: result.error.message } };
  }
  return {
    ok: true,
    sheets: result.value.sheets.map((s) => ({
      wanted: s.wanted,
      sheetName: s.sheetName,
      skipped: s.skipped !== undefined,
      ranges: s.ranges,
      tables: s.tables,
      charts: s.charts,
      names: s.names,
    })),
  };
}
