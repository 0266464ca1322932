import { readFile, stat, writeFile } from 'node:fs/promises';
import type { Edition } from '../../core';
import { writeWorkbookWithReport } from '../../xlsx/writeWorkbook';
import { helpText, KNOWN_EDITIONS, parseWorkbookArgs, type EditionChoice, type WorkbookArgs } from './args';
import { basisScenario, fullWorkbookPlan, type PlannedScenario } from '../../xlsx/fullWorkbookPlan';
import { MAX_SCENARIOS, printable } from './readJsonFile';
import { parseScenarioFile } from './scenarioFile';
import { refreshWorkbook } from './refresh';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export interface RunContext {
  readonly addinVersion: string;
  /** ISO date written on the sheets; injectable for reproducible files. */
  readonly today: string;
  /** The editions --edition chooses from; default every edition the add-in knows. */
  readonly editions?: EditionChoice;
}

async function readScenarios(edition: Edition, files: readonly string[]): Promise<{ ok: true; scenarios: PlannedScenario[] } | { ok: false; message: string }> {
  const scenarios: PlannedScenario[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      return { ok: false, message: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
    }
    const parsed = parseScenarioFile(edition, text, file);
    if (!parsed.ok) return parsed;
    scenarios.push(...parsed.scenarios);
    if (scenarios.length > MAX_SCENARIOS) return { ok: false, message: `${file}: brings the scenarios to ${scenarios.length}; at most ${MAX_SCENARIOS} fit one workbook` };
  }
  return { ok: true, scenarios };
}

/** Writes bytes to a new file, or over an existing one with --force; false (said on io.err) when it cannot. */
async function writeOut(args: WorkbookArgs, bytes: Uint8Array, io: Output): Promise<boolean> {
  try {
    // 'wx' creates or fails in one step: no window between "does it exist?" and writing.
    await writeFile(args.out, bytes, { flag: args.force ? 'w' : 'wx' });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(code === 'EEXIST' ? `workbook: ${args.out} exists; use --force to overwrite it` : `workbook: cannot write ${args.out} (${code ?? String(error)})`);
    return false;
  }
}

async function refresh(args: WorkbookArgs & { refresh: string }, choice: EditionChoice, io: Output, context: RunContext): Promise<number> {
  const outcome = await refreshWorkbook(args, choice.editions, context);
  if (!outcome.ok) {
    io.err(`workbook: ${outcome.message}`);
    return EXIT.failure;
  }
  if (!(await writeOut(args, outcome.bytes, io))) return EXIT.failure;
  io.out(`${args.out}: refreshed from ${args.refresh}`);
  for (const line of outcome.lines) io.out(line);
  return EXIT.ok;
}

/** The whole command, minus process.exit: returns the exit code. */
export async function runWorkbookCommand(argv: readonly string[], io: Output, context: RunContext): Promise<number> {
  const choice = context.editions ?? KNOWN_EDITIONS;
  const parsed = parseWorkbookArgs(argv, choice);
  if (parsed.kind === 'help') {
    io.out(helpText(choice));
    return EXIT.ok;
  }
  if (parsed.kind === 'usage') {
    io.err(`workbook: ${parsed.message}\nTry --help.`);
    return EXIT.usage;
  }
  const { args } = parsed;
  // Said before any work, with or without --force: writing would fail with EISDIR after building the workbook.
  const existing = await stat(args.out).catch(() => null);
  if (existing?.isDirectory()) {
    io.err(`workbook: ${printable(args.out)} is a directory; --out must name a file`);
    return EXIT.failure;
  }
  if (existing && !args.force) {
    io.err(`workbook: ${printable(args.out)} exists; use --force to overwrite it`);
    return EXIT.failure;
  }
  const { edition } = args;
  if (args.refresh !== undefined) return refresh({ ...args, refresh: args.refresh }, choice, io, context);
  const fromFiles = await readScenarios(edition, args.scenarioFiles);
  if (!fromFiles.ok) {
    io.err(`workbook: ${printable(fromFiles.message)}`);
    return EXIT.failure;
  }
  const started = Date.now();
  const plan = fullWorkbookPlan({
    edition,
    sheets: args.sheets,
    scenarios: [basisScenario(edition), ...fromFiles.scenarios],
    formulaStyle: args.formulaStyle,
    writtenAt: context.today,
  });
  const { bytes, sheets } = await writeWorkbookWithReport(plan, { edition: edition.id, editionName: edition.name, addinVersion: context.addinVersion });
  if (!(await writeOut(args, bytes, io))) return EXIT.failure;
  io.out(`${args.out}: ${sheets.length} sheets (${sheets.map((s) => s.sheetName).join(', ')}), edition ${edition.id}, formulas ${args.formulaStyle}, ${bytes.length} bytes, ${Date.now() - started} ms`);
  for (const s of sheets) for (const w of s.warnings) io.err(`warning: ${s.sheetName}: ${w}`);
  return EXIT.ok;
}
