import { isPrinted } from '../chain/published';
import type { ChainRef, Edition } from '../edition/types';

/** Years as a reader writes them: "2029", "2029–2030", "2025, 2027". */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return consecutive && years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

/** The projection years a series does not print (carried from its last printed year): derived from the edition, never typed. */
export const unprintedYears = (edition: Edition, ref: ChainRef): number[] => edition.projectionYears.filter((y, i) => i > 0 && !isPrinted(edition, ref, y));

/** "; 2029 aanname" (with `what`, e.g. ": 2028 doorgetrokken") where a series is carried past its last printed year, else "". */
export function assumedYearsNote(edition: Edition, ref: ChainRef, carriedFrom = false): string {
  const later = unprintedYears(edition, ref);
  if (later.length === 0) return '';
  return `; ${yearSpan(later)} aanname${carriedFrom ? `: ${later[0]! - 1} doorgetrokken` : ''}`;
}

/** The structural cut's step (Tabel 4 from → to), from the edition's chain settings. */
export const cutStep = (edition: Edition): { readonly from: number; readonly to: number } => ({ from: edition.chain.cutParts.stepFrom, to: edition.chain.cutParts.stepTo });

/** The year a summary shows first: the cut's structural year where the edition projects it, else the last projection year. */
export function structuralYear(edition: Edition, years: readonly number[] = edition.projectionYears): number {
  const { to } = cutStep(edition);
  return years.includes(to) ? to : years[years.length - 1]!;
}
