import type { CoreError } from './result';

export type Language = 'nl' | 'en';

const list = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));

/** Every user-facing error message, in one place, in Dutch and English. */
const TEXT: Record<CoreError['code'], Record<Language, (p: CoreError['params']) => string>> = {
  unknownKey: {
    nl: (p) => `Onbekend(e) ${p.what} "${p.given}". Kies uit: ${list(p.accepted)}.`,
    en: (p) => `Unknown ${p.what} "${p.given}". Use one of: ${list(p.accepted)}.`,
  },
  ambiguousKey: {
    nl: (p) => `"${p.given}" is niet eenduidig als ${p.what}. Gebruik een begrotingsnummer: ${list(p.accepted)}.`,
    en: (p) => `"${p.given}" is ambiguous as ${p.what}. Use a budget number: ${list(p.accepted)}.`,
  },
  unknownYear: {
    nl: (p) => `Geen cijfer voor ${p.what} in jaar ${p.given}. Beschikbare jaren: ${list(p.accepted)}.`,
    en: (p) => `No figure for ${p.what} in year ${p.given}. Years available: ${list(p.accepted)}.`,
  },
  notANumber: {
    nl: (p) => `${p.what}: "${p.given}" is geen getal. Geef een getal of een cel met een getal.`,
    en: (p) => `${p.what}: "${p.given}" is not a number. Give a number or a cell holding one.`,
  },
  ambiguousNumberText: {
    nl: (p) => `${p.what}: tekst "${p.given}" kan in Nederlandse en Engelse Excel een ander getal zijn. Typ het getal zonder aanhalingstekens.`,
    en: (p) => `${p.what}: text "${p.given}" means different numbers in Dutch and English Excel. Type the number without quotes.`,
  },
  negative: {
    nl: (p) => `${p.what} mag niet negatief zijn (${p.given}).`,
    en: (p) => `${p.what} cannot be negative (${p.given}).`,
  },
  notWhole: {
    nl: (p) => `${p.what} moet een geheel getal zijn (${p.given}).`,
    en: (p) => `${p.what} must be a whole number (${p.given}).`,
  },
  tooLarge: {
    nl: (p) => `${p.what} is te groot (${p.given}); het maximum is ${p.max}.`,
    en: (p) => `${p.what} is too large (${p.given}); the maximum is ${p.max}.`,
  },
  empty: {
    nl: (p) => `${p.what} ontbreekt (lege cel).`,
    en: (p) => `${p.what} is missing (empty cell).`,
  },
  notText: {
    nl: (p) => `${p.what} moet tekst zijn, niet ${p.given}.`,
    en: (p) => `${p.what} must be text, not ${p.given}.`,
  },
  upstreamError: {
    nl: (p) => `${p.what}: de invoercel bevat al een fout (${p.given}).`,
    en: (p) => `${p.what}: the input cell already holds an error (${p.given}).`,
  },
  zeroDivisor: {
    nl: (p) => `${p.what} mag niet nul zijn.`,
    en: (p) => `${p.what} cannot be zero.`,
  },
  tooMuchInput: {
    nl: (p) => `${p.what} is te groot; het maximum is ${p.max}.`,
    en: (p) => `${p.what} is too large; the maximum is ${p.max}.`,
  },
};

export function describeError(error: CoreError, language: Language = 'nl'): string {
  return TEXT[error.code][language](error.params);
}
