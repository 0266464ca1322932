import { ORGANISATIONS, prefillContext, YEAR_DRIVERS, type FigureStatus, type Organisation, type PresetName, type PriceVariant, type YearDriverDeclaration, type YearDriverKey } from '../../core/chain';
import type { Edition } from '../../core/edition/types';

/**
 * The driver grid's rows, derived from the declarations (no list of its own):
 * grouped by the organisation whose need a driver reaches (the declaration's
 * `reaches`), with each row's status per year.
 */
export type DriverGroup = 'keten' | Organisation;
export const DRIVER_GROUPS: readonly DriverGroup[] = ['keten', ...ORGANISATIONS];

/** One organisation's need reached: that organisation; several (the flows): the chain. */
export function groupOf(declaration: { readonly reaches: readonly string[] }): DriverGroup {
  const orgs = ORGANISATIONS.filter((o) => declaration.reaches.includes(`${o}Need`));
  return orgs.length === 1 ? orgs[0]! : 'keten';
}

export interface DriverRow {
  readonly declaration: YearDriverDeclaration<YearDriverKey>;
  /** The status of each year's prefill, in year order. */
  readonly statuses: readonly FigureStatus[];
}

export interface DriverRowGroup {
  readonly group: DriverGroup;
  readonly rows: readonly DriverRow[];
}

export function driverRowGroups(edition: Edition, preset: PresetName, priceVariant: PriceVariant): DriverRowGroup[] {
  const ctx = prefillContext(edition, preset, priceVariant);
  const rows = YEAR_DRIVERS.map((d) => ({ declaration: d as YearDriverDeclaration<YearDriverKey>, statuses: edition.projectionYears.map((y, i) => d.status(ctx, y, i)) }));
  return DRIVER_GROUPS.map((group) => ({ group, rows: rows.filter((r) => groupOf(r.declaration) === group) })).filter((g) => g.rows.length > 0);
}

/** "gepubliceerd 2025–2028, aanname 2029": runs of equal status, years compressed. */
export function statusRuns(statuses: readonly FigureStatus[], years: readonly number[]): { status: FigureStatus; from: number; to: number }[] {
  const runs: { status: FigureStatus; from: number; to: number }[] = [];
  statuses.forEach((status, i) => {
    const last = runs[runs.length - 1];
    if (last && last.status === status && last.to === years[i - 1]) last.to = years[i]!;
    else runs.push({ status, from: years[i]!, to: years[i]! });
  });
  return runs;
}
