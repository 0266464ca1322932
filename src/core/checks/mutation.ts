import { indexEdition } from '../edition/editionIndex';
import type { AuditedEdition, Discrepancy, Edition, RowSpec, TableSpec, Unit } from '../edition/types';
import { roundNoise } from '../edition/units';
import { evaluate } from './evaluateCheck';
import { checkSpecs, judge } from './runChecks';

/**
 * The mutation run of the data check: change each published figure by one
 * unit of its last printed digit (up and down), re-run the checks on the
 * changed edition and see whether some check fails. A figure no check catches
 * could be mistyped without anyone noticing; the run lists those.
 */

export interface FigureMutation {
  readonly table: string;
  readonly row: string;
  readonly column: string;
  readonly value: number;
  readonly unit: Unit;
  /** One unit of the last printed digit, in the figure's unit. */
  readonly step: number;
  /** Whether +step and −step each made some check fail. */
  readonly caughtUp: boolean;
  readonly caughtDown: boolean;
  /** Ids of the check results the figure takes part in (in the unchanged edition). */
  readonly checkedBy: readonly string[];
}

export type Verdict = 'caught' | 'partly' | 'missed';

export const verdictOf = (m: FigureMutation): Verdict => (m.caughtUp && m.caughtDown ? 'caught' : m.caughtUp || m.caughtDown ? 'partly' : 'missed');

export interface TableTally {
  readonly table: string;
  readonly label: string;
  readonly figures: number;
  readonly caught: number;
  readonly partly: number;
  readonly missed: number;
}

export interface MutationReport {
  readonly edition: string;
  readonly figures: readonly FigureMutation[];
  readonly tables: readonly TableTally[];
  readonly totals: Omit<TableTally, 'table' | 'label'>;
}

const unitOf = (table: TableSpec, row: RowSpec, column: string): Unit => row.columnUnits?.[column] ?? row.unit ?? table.unit;

function decimals(value: number): number {
  const text = String(roundNoise(Math.abs(value)));
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * One unit of the last printed digit. Shares are printed as percentages, and a
 * column shows how many decimals it prints (Tabel 8 prints "1,0%", stored 0.01),
 * so a share takes the most decimals of its column; other figures their own.
 */
export function printedStep(table: TableSpec, row: RowSpec, column: string): number {
  if (row.printedStep !== undefined) return row.printedStep;
  const at = table.columns.indexOf(column);
  const value = row.values[at] ?? 0;
  if (unitOf(table, row, column) !== 'SHARE') return roundNoise(10 ** -decimals(value));
  const shares = table.rows.filter((r) => unitOf(table, r, column) === 'SHARE').map((r) => r.values[at] ?? 0);
  const places = Math.max(...shares.map((share) => decimals(roundNoise(share * 100))));
  return roundNoise(10 ** -places / 100);
}

/** A structural clone of the edition with one cell changed; everything else is shared, nothing is mutated. */
export function withFigure<E extends Edition>(edition: E, tableId: string, rowKey: string, column: string, value: number): E {
  return {
    ...edition,
    tables: edition.tables.map((table) => {
      if (table.id !== tableId) return table;
      const at = table.columns.indexOf(column);
      return { ...table, rows: table.rows.map((row) => (row.key !== rowKey ? row : { ...row, values: row.values.map((v, i) => (i === at ? value : v)) })) };
    }),
  };
}

/**
 * Runs the mutation. Only the checks a figure takes part in can change when it
 * changes, so each mutation re-evaluates just those (found once, from the
 * unchanged edition) on the cloned edition; `runChecks` on the whole clone
 * gives the same verdict (a test compares both).
 */
export function mutationRun(edition: AuditedEdition): MutationReport {
  const specs = checkSpecs(edition);
  const baseIndex = indexEdition(edition);
  const specsOfCell = new Map<string, Set<number>>();
  const resultsOfCell = new Map<string, string[]>();
  specs.forEach((spec, i) => {
    for (const result of evaluate(baseIndex, spec)) {
      for (const name of result.cells) {
        specsOfCell.set(name, (specsOfCell.get(name) ?? new Set()).add(i));
        resultsOfCell.set(name, [...(resultsOfCell.get(name) ?? []), result.id]);
      }
    }
  });
  const documented: readonly (readonly [string, Discrepancy])[] = edition.discrepancies.map((d) => [d.check, d]);
  const fails = (changed: AuditedEdition, name: string): boolean => {
    const index = indexEdition(changed);
    const raw = [...(specsOfCell.get(name) ?? [])].flatMap((i) => evaluate(index, specs[i]!));
    return judge(raw, new Map(documented)).some((result) => result.status === 'fail');
  };

  const figures: FigureMutation[] = [];
  for (const table of edition.tables) {
    for (const row of table.rows) {
      table.columns.forEach((column, at) => {
        const value = row.values[at];
        if (value === null || value === undefined) return;
        const step = printedStep(table, row, column);
        const name = `${table.id}/${row.key}/${column}`;
        const tryStep = (delta: number) => fails(withFigure(edition, table.id, row.key, column, roundNoise(value + delta)), name);
        figures.push({
          table: table.id,
          row: row.key,
          column,
          value,
          unit: unitOf(table, row, column),
          step,
          caughtUp: tryStep(step),
          caughtDown: tryStep(-step),
          checkedBy: resultsOfCell.get(name) ?? [],
        });
      });
    }
  }
  return { edition: edition.id, figures, tables: tally(edition, figures), totals: count(figures) };
}

function count(figures: readonly FigureMutation[]): Omit<TableTally, 'table' | 'label'> {
  const verdicts = figures.map(verdictOf);
  return {
    figures: figures.length,
    caught: verdicts.filter((v) => v === 'caught').length,
    partly: verdicts.filter((v) => v === 'partly').length,
    missed: verdicts.filter((v) => v === 'missed').length,
  };
}

function tally(edition: Edition, figures: readonly FigureMutation[]): TableTally[] {
  return edition.tables.map((table) => ({ table: table.id, label: table.label, ...count(figures.filter((f) => f.table === table.id)) }));
}
