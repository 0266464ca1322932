import { localNumber } from '../../core/sheets/text';
import type { Strings } from '../i18n';
import { refreshStringsFor } from '../i18n/refresh';
import type { RefreshOutcome } from '../services/types';

export interface RefreshText {
  readonly intent: 'success' | 'error';
  readonly title: string;
  /** The sheets written again ("before → after" when the edition renames one, as the cut sheet named by its years). */
  readonly sheets: readonly string[];
  /** sheet!cell · what · value */
  readonly kept: readonly string[];
  readonly notCarried: readonly string[];
  readonly notes: readonly string[];
}

/** What the pane says after "Refresh to <edition>": which sheets, which inputs were kept, and which were not; or why nothing (or what) changed. */
export function describeRefresh(outcome: RefreshOutcome, t: Strings): RefreshText {
  const r = refreshStringsFor(t.language);
  const empty = { sheets: [], kept: [], notCarried: [], notes: [] };
  if (!outcome.ok) {
    const f = outcome.failure;
    switch (f.kind) {
      case 'none':
        return { intent: 'error', title: r.failed.none, ...empty };
      case 'mixed':
        return { intent: 'error', title: r.failed.mixed(f.editions.join(', ')), ...empty };
      case 'unreadable':
        return { intent: 'error', title: r.failed.unreadable(f.sheet), ...empty };
      case 'read':
        return { intent: 'error', title: r.failed.read(f.message), ...empty };
      case 'write':
        return {
          intent: 'error',
          title: r.failed.write(f.message),
          ...empty,
          notes: [...(f.rewritten.length ? [r.failed.rewritten(f.rewritten.join(', '))] : []), ...(f.failedAt ? [r.failed.halfWritten(f.failedAt)] : []), ...(f.removed.length ? [r.failed.removed(f.removed.join(', '))] : [])],
        };
    }
  }
  const line = (i: (typeof outcome.inputs)[number]) => `${i.sheet}!${i.cell} · ${i.what} · ${localNumber(i.value, t.language)}`;
  return {
    intent: 'success',
    title: r.done(outcome.from, outcome.to, outcome.sheets.length),
    sheets: outcome.sheets.map((s) => (s.before && s.before !== s.after ? `${s.before} → ${s.after}` : s.after)),
    kept: outcome.inputs.filter((i) => i.kept).map(line),
    notCarried: outcome.inputs.filter((i) => !i.kept).map(line),
    notes: outcome.inputs.length === 0 ? [r.noInputs] : [],
  };
}
