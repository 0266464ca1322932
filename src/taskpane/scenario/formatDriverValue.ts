import type { Language } from '../../core';
import type { DriverUnit } from '../../core/chain';

const locale: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();
const format = (language: Language, digits: number, fixed = false, sign = false): Intl.NumberFormat => {
  const k = `${language}|${digits}|${fixed}|${sign}`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.NumberFormat(locale[language], { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0, ...(sign ? { signDisplay: 'exceptZero' } : {}) })));
  return f;
};

/** A driver as the controller reads it: whole numbers above 1.000, two decimals below; ratios to six (they are unrounded). */
export function formatDriverValue(value: number, language: Language, unit?: DriverUnit): string {
  if (unit === 'ratio') return format(language, 6).format(value);
  return Math.abs(value) >= 1000 ? format(language, 0).format(value) : format(language, 2).format(value);
}

/** Euros as millions with one decimal ("3.845,6"); `signed` adds + / − for differences. */
export function formatMillions(euros: number, language: Language, signed = false): string {
  return format(language, 1, true, signed).format(euros / 1e6);
}
