import type { Edition, PriceVariant } from '../edition/types';
import { prefillContext, SINGLE_DRIVERS, YEAR_DRIVERS, type DriverKey, type SingleDriverKey, type YearDriverKey } from './driverDeclarations';
import type { PresetName } from './types';

/**
 * A scenario's drivers, derived from the declarations: one array per
 * per-year driver (over `years`), one number per single driver. The preset
 * and price variant say how the values were prefilled; the read-back and the
 * sheets record them.
 */
export interface ChainDrivers {
  readonly edition: string;
  readonly years: readonly number[];
  readonly preset: PresetName;
  readonly priceVariant: PriceVariant;
  readonly year: Readonly<Record<YearDriverKey, readonly number[]>>;
  readonly single: Readonly<Record<SingleDriverKey, number>>;
}

/** The drivers a preset prefills: published figures, calibrated values and stated assumptions (chain-model.md §2). */
export function presetDrivers(edition: Edition, preset: PresetName = 'basis', priceVariant: PriceVariant = edition.chain.priceVariant): ChainDrivers {
  const ctx = prefillContext(edition, preset, priceVariant);
  const years = edition.projectionYears;
  return {
    edition: edition.id,
    years,
    preset,
    priceVariant,
    year: Object.fromEntries(YEAR_DRIVERS.map((d) => [d.key, years.map((_, i) => d.prefill(ctx, i))])) as Record<YearDriverKey, number[]>,
    single: Object.fromEntries(SINGLE_DRIVERS.map((d) => [d.key, d.prefill(ctx)])) as Record<SingleDriverKey, number>,
  };
}

const isSingle = (key: DriverKey): key is SingleDriverKey => SINGLE_DRIVERS.some((d) => d.key === key);

/** The value of a driver (in a year, for per-year drivers). */
export function driverValue(drivers: ChainDrivers, key: DriverKey, year?: number): number {
  if (isSingle(key)) return drivers.single[key];
  const i = drivers.years.indexOf(year ?? NaN);
  if (i < 0) throw new Error(`no year ${String(year)} for ${key}`);
  return drivers.year[key][i]!;
}

/** A copy with one driver changed (in one year for per-year drivers). */
export function withDriver(drivers: ChainDrivers, key: DriverKey, value: number, year?: number): ChainDrivers {
  if (isSingle(key)) return { ...drivers, single: { ...drivers.single, [key]: value } };
  const i = drivers.years.indexOf(year ?? NaN);
  if (i < 0) throw new Error(`no year ${String(year)} for ${key}`);
  return { ...drivers, year: { ...drivers.year, [key]: drivers.year[key].map((v, j) => (j === i ? value : v)) } };
}

/** Every (driver, year) cell of a scenario: per-year drivers once per year, single drivers once. */
export function driverCells(drivers: ChainDrivers): { key: DriverKey; year?: number }[] {
  return [...YEAR_DRIVERS.flatMap((d) => drivers.years.map((year) => ({ key: d.key as DriverKey, year }))), ...SINGLE_DRIVERS.map((d) => ({ key: d.key as DriverKey }))];
}
