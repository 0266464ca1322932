/**
 * Text the add-in writes: words, not PDF glyphs, and dates as people write them.
 */

/**
 * The PDF's ligature glyphs as the letters they stand for. The edition keeps
 * labels "as printed", where the extraction turned "ij" into one character
 * (U+0133, U+0132; see ../shared/domain.md) and "fi", "fl" … into the
 * U+FB00–FB06 ligatures; every string a sheet writes passes through here, so
 * a search for "bijdrage" finds it. Spelling is not corrected: the source's
 * own typos ("Vluchtingenwerk") stay.
 */
const LIGATURES: Readonly<Record<string, string>> = {
  '\u0133': 'ij',
  '\u0132': 'IJ',
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
/** Any character words() replaces. */
export const LIGATURE = /[\u0132\u0133\uFB00-\uFB06]/g;

export const words = (text: string): string => text.replace(LIGATURE, (ch) => LIGATURES[ch] ?? ch);

export type DateLanguage = 'nl' | 'en';

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
