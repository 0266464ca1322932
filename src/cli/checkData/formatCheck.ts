import { countChecks, groupFindings, type CheckCounts, type CheckResult, type AuditedEdition, type CheckStatus, type Edition, type FindingGroup } from '../../core';
import { dutchNumber, withUnit } from './dutchNumber';

/** Expected, found and difference; a percentage or euro sign on each figure, any other unit once at the end. */
function formatFigures(r: CheckResult): string {
  const each = r.unit === '%' || r.unit === '€';
  const show = (value: number) => (each ? withUnit(value, r.unit) : dutchNumber(value));
  const unit = each || !r.unit ? '' : ` (${r.unit})`;
  return `verwacht ${show(r.expected)}; gevonden ${show(r.found)}; verschil ${show(r.difference)}${unit}`;
}

export const STATUS_WORD: Readonly<Record<CheckStatus, string>> = { ok: 'OK', discrepancy: 'BRONVERSCHIL', informative: 'INFORMATIEF', fail: 'FOUT' };

export interface Summary extends CheckCounts {
  readonly edition: string;
}

export function summarise(edition: AuditedEdition, results: readonly CheckResult[], groups: readonly FindingGroup[] = groupFindings(edition, results)): Summary {
  return { edition: edition.id, ...countChecks(results, groups) };
}

/** One line per check: status, table, what, expected, found, difference; the note for anything not OK. */
export function formatCheck(result: CheckResult, tableLabel: string): string {
  const what = result.column ? `${result.title} [${result.column}]` : result.title;
  const figures = formatFigures(result);
  const note = result.status === 'ok' || !result.note ? '' : ` — ${result.note}`;
  return `${STATUS_WORD[result.status].padEnd(12)} ${tableLabel.padEnd(9)} ${what}: ${figures}${note}`;
}

const cellen = (n: number) => `${dutchNumber(n)} ${n === 1 ? 'cel' : 'cellen'}`;

/** "OB2025: 753 controles — 692 klopt, 18 bronverschillen in 50 cellen, 7 informatief in 11 cellen, 0 fouten" */
export function formatSummary(summary: Summary): string {
  return (
    `${summary.edition}: ${dutchNumber(summary.total)} controles — ${dutchNumber(summary.ok)} klopt, ` +
    `${dutchNumber(summary.defects)} ${summary.defects === 1 ? 'bronverschil' : 'bronverschillen'} in ${cellen(summary.defectCells)}, ` +
    `${dutchNumber(summary.informative)} informatief in ${cellen(summary.informativeCells)}, ${dutchNumber(summary.fail)} ${summary.fail === 1 ? 'fout' : 'fouten'}`
  );
}

/** Each finding once, numbered per verdict, with its source lines and the ids of the cells it affects. */
export function formatFindings(groups: readonly FindingGroup[]): string[] {
  const section = (verdict: FindingGroup['verdict'], heading: string): string[] => {
    const list = groups.filter((g) => g.verdict === verdict);
    if (!list.length) return [];
    const cells = list.reduce((n, g) => n + g.cells.length, 0);
    return [
      `${heading} (${dutchNumber(list.length)}, in ${cellen(cells)}):`,
      ...list.map((g, i) => {
        const lines = g.lines.length ? ` (r. ${g.lines.join(', ')})` : '';
        return `  ${i + 1}. ${g.title}${lines} — ${cellen(g.cells.length)}: ${g.cells.map((c) => c.id).join(', ')}`;
      }),
    ];
  };
  return [...section('bronverschil', 'Bronverschillen: het document spreekt zichzelf tegen'), ...section('informatief', 'Informatief: een verband dat de begroting niet claimt')];
}

/** The table label ("Tabel 7") of a result's table id, or the id itself. */
export const tableLabelOf = (edition: Edition) => {
  const labels = new Map(edition.tables.map((t) => [t.id, t.label]));
  return (result: CheckResult): string => labels.get(result.table) ?? result.table;
};
