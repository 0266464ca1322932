import { asResult, type Checked, type Result } from '../edition/result';
import { LIMITS, refusal, withinLimit } from '../edition/validate';

/**
 * The MPP stock-flow for one year: occupancy = previous + inflow − outflow.
 * Tabel 6 follows it exactly, e.g. 2027: 149.400 + 25.000 − 42.210 = 132.190.
 * A negative result is returned as is: it tells the controller the outflow is impossible.
 */
export const coaOccupancyChecked = (previous: number, inflow: number, outflow: number): Checked => {
  if (!withinLimit(previous, LIMITS.count)) return refusal('previousOccupancy', previous, LIMITS.count);
  if (!withinLimit(inflow, LIMITS.count)) return refusal('inflow', inflow, LIMITS.count);
  if (!withinLimit(outflow, LIMITS.count)) return refusal('outflow', outflow, LIMITS.count);
  return previous + inflow - outflow;
};

export const coaOccupancy = (previous: number, inflow: number, outflow: number): Result<number> => asResult(coaOccupancyChecked(previous, inflow, outflow));
