// The shape of a bench result: each figure with its same-run baseline, ratio and target.

export interface Figure {
  /** What was measured, e.g. "IND_COST over 100,000 cells". */
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
  /** The same quantity for the baseline, measured in the same run (null: absolute target only). */
  readonly baseline: number | null;
  readonly baselineLabel: string;
  /** value / baseline, when both are positive. */
  readonly ratio: number | null;
  /** Human wording of the target, e.g. "≤ 3× bare loop". */
  readonly target: string;
  readonly meetsTarget: boolean | null;
  readonly note?: string;
}

export interface StepResult {
  readonly step: string;
  readonly status: 'ok' | 'not available';
  /** Why the step could not run (status "not available"). */
  readonly reason?: string;
  readonly figures: readonly Figure[];
}

export function figure(f: Omit<Figure, 'ratio'> & { ratio?: number | null }): Figure {
  const ratio = f.ratio !== undefined ? f.ratio : f.baseline && f.baseline > 0 ? f.value / f.baseline : null;
  return { ...f, ratio };
}

export const notAvailable = (step: string, reason: string): StepResult => ({ step, status: 'not available', reason, figures: [] });

/** Runs a step; a missing module or any failure becomes "not available: <reason>", never a crash. */
export async function guarded(step: string, run: () => Promise<readonly Figure[]>): Promise<StepResult> {
  try {
    return { step, status: 'ok', figures: await run() };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return notAvailable(step, message);
  }
}
