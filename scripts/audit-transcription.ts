/**
 * Compares every figure of the OB2025 edition with the source text (see
 * `src/core/checks/auditTranscription.ts`): every table figure must be found
 * in the source, every printed figure carried, and every table of the
 * document carried or listed with the reason it holds no budget figures.
 * A developer tool (reads the source file with Node), run with
 * `npx tsx scripts/audit-transcription.ts [path/to/source.txt]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OB2025 } from '../src/core';
import { auditTranscription } from '../src/core/checks/auditTranscription';
import { sourceLayout } from '../src/core/editions/ob2025/sourceLayout';

// The sources sit next to the repository (../shared/sources), or two levels up from a worktree.
const candidates = [
  process.argv[2],
  process.env.AENM_SOURCES && join(process.env.AENM_SOURCES, OB2025.sourceFile),
  join(__dirname, '..', '..', 'shared', 'sources', OB2025.sourceFile),
  join(__dirname, '..', '..', '..', 'shared', 'sources', OB2025.sourceFile),
];
const source = candidates.find((path): path is string => !!path && existsSync(path));
if (!source) {
  console.log(`Source ${OB2025.sourceFile} not found; pass its path or set AENM_SOURCES.`);
  process.exit(2);
}
const report = auditTranscription(OB2025, readFileSync(source, 'utf8'), sourceLayout);
for (const note of report.notes) console.log(note);
for (const problem of report.problems) console.log(`PROBLEM ${problem}`);
console.log(
  report.problems.length === 0
    ? `Every table figure (${report.figures}) found in the source, every printed figure carried, and every table of the source (${report.printedTables.length}) carried or shown to hold no budget figures.`
    : `${report.problems.length} problem(s)`,
);
process.exitCode = report.problems.length === 0 ? 0 : 1;
