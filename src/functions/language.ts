import type { Language } from '../core';

/**
 * The language of error messages: English when Office's display language is
 * English, Dutch otherwise and whenever Office is absent (tests, HyperFormula).
 */
export function displayLanguage(): Language {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    const language = office?.context?.displayLanguage;
    return typeof language === 'string' && language.toLowerCase().startsWith('en') ? 'en' : 'nl';
  } catch {
    // Office.context can throw before Office.onReady; Dutch is the default.
    return 'nl';
  }
}
