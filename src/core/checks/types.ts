/**
 * The outcome of one check in one column: ok (klopt), discrepancy (bronverschil:
 * the source contradicts itself where it claims equality), informative
 * (informatief: a documented difference in a relationship the source does not
 * claim), fail (a difference nobody documented, or a documented one that changed).
 */
export type CheckStatus = 'ok' | 'discrepancy' | 'informative' | 'fail';

export interface CheckResult {
  /** "<check id>@<column>", the id discrepancies refer to. */
  readonly id: string;
  /** The table the check belongs to (of the figure it checks). */
  readonly table: string;
  readonly title: string;
  readonly column: string;
  /** The printed figure being checked, in its own unit. */
  readonly expected: number;
  /** The same figure recomputed from the others, in the unit of `expected`. */
  readonly found: number;
  /** found − expected. */
  readonly difference: number;
  readonly tolerance: number;
  readonly unit: string;
  readonly status: CheckStatus;
  /** For discrepancies: why the source contradicts itself. For failures: what went wrong. */
  readonly note?: string;
  /** For discrepancies and informative results: the id of the edition's finding (one source defect) it belongs to. */
  readonly finding?: string;
  /** Every printed cell that took part, as "table/row/column". */
  readonly cells: readonly string[];
}
