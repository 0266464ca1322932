import { localNumber } from './text';
import type { DriverDeclaration } from '../chain/driverDeclarations';
import type { InputRule } from './types';

const UNIT_TEXT: Readonly<Record<DriverDeclaration['unit'], string>> = {
  count: 'Aantal: een heel getal',
  ratio: 'Verhouding: een getal',
  eur: 'Bedrag in euro',
  factor: 'Factor: een getal',
  switch: 'Schakelaar: 1 = ja, 0 = nee',
};

/** Dutch number for a message: 10000000 as "10.000.000", 0.5 as "0,5". */
const nl = (n: number): string => localNumber(n, 'nl');

/**
 * The data validation of a driver's input cell, from its declaration
 * (src/core/chain/driverDeclarations.ts), never a second list: counts and
 * switches are whole numbers, the rest decimals, both within the declared
 * limits. The message is what Excel shows when the cell is selected.
 */
export function inputRule(d: DriverDeclaration): InputRule {
  const whole = d.limits.whole || d.unit === 'count';
  const message = `${UNIT_TEXT[d.unit]} van ${nl(d.limits.min)} tot en met ${nl(d.limits.max)}. Bron van de voorinvulling: ${d.prefilledFrom}`;
  return {
    kind: whole ? 'whole' : 'decimal',
    min: d.limits.min,
    max: d.limits.max,
    title: d.label.nl.length <= 32 ? d.label.nl : 'Invoer',
    message: message.length > 255 ? `${message.slice(0, 254)}…` : message,
  };
}
