// What `npm audit --json` said, in plain words, and the exit code that means it.
// Kept apart from the script so tests can feed it recorded registry answers.

export const AUDIT_EXIT = { clean: 0, vulnerable: 1, unavailable: 2 } as const;

export interface AuditVerdict {
  readonly exitCode: (typeof AUDIT_EXIT)[keyof typeof AUDIT_EXIT];
  readonly lines: readonly string[];
}

const SEVERE = ['high', 'critical'] as const;

/** Reads npm audit's JSON output (stdout) and exit status. */
export function auditVerdict(stdout: string, status: number | null): AuditVerdict {
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    return {
      exitCode: AUDIT_EXIT.unavailable,
      lines: [`audit:prod: npm audit gave no report (exit ${String(status)}); no advisories were checked. See docs/dependencies.md for the offline review.`],
    };
  }
  const statusCode = typeof report.statusCode === 'number' ? report.statusCode : null;
  if (statusCode !== null || typeof report.error === 'object' || typeof report.message === 'string') {
    const what = statusCode === 405 ? 'refused the bulk advisory request (HTTP 405 Method Not Allowed)' : `answered the advisory request with an error${statusCode ? ` (HTTP ${statusCode})` : ''}`;
    return {
      exitCode: AUDIT_EXIT.unavailable,
      lines: [
        `audit:prod: the registry ${what}${typeof report.uri === 'string' ? ` at ${report.uri}` : ''}.`,
        'No advisories were checked here: this is neither a pass nor a finding.',
        'Run it where the registry allows POST /-/npm/v1/security/advisories/bulk, and see docs/dependencies.md for the offline review.',
      ],
    };
  }
  const metadata = report.metadata as { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number } } | undefined;
  const counts = metadata?.vulnerabilities ?? {};
  const severe = SEVERE.reduce((n, level) => n + (counts[level] ?? 0), 0);
  const summary = Object.entries(counts)
    .filter(([level, n]) => level !== 'total' && n > 0)
    .map(([level, n]) => `${n} ${level}`)
    .join(', ');
  return severe > 0
    ? { exitCode: AUDIT_EXIT.vulnerable, lines: [`audit:prod: ${severe} high or critical advisories in production dependencies (${summary}). Run npm audit --omit=dev for details.`] }
    : { exitCode: AUDIT_EXIT.clean, lines: [`audit:prod: no high or critical advisories in production dependencies${summary ? ` (${summary})` : ''}.`] };
}
