import { seriesFigure } from '../edition/lookup';
import { cents, euros } from '../edition/money';
import { chain, ok, type Result } from '../edition/result';
import type { Edition } from '../edition/types';
import { LIMITS, nonNegative } from '../edition/validate';

/**
 * COA price per occupied bed-year (€): the COA contribution (Tabel 4) over
 * the MPP average occupancy (Tabel 6). 2025: 4.062.600.000 / 114.650 = 35.434,80.
 * Not rounded: COA_COST(114.650) must give back the published 4.062.600.000.
 */
export function coaPricePerBed(edition: Edition, year: number): Result<number> {
  const { coaContribution, coaOccupancy } = edition.bindings;
  return chain(seriesFigure(edition, coaContribution, year, 'COA-bijdrage'), (contribution) =>
    chain(seriesFigure(edition, coaOccupancy, year, 'COA-bezetting'), (occupancy) => ok(euros(contribution) / occupancy.value)),
  );
}

/** COA cost (€) = occupied beds × price per bed-year; the price defaults to the edition's first budget year. */
export function coaCost(edition: Edition, beds: number, price?: number): Result<number> {
  return chain(nonNegative('bedden', beds, LIMITS.count), (b) => {
    const priced = price === undefined ? coaPricePerBed(edition, edition.firstBudgetYear) : nonNegative('prijs per bed', price, LIMITS.euros);
    return chain(priced, (p) => ok(cents(b * p)));
  });
}
