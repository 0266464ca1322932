/**
 * Text the add-in writes: words, not PDF glyphs, and dates as people write them.
 */

export { LIGATURE, words } from '../edition/words';

export type DateLanguage = 'nl' | 'en';

/** A number as a message or label writes it: 10000000 as "10.000.000" (nl) or "10,000,000" (en), at most 6 decimals. */
export const localNumber = (n: number, language: DateLanguage = 'nl'): string => n.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 6 });

const MONTHS: Readonly<Record<DateLanguage, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * "2026-12-01" as "1 december 2026" (nl) or "1 December 2026" (en; British
 * order, as the Dutch one). Fixed month names, not Intl, so every host and
 * test writes the same text. A string that is not an ISO date is returned as is.
 */
export function longDate(iso: string, language: DateLanguage = 'nl'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[language][Number(m[2]) - 1];
  return month === undefined ? iso : `${Number(m[3])} ${month} ${m[1]}`;
}
