import type { Edition } from '../../core';
import { type FigureMutation, type MutationReport, type TableTally, verdictOf } from '../../core/checks/mutation';
import { dutchNumber } from './dutchNumber';

const tallyText = (t: Omit<TableTally, 'table' | 'label'>) => `${dutchNumber(t.figures)} cijfers — ${dutchNumber(t.caught)} gevangen, ${dutchNumber(t.partly)} in één richting, ${dutchNumber(t.missed)} niet gevangen`;

/** The figures of one row that were not caught both ways, as "Label [2023, 2024]". */
function groupedByRow(edition: Edition, figures: readonly FigureMutation[]): string[] {
  const rows = new Map<string, { label: string; missed: string[]; partly: string[] }>();
  for (const figure of figures) {
    const verdict = verdictOf(figure);
    if (verdict === 'caught') continue;
    const label = edition.tables.find((t) => t.id === figure.table)?.rows.find((r) => r.key === figure.row)?.label ?? figure.row;
    const entry = rows.get(figure.row) ?? { label, missed: [], partly: [] };
    (verdict === 'missed' ? entry.missed : entry.partly).push(verdict === 'partly' ? `${figure.column} (${figure.caughtUp ? 'alleen +' : 'alleen −'})` : figure.column);
    rows.set(figure.row, entry);
  }
  return [...rows.values()].flatMap(({ label, missed, partly }) => [...(missed.length ? [`    niet gevangen: ${label} [${missed.join(', ')}]`] : []), ...(partly.length ? [`    in één richting: ${label} [${partly.join(', ')}]`] : [])]);
}

/** Per table a tally and the rows whose figures escape; then the totals and the time taken. */
export function formatMutation(edition: Edition, report: MutationReport, millis: number): string[] {
  const lines = report.tables.flatMap((tally) => [
    `${tally.label} (${tally.table}): ${tallyText(tally)}`,
    ...groupedByRow(
      edition,
      report.figures.filter((f) => f.table === tally.table),
    ),
  ]);
  const inChecks = report.figures.filter((f) => f.checkedBy.length > 0);
  const inChecksMissed = inChecks.filter((f) => verdictOf(f) === 'missed').length;
  return [
    ...lines,
    `Totaal ${report.edition}: ${tallyText(report.totals)}`,
    `Cijfers in een controle: ${dutchNumber(inChecks.length)}, waarvan niet gevangen: ${dutchNumber(inChecksMissed)}`,
    `Tijd: ${dutchNumber(millis / 1000, 2)} s voor ${dutchNumber(report.figures.length * 2)} mutaties`,
  ];
}
