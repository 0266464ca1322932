import { seriesFigure } from '../edition/lookup';
import { cents, euros } from '../edition/money';
import { asResult, chain, ok, type Checked, type Result } from '../edition/result';
import type { Edition } from '../edition/types';
import { LIMITS, refusal, withinLimit } from '../edition/validate';

/**
 * COA price per occupied bed-year (€): the COA contribution (Tabel 4) over
 * the MPP average occupancy (Tabel 6). 2025: 4.062.600.000 / 114.650 = 35.434,80.
 * Not rounded: COA_COST(114.650) must give back the published 4.062.600.000.
 */
export function coaPricePerBed(edition: Edition, year: number): Result<number> {
  const { coaContribution, coaOccupancy } = edition.bindings;
  return chain(seriesFigure(edition, coaContribution, year, 'coaContribution'), (contribution) => chain(seriesFigure(edition, coaOccupancy, year, 'coaOccupancy'), (occupancy) => ok(euros(contribution) / occupancy.value)));
}

/** COA cost (€) = occupied beds × price per bed-year; the price defaults to the edition's first budget year. */
export function coaCost(edition: Edition, beds: number, price?: number): Result<number> {
  if (price !== undefined) return asResult(coaCostAt(beds, price));
  return chain(coaPricePerBed(edition, edition.firstBudgetYear), (p) => asResult(coaCostAt(beds, p)));
}

/** COA cost (€) for a known price per bed-year: the per-cell arithmetic of COA_COST. */
export const coaCostAt = (beds: number, price: number): Checked => {
  if (!withinLimit(beds, LIMITS.count)) return refusal('beds', beds, LIMITS.count);
  if (!withinLimit(price, LIMITS.euros)) return refusal('pricePerBed', price, LIMITS.euros);
  return cents(beds * price);
};
