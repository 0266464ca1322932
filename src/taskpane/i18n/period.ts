import type { Edition } from '../../core';
import { cutStep, yearSpan } from '../../core/sheets/yearText';

/** The years the action texts name, taken from the edition the pane works in (never typed in a text). */
export interface ActionPeriod {
  /** The first budget year, e.g. 2025. */
  readonly first: number;
  /** The projection years as a span, e.g. "2025–2029". */
  readonly years: string;
  /** The structural cut's step, e.g. 2027 → 2028. */
  readonly cutFrom: number;
  readonly cutTo: number;
}

export function actionPeriod(edition: Edition): ActionPeriod {
  const { from, to } = cutStep(edition);
  return { first: edition.firstBudgetYear, years: yearSpan(edition.projectionYears), cutFrom: from, cutTo: to };
}
