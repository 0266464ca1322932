import type { Language } from '../../core';

/** Dutch unless Office (or the browser) says the user reads English. */
export function languageFor(displayLanguage: string | undefined | null): Language {
  return typeof displayLanguage === 'string' && displayLanguage.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}
