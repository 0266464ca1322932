import { ok, chain, type Result } from '../edition/result';
import { LIMITS, nonNegative } from '../edition/validate';
import { roundNoise } from '../edition/units';

/**
 * Little's law for reception: beds = inflow per year × average stay (months) / 12.
 * 25.000 a year staying 10,6 months fill 22.083 beds.
 */
export const coaBeds = (inflowPerYear: number, stayMonths: number): Result<number> =>
  chain(nonNegative('instroom', inflowPerYear, LIMITS.count), (inflow) =>
    chain(nonNegative('verblijfsduur (maanden)', stayMonths, LIMITS.months), (stay) => ok(roundNoise((inflow * stay) / 12))),
  );

/** The stay a published occupancy implies: occupancy / outflow × 12 months (132.190 / 25.000 × 12 ≈ 63 months). */
export const impliedStayMonths = (occupancy: number, outflowPerYear: number): number | null =>
  outflowPerYear > 0 ? roundNoise((occupancy / outflowPerYear) * 12) : null;
