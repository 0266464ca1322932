import type { AuditedEdition, Finding } from '../edition/types';
import type { CheckResult } from './types';

/** One finding of the data check with the check cells it affects. */
export interface FindingGroup extends Finding {
  /** The results (status discrepancy or informative) that belong to the finding, in check order. */
  readonly cells: readonly CheckResult[];
}

/**
 * Groups the documented differences of a run by finding: each source defect
 * once, with its cells. The edition's findings come first, in its order; a
 * documented cell whose discrepancy names no finding (an edition without
 * findings) becomes a finding of its own, titled by its note, so nothing is
 * dropped. A finding of the edition that no cell of this run belongs to is left
 * out (its checks failed, and the failures say why).
 */
export function groupFindings(edition: AuditedEdition, results: readonly CheckResult[]): FindingGroup[] {
  const documented = results.filter((r) => r.status === 'discrepancy' || r.status === 'informative');
  const known = new Map((edition.findings ?? []).map((f) => [f.id, f]));
  const groups = new Map<string, { finding: Finding; cells: CheckResult[] }>();
  for (const finding of edition.findings ?? []) groups.set(finding.id, { finding, cells: [] });
  for (const result of documented) {
    const finding: Finding = (result.finding && known.get(result.finding)) || { id: result.id, verdict: result.status === 'informative' ? 'informatief' : 'bronverschil', title: result.note ?? result.title, explanation: '', lines: [] };
    const group = groups.get(finding.id) ?? { finding, cells: [] };
    group.cells.push(result);
    groups.set(finding.id, group);
  }
  return [...groups.values()].filter((g) => g.cells.length > 0).map(({ finding, cells }) => ({ ...finding, cells }));
}

/** Counts of a run: checks by status, and source defects (findings) next to the cells they affect. */
export interface CheckCounts {
  readonly total: number;
  readonly ok: number;
  /** Source defects (bronverschillen) and the check cells they affect. */
  readonly defects: number;
  readonly defectCells: number;
  /** Relationships the budget does not claim, and their cells. */
  readonly informative: number;
  readonly informativeCells: number;
  readonly fail: number;
}

export function countChecks(results: readonly CheckResult[], groups: readonly FindingGroup[]): CheckCounts {
  const count = (status: CheckResult['status']) => results.filter((r) => r.status === status).length;
  return {
    total: results.length,
    ok: count('ok'),
    defects: groups.filter((g) => g.verdict === 'bronverschil').length,
    defectCells: count('discrepancy'),
    informative: groups.filter((g) => g.verdict === 'informatief').length,
    informativeCells: count('informative'),
    fail: count('fail'),
  };
}
