import { indexEdition } from '../edition/editionIndex';
import type { AuditedEdition, CheckSpec, Discrepancy } from '../edition/types';
import { deriveChecks } from './deriveChecks';
import { evaluate, type Raw } from './evaluateCheck';
import type { CheckResult } from './types';

/** Every check of an edition: derived from its printed structure, then declared. */
export function checkSpecs(edition: AuditedEdition): CheckSpec[] {
  return [...deriveChecks(edition), ...edition.checks];
}

/** Runs every check of an edition, derived and declared, and judges each against the documented discrepancies. */
export function runChecks(edition: AuditedEdition): CheckResult[] {
  const index = indexEdition(edition);
  const raw = checkSpecs(edition).flatMap((spec) => evaluate(index, spec));
  const documented = new Map(edition.discrepancies.map((d) => [d.check, d]));
  const judged = judge(raw, documented).map((result) => withFinding(edition, result));
  // A documented discrepancy that no check produced is stale documentation.
  const stale = [...documented.values()].map((doc): CheckResult => ({
    id: doc.check,
    table: doc.check.split(':')[0] ?? doc.check,
    title: 'documented discrepancy without a check',
    column: '',
    expected: 0,
    found: 0,
    difference: 0,
    tolerance: 0,
    unit: '',
    status: 'fail',
    note: doc.note,
    cells: [],
  }));
  return [...judged, ...stale];
}

/**
 * Judges raw outcomes: within tolerance and undocumented is ok; outside and
 * documented with the same difference is a discrepancy (or informative, as
 * documented); anything else fails.
 * Removes each documented discrepancy it meets from `documented`.
 */
export function judge(raw: readonly Raw[], documented: Map<string, Discrepancy>): CheckResult[] {
  return raw.map((result): CheckResult => {
    const doc = documented.get(result.id);
    documented.delete(result.id);
    const within = Math.abs(result.difference) <= result.tolerance + 1e-9;
    if (!doc) return { ...result, status: within ? 'ok' : 'fail', ...(within ? {} : { note: 'undocumented difference' }) };
    if (within) return { ...result, status: 'fail', note: `documented discrepancy no longer found: ${doc.note}` };
    // Exact to the printed digit: a documented difference of 9.162.050 must not hide a mistyped 1.
    const same = Math.abs(result.difference - doc.difference) <= 1e-9 * Math.max(1, Math.abs(doc.difference));
    return same
      ? { ...result, status: doc.verdict === 'informatief' ? 'informative' : 'discrepancy', note: doc.note, ...(doc.finding ? { finding: doc.finding } : {}) }
      : { ...result, status: 'fail', note: `documented difference ${doc.difference}, found ${result.difference}: ${doc.note}` };
  });
}

/**
 * Where an edition groups its documented cells into findings, a cell must name
 * a finding of the edition with its own verdict: a typo in the grouping fails
 * like a typo in a figure.
 */
function withFinding(edition: AuditedEdition, result: CheckResult): CheckResult {
  if (!edition.findings || (result.status !== 'discrepancy' && result.status !== 'informative')) return result;
  const finding = edition.findings.find((f) => f.id === result.finding);
  const verdict = result.status === 'informative' ? 'informatief' : 'bronverschil';
  if (finding?.verdict === verdict) return result;
  const why = finding ? `its finding "${finding.id}" is ${finding.verdict}, the cell ${verdict}` : `it names no finding of the edition ("${result.finding ?? ''}")`;
  return { ...result, status: 'fail', note: `documented ${verdict}, but ${why}: ${result.note ?? ''}` };
}
