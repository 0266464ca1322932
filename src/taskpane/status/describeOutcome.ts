import { columnLetter, parseRange, readProblemText } from '../../core/sheets';
import type { Strings } from '../i18n';
import type { WriteFailure, WriteOutcome, WrittenSheet } from '../services/types';

export interface OutcomeText {
  readonly intent: 'success' | 'error';
  readonly title: string;
  readonly lines: readonly string[];
}

/** What the pane says after an action: what was written where, or what to do now. */
export function describeOutcome(outcome: WriteOutcome, t: Strings): OutcomeText {
  if (!outcome.ok) return { intent: 'error', title: failureText(outcome.failure, t), lines: [] };
  const refused = (outcome.refused ?? []).map((r) => t.compare.refused(r.sheetName, r.problems.map((p) => readProblemText(p, t.language)).join('; ')));
  const lines = [...outcome.sheets.map((s) => sheetLine(s, t)), ...refused];
  return { intent: 'success', title: t.result.wrote, lines: outcome.download ? [t.result.downloaded(outcome.download), ...lines] : lines };
}

function sheetLine(sheet: WrittenSheet, t: Strings): string {
  if (sheet.skipped) return t.result.skipped(sheet.sheetName);
  const used = usedRange(sheet.ranges);
  const parts = [
    used ? `${t.result.ranges} ${used}` : '',
    sheet.tables.length ? t.result.tables(sheet.tables.length) : '',
    sheet.charts.length ? t.result.charts(sheet.charts.length) : '',
    sheet.names.length ? t.result.names(sheet.names.length) : '',
  ].filter(Boolean);
  return `${t.result.sheet(sheet.sheetName)}${parts.length ? `: ${parts.join('; ')}` : ''}`;
}

/** The block that holds every written range ("A1:H61"): where to look, in one address. */
export function usedRange(ranges: readonly string[]): string | undefined {
  const boxes = ranges.flatMap((r) => {
    try {
      return [parseRange(r)];
    } catch {
      return []; // whole columns ("C:C") say nothing about where the content is
    }
  });
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((b) => b.from.column));
  const top = Math.min(...boxes.map((b) => b.from.row));
  const right = Math.max(...boxes.map((b) => b.to.column));
  const bottom = Math.max(...boxes.map((b) => b.to.row));
  return `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

export function failureText(failure: WriteFailure, t: Strings): string {
  switch (failure.kind) {
    case 'noScenarios':
      return t.compare.none;
    case 'excel':
      return t.errors.excel(failure.message);
  }
}
