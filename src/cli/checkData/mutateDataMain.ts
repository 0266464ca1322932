import { AUDITED_EDITIONS } from '../../core';
import { mutationRun } from '../../core/checks/mutation';
import { defaultAudited, parseArgs } from './args';
import { words } from '../../core/edition/words';
import type { Output } from './checkDataMain';
import { formatMutation } from './formatMutation';

/** `npm run mutate-data`: which published figures the data check would catch if mistyped. Exit 0, or 2 on bad usage. */
export function mutateDataMain(argv: readonly string[], io: Output, now: () => number = Date.now): number {
  const parsed = parseArgs(argv, AUDITED_EDITIONS, defaultAudited());
  if ('error' in parsed) {
    io.err(parsed.error);
    return 2;
  }
  const { edition } = parsed.options;
  const json = parsed.options.format === 'json';
  const started = now();
  const report = mutationRun(edition);
  const millis = now() - started;
  if (json) io.out(JSON.stringify({ ...report, millis }, null, 2));
  else for (const line of formatMutation(edition, report, millis)) io.out(words(line));
  return 0;
}
