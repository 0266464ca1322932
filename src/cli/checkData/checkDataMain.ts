import { DEFAULT_EDITION, EDITIONS, runChecks } from '../../core';
import { parseArgs } from './args';
import { formatCheck, formatSummary, summarise, tableLabelOf } from './formatCheck';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** `npm run check-data`: prints the data check and returns the exit code (0 nothing fails, 1 failures, 2 usage). */
export function checkDataMain(argv: readonly string[], io: Output): number {
  const parsed = parseArgs(argv, EDITIONS, DEFAULT_EDITION);
  if ('error' in parsed) {
    io.err(parsed.error);
    return 2;
  }
  const { edition, json } = parsed.options;
  const results = runChecks(edition);
  const summary = summarise(edition, results);
  if (json) io.out(JSON.stringify({ edition: edition.id, document: edition.document, results, summary }, null, 2));
  else {
    const label = tableLabelOf(edition);
    for (const result of results) io.out(formatCheck(result, label(result)));
    io.out(formatSummary(summary));
  }
  return summary.fail === 0 ? 0 : 1;
}
