/** The outcome of one check in one column. */
export type CheckStatus = 'ok' | 'discrepancy' | 'fail';

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
  /** Every printed cell that took part, as "table/row/column". */
  readonly cells: readonly string[];
}
