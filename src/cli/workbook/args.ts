import { parseArgs } from 'node:util';
import { DEFAULT_EDITION, editionById, EDITIONS, type Edition } from '../../core';
import { aenmStyleServes } from '../../core/sheets/aenmFormula';
import type { FormulaStyle } from '../../core/sheets/types';

import { DEFAULT_WORKBOOK_SHEETS, SHEET_KINDS, type SheetKind } from '../../core/sheets';

const FORMULA_STYLES: readonly FormulaStyle[] = ['excel', 'aenm'];

export interface WorkbookArgs {
  readonly out: string;
  /** The edition every sheet is written from (--edition, default the add-in's default edition). */
  readonly edition: Edition;
  readonly sheets: readonly SheetKind[];
  readonly scenarioFiles: readonly string[];
  readonly formulaStyle: FormulaStyle;
  readonly force: boolean;
  /** --refresh <old.xlsx>: write the add-in's sheets of that file again from `edition`, keeping the controller's edited inputs. */
  readonly refresh?: string;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'run'; args: WorkbookArgs } | { kind: 'usage'; message: string };

const usage = (message: string): ParsedArgs => ({ kind: 'usage', message });

function parseSheets(list: string | undefined): SheetKind[] | string {
  if (list === undefined) return [...DEFAULT_WORKBOOK_SHEETS];
  const wanted = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  if (wanted.length === 0) return '--sheets needs at least one sheet';
  const unknown = wanted.filter((s) => !(SHEET_KINDS as readonly string[]).includes(s));
  if (unknown.length > 0) return `--sheets: unknown sheet "${unknown.join('", "')}"; choose from ${SHEET_KINDS.join(', ')}`;
  // Written in the fixed order, each once: the compare sheet references the scenario sheets before it.
  const keys = SHEET_KINDS.filter((k) => wanted.includes(k));
  if (keys.includes('compare') && !keys.includes('scenario')) return '--sheets: "compare" compares scenario sheets; add "scenario"';
  return keys;
}

/** The editions the command offers and the one it uses without --edition; tests pass their own (a fixture edition). */
export interface EditionChoice {
  readonly editions: readonly Edition[];
  readonly fallback: Edition;
}

export const KNOWN_EDITIONS: EditionChoice = { editions: EDITIONS, fallback: DEFAULT_EDITION };

/** Parses the command line (without node and script); never exits or prints. */
export function parseWorkbookArgs(argv: readonly string[], choice: EditionChoice = KNOWN_EDITIONS): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string', short: 'o' },
        sheets: { type: 'string', short: 's' },
        scenario: { type: 'string', multiple: true },
        formulas: { type: 'string', short: 'f' },
        edition: { type: 'string', short: 'e' },
        refresh: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) return { kind: 'help' };
  if (!values.out) return usage('--out <file.xlsx> is required');
  if (!values.out.toLowerCase().endsWith('.xlsx')) return usage(`--out must name an .xlsx file, got "${values.out}"`);
  const formulaStyle = values.formulas ?? 'excel';
  if (!(FORMULA_STYLES as readonly string[]).includes(formulaStyle)) {
    return usage(`--formulas must be excel or aenm, got "${formulaStyle}"`);
  }
  const wanted = values.edition?.trim() ?? choice.fallback.id;
  const found = editionById(wanted, choice.editions);
  if (!found.ok) return usage(`--edition: unknown edition "${wanted}"; the editions are ${choice.editions.map((e) => e.id).join(', ')}`);
  const edition = found.value;
  if (formulaStyle === 'aenm' && !aenmStyleServes(edition)) {
    return usage(`--formulas aenm: the AENM functions do not carry ${edition.id} (they carry ${EDITIONS.map((e) => e.id).join(', ')}); write ${edition.id} with --formulas excel`);
  }
  if (values.refresh !== undefined) {
    if (values.sheets !== undefined || values.scenario) return usage('--refresh writes again the sheets the file holds, with their scenarios; leave out --sheets and --scenario');
    if (!values.refresh.toLowerCase().endsWith('.xlsx')) return usage(`--refresh must name an .xlsx file, got "${values.refresh}"`);
  }
  const sheets = parseSheets(values.sheets);
  if (typeof sheets === 'string') return usage(sheets);
  if (values.scenario && !sheets.includes('scenario')) return usage('--scenario adds scenario sheets; add "scenario" to --sheets');
  return {
    kind: 'run',
    args: { out: values.out, edition, sheets, scenarioFiles: values.scenario ?? [], formulaStyle: formulaStyle as FormulaStyle, force: values.force === true, ...(values.refresh !== undefined ? { refresh: values.refresh } : {}) },
  };
}

/** The help text: the editions named from the list, never typed here. */
export const helpText = (choice: EditionChoice = KNOWN_EDITIONS): string => `Writes the AENM budget sheets of one edition into an .xlsx file, without Excel.

Usage: npm run workbook -- --out <file.xlsx> [options]

  -o, --out <file.xlsx>     file to write (required); an existing file is kept unless --force
  -s, --sheets <list>       comma-separated, from: ${SHEET_KINDS.join(', ')}
                            (default: ${DEFAULT_WORKBOOK_SHEETS.join(',')}); the parameter sheet is added
                            automatically when 'excel' formulas need its names
      --scenario <file>     add the scenarios in a JSON file (repeatable); see README and docs/xlsx.md
      --refresh <old.xlsx>  write the sheets the add-in wrote in <old.xlsx> again from --edition
                            into --out (never over <old.xlsx>): new published figures and formulas,
                            the controller's edited inputs kept and listed, the edition cell changed
  -e, --edition <id>        the edition the figures come from: ${choice.editions.map((e) => `${e.id} (${e.name})`).join(', ')};
                            default ${choice.fallback.id}. Each sheet records it (row 4, or the scenario settings)
  -f, --formulas <style>    excel (default): Excel's own functions and the parameter sheet,
                            works without the add-in; aenm: AENM.* custom functions
      --force               overwrite <file.xlsx> if it exists
  -h, --help                this text

The MPP-basis scenario is always written. Exit codes: 0 written, 1 failure (existing file,
bad scenario file, write error), 2 usage error (bad or missing option).

Scenario file: {"name": "Hoog", "preset": "hoog", "drivers": {"coaOutflow": {"${choice.fallback.projectionYears[1] ?? choice.fallback.firstBudgetYear}": 90000}, "cutApplied": 1}}
(or an array of such objects; driver names as in src/core/chain/driverDeclarations.ts).
`;
