import { convert, isMoney, roundNoise } from './units';
import type { Figure } from './types';

/** A published money figure in euros (the unit of every function result). */
export const euros = (figure: Figure): number => convert(figure.value, figure.source.unit, 'EUR');

/** Rounds a computed amount to whole cents: euros are what controllers reconcile. */
export const cents = (value: number): number => roundNoise(Math.round(value * 100) / 100);

/** Money in euros, anything else (counts, months, shares) as printed. */
export const baseValue = (figure: Figure): number => (isMoney(figure.source.unit) ? euros(figure) : figure.value);
