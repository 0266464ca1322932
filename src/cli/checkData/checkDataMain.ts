import { writeFileSync } from 'node:fs';
import { AUDITED_EDITIONS, groupFindings, runChecks } from '../../core';
import { words } from '../../core/edition/words';
import { defaultAudited, parseArgs } from './args';
import { formatCheck, formatFindings, formatSummary, summarise, tableLabelOf } from './formatCheck';
import { formatHtml, formatMarkdown } from './report';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/**
 * `npm run check-data`: prints the data check (or writes it to `--out`) and
 * returns the exit code (0 nothing fails, 1 failures, 2 usage or an unwritable file).
 */
export function checkDataMain(argv: readonly string[], io: Output): number {
  const parsed = parseArgs(argv, AUDITED_EDITIONS, defaultAudited(), ['text', 'json', 'md', 'html']);
  if ('error' in parsed) {
    io.err(parsed.error);
    return 2;
  }
  const { edition, format, out: file } = parsed.options;
  const results = runChecks(edition);
  const groups = groupFindings(edition, results);
  const summary = summarise(edition, results, groups);
  const lines: string[] = [];
  if (format === 'json') {
    const findings = groups.map(({ cells, ...finding }) => ({ ...finding, cells: cells.map((c) => c.id) }));
    lines.push(JSON.stringify({ edition: edition.id, document: edition.document, results, findings, summary }, null, 2));
  } else if (format === 'md') lines.push(formatMarkdown(edition, summary, groups, results));
  else if (format === 'html') lines.push(formatHtml(edition, summary, groups, results));
  else {
    const label = tableLabelOf(edition);
    for (const result of results) lines.push(formatCheck(result, label(result)));
    lines.push(...formatFindings(groups), formatSummary(summary));
  }
  const text = lines.map(words);
  if (file) {
    try {
      writeFileSync(file, text.join('\n') + (text[text.length - 1]?.endsWith('\n') ? '' : '\n'), 'utf8');
    } catch (error) {
      io.err(`Kan ${file} niet schrijven: ${(error as Error).message}`);
      return 2;
    }
    io.out(words(formatSummary(summary)));
    io.out(`Geschreven: ${file}`);
  } else for (const line of text) io.out(line);
  return summary.fail === 0 ? 0 : 1;
}
