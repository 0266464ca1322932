import type { Edition } from '../edition/types';
import { SINGLE_DRIVERS, YEAR_DRIVERS, type DriverKey } from './driverDeclarations';
import type { ChainDrivers } from './drivers';
import { projectChain } from './project';

export interface Sensitivity {
  readonly key: DriverKey;
  /** Change of the chain gap in the year (euros) when the driver is 10% higher in every year. */
  readonly effect: number;
}

/** +share (default 10%) in each editable driver (every year at once); the switch is left out. Sorted by size of the effect. */
export function sensitivity(edition: Edition, drivers: ChainDrivers, year: number, share = 0.1): Sensitivity[] {
  const i = drivers.years.indexOf(year);
  const base = projectChain(edition, drivers)[i]!.chain.gap;
  const effects: Sensitivity[] = [];
  for (const d of YEAR_DRIVERS) {
    const changed = { ...drivers, year: { ...drivers.year, [d.key]: drivers.year[d.key].map((v) => v * (1 + share)) } };
    effects.push({ key: d.key, effect: projectChain(edition, changed)[i]!.chain.gap - base });
  }
  for (const d of SINGLE_DRIVERS) {
    if (d.unit === 'switch') continue;
    const changed = { ...drivers, single: { ...drivers.single, [d.key]: drivers.single[d.key] * (1 + share) } };
    effects.push({ key: d.key, effect: projectChain(edition, changed)[i]!.chain.gap - base });
  }
  return effects.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.key.localeCompare(b.key));
}
