import { asResult, type Checked, type Result } from '../edition/result';
import { roundNoise } from '../edition/units';
import { LIMITS, refusal, withinLimit } from '../edition/validate';

/**
 * Little's law for reception: beds = inflow per year × average stay (months) / 12.
 * 25.000 a year staying 10,6 months fill 22.083 beds.
 */
export const coaBedsChecked = (inflowPerYear: number, stayMonths: number): Checked => {
  if (!withinLimit(inflowPerYear, LIMITS.count)) return refusal('inflow', inflowPerYear, LIMITS.count);
  if (!withinLimit(stayMonths, LIMITS.months)) return refusal('stay', stayMonths, LIMITS.months);
  return (inflowPerYear * stayMonths) / 12;
};

export const coaBeds = (inflowPerYear: number, stayMonths: number): Result<number> => asResult(coaBedsChecked(inflowPerYear, stayMonths));

/** The stay a published occupancy implies: occupancy / outflow × 12 months (132.190 / 25.000 × 12 ≈ 63 months). */
export const impliedStayMonths = (occupancy: number, outflowPerYear: number): number | null => (outflowPerYear > 0 ? roundNoise((occupancy / outflowPerYear) * 12) : null);
