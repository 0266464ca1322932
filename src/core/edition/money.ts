import { convert, isMoney } from './units';
import type { Figure } from './types';

/** A published money figure in euros (the unit of every function result). */
export const euros = (figure: Figure): number => convert(figure.value, figure.source.unit, 'EUR');

/**
 * Rounds a computed amount to whole cents: euros are what controllers reconcile.
 * round(v × 100) / 100 is already the double nearest the decimal in cents, so no
 * further clean-up: a 12-digit toPrecision here cost 2 € on IND_COST("asiel"; 999.999.999)
 * and a string round trip per cell. −0 becomes 0 so a sheet never shows "-0".
 */
export const cents = (value: number): number => {
  // Whole euros (price × count, mostly) are already cents; leaving them alone keeps them small integers for the engine.
  if (Number.isInteger(value)) return value === 0 ? 0 : value;
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
};

/** Money in euros, anything else (counts, months, shares) as printed. */
export const baseValue = (figure: Figure): number => (isMoney(figure.source.unit) ? euros(figure) : figure.value);
