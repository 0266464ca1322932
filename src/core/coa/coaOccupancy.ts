import { chain, ok, type Result } from '../edition/result';
import { LIMITS, nonNegative } from '../edition/validate';

/**
 * The MPP stock-flow for one year: occupancy = previous + inflow − outflow.
 * Tabel 6 follows it exactly, e.g. 2027: 149.400 + 25.000 − 42.210 = 132.190.
 * A negative result is returned as is: it tells the controller the outflow is impossible.
 */
export const coaOccupancy = (previous: number, inflow: number, outflow: number): Result<number> =>
  chain(nonNegative('bezetting vorig jaar', previous, LIMITS.count), (p) =>
    chain(nonNegative('instroom', inflow, LIMITS.count), (i) => chain(nonNegative('uitstroom', outflow, LIMITS.count), (o) => ok(p + i - o))),
  );
