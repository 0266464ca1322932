import type { Language } from '../../core';

const FORMATS: Record<Language, { whole: Intl.NumberFormat; fraction: Intl.NumberFormat }> = {
  nl: { whole: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }), fraction: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }) },
  en: { whole: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }), fraction: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }) },
};

/** A driver as the controller reads it: whole numbers above 1.000, two decimals below. */
export function formatDriverValue(value: number, language: Language): string {
  const f = FORMATS[language];
  return Math.abs(value) >= 1000 ? f.whole.format(value) : f.fraction.format(value);
}
