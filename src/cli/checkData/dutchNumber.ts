/**
 * Numbers as the source prints them: "." for thousands, "," for decimals,
 * a real minus sign, shares as percentages. Enough decimals to show a
 * difference, never binary noise.
 */
export function dutchNumber(value: number, maxDecimals = 4): string {
  const rounded = Number(value.toFixed(maxDecimals));
  const [whole = '0', fraction = ''] = Math.abs(rounded).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = rounded < 0 ? '−' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A figure with the unit the check reports it in (a CheckResult's unit label). */
export function withUnit(value: number, unit: string): string {
  if (unit === '%') return `${dutchNumber(value * 100, 2)}%`;
  if (unit === '€') return `€ ${dutchNumber(value)}`;
  if (unit === '') return dutchNumber(value);
  return `${dutchNumber(value)} (${unit})`;
}
