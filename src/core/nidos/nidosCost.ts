import { seriesFigure } from '../edition/lookup';
import { cents, euros } from '../edition/money';
import { chain, ok, type Result } from '../edition/result';
import type { Edition } from '../edition/types';
import { LIMITS, nonNegative } from '../edition/validate';

export interface NidosUnitCosts {
  readonly guidance: number;
  readonly care: number;
  readonly intake: number;
}

/** Tabel 13 unit costs (€ per amv) for a year. */
export function nidosUnitCosts(edition: Edition, year: number): Result<NidosUnitCosts> {
  const b = edition.bindings;
  return chain(seriesFigure(edition, b.nidosGuidanceCost, year, 'nidosCost'), (guidance) =>
    chain(seriesFigure(edition, b.nidosCareCost, year, 'nidosCost'), (care) => chain(seriesFigure(edition, b.nidosIntakeCost, year, 'nidosCost'), (intake) => ok({ guidance: euros(guidance), care: euros(care), intake: euros(intake) }))),
  );
}

/** Nidos cost (€) = pupils × begeleiding + amv in care × verzorging + amv inflow × instroomteam. */
export const nidosCostAt = (units: NidosUnitCosts, pupils: number, inCare: number, inflow: number): number => cents(pupils * units.guidance + inCare * units.care + inflow * units.intake);

export function nidosCost(edition: Edition, pupils: number, inCare: number, inflow: number, year: number): Result<number> {
  return chain(nonNegative('pupils', pupils, LIMITS.count), (p) =>
    chain(nonNegative('minorsInCare', inCare, LIMITS.count), (c) => chain(nonNegative('minorsInflow', inflow, LIMITS.count), (i) => chain(nidosUnitCosts(edition, year), (units) => ok(nidosCostAt(units, p, c, i))))),
  );
}
