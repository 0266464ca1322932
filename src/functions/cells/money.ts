import { cents } from '../../core';

/**
 * core `cents`, without its cost on the common path. cents(v) is
 * roundNoise(Math.round(v × 100) / 100), and roundNoise goes through
 * toPrecision(12), a string round trip that dominated a 100.000-cell range.
 * For |x| < 1e10, x = round(v × 100) / 100 is the double nearest a decimal of
 * at most 12 significant digits, so toPrecision(12) prints exactly that
 * decimal and Number() gives x back: the round trip is the identity. Larger
 * amounts take the core path. The property test checks equality with core
 * over random amounts. (Candidate to move into core's roundNoise.)
 */
const round = Math.round;

export function fastCents(value: number): number {
  const rounded = round(value * 100) / 100;
  return rounded > -1e10 && rounded < 1e10 ? rounded : cents(value);
}
