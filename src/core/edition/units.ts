import type { Unit } from './types';

/** Euros per printed unit; null for units that are not money. */
const EUROS: Readonly<Record<Unit, number | null>> = {
  EUR: 1,
  EUR_THOUSAND: 1_000,
  EUR_MILLION: 1_000_000,
  COUNT: null,
  FTE: null,
  SHARE: null,
  MONTHS: null,
};

/** How the source prints the unit, for headers and source lines. */
export const UNIT_LABEL: Readonly<Record<Unit, string>> = {
  EUR: '€',
  EUR_THOUSAND: 'x € 1.000',
  EUR_MILLION: 'x € 1 mln.',
  COUNT: 'aantal',
  FTE: 'fte',
  SHARE: '%',
  MONTHS: 'maanden',
};

export const isMoney = (unit: Unit): boolean => EUROS[unit] !== null;

/**
 * Converts a value between units. Money converts between scales; any other
 * unit converts only to itself. Mixing them is a programming error in an
 * edition, so it throws rather than returning a value.
 */
export function convert(value: number, from: Unit, to: Unit): number {
  if (from === to) return value;
  const a = EUROS[from];
  const b = EUROS[to];
  if (a === null || b === null) throw new Error(`Cannot convert ${from} to ${to}`);
  // Multiply before dividing and round away binary noise: 15.24 mln is 15240 k€, not 15240.000000000002.
  return roundNoise((value * a) / b);
}

/** Removes floating-point noise beyond 12 significant digits; printed figures have at most 10. */
/** Equal up to floating-point noise (relative 1e-9): a value read back against the one written. */
export const nearlyEqual = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export function roundNoise(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}
