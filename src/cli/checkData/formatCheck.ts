import type { CheckResult, CheckStatus, Edition } from '../../core';
import { dutchNumber, withUnit } from './dutchNumber';

/** Expected, found and difference; a percentage or euro sign on each figure, any other unit once at the end. */
function formatFigures(r: CheckResult): string {
  const each = r.unit === '%' || r.unit === '€';
  const show = (value: number) => (each ? withUnit(value, r.unit) : dutchNumber(value));
  const unit = each || !r.unit ? '' : ` (${r.unit})`;
  return `verwacht ${show(r.expected)}; gevonden ${show(r.found)}; verschil ${show(r.difference)}${unit}`;
}

export const STATUS_WORD: Readonly<Record<CheckStatus, string>> = { ok: 'OK', discrepancy: 'BRONVERSCHIL', informative: 'INFORMATIEF', fail: 'FOUT' };

export interface Summary {
  readonly edition: string;
  readonly total: number;
  readonly ok: number;
  readonly discrepancy: number;
  readonly fail: number;
}

export function summarise(edition: Edition, results: readonly CheckResult[]): Summary {
  const countOf = (status: CheckStatus) => results.filter((r) => r.status === status).length;
  return { edition: edition.id, total: results.length, ok: countOf('ok'), discrepancy: countOf('discrepancy'), fail: countOf('fail') };
}

/** One line per check: status, table, what, expected, found, difference; the note for anything not OK. */
export function formatCheck(result: CheckResult, tableLabel: string): string {
  const what = result.column ? `${result.title} [${result.column}]` : result.title;
  const figures = formatFigures(result);
  const note = result.status === 'ok' || !result.note ? '' : ` — ${result.note}`;
  return `${STATUS_WORD[result.status].padEnd(12)} ${tableLabel.padEnd(9)} ${what}: ${figures}${note}`;
}

export function formatSummary(summary: Summary): string {
  return (
    `${summary.edition}: ${dutchNumber(summary.total)} controles — ${dutchNumber(summary.ok)} OK, ` +
    `${dutchNumber(summary.discrepancy)} bronverschillen (gedocumenteerd), ${dutchNumber(summary.fail)} fouten`
  );
}

/** The table label ("Tabel 7") of a result's table id, or the id itself. */
export const tableLabelOf = (edition: Edition) => {
  const labels = new Map(edition.tables.map((t) => [t.id, t.label]));
  return (result: CheckResult): string => labels.get(result.table) ?? result.table;
};
