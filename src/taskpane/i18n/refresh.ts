import type { Language } from '../../core';

/**
 * The strings of "Refresh to <edition>" (Werkmap), nl and en: a section of the i18n catalogue
 * (nl.ts, en.ts) kept in its own module because only the lazy Werkmap chunk uses it, so the
 * pane's first render does not carry it (README, Performance).
 */
const nl = {
  heading: 'Bijwerken naar een andere editie',
  intro: (edition: string) => `Schrijft de bladen opnieuw met de cijfers van ${edition}, op dezelfde plek; uw aangepaste invoer blijft staan.`,
  all: (edition: string) => `Alle bladen bijwerken naar ${edition}`,
  one: (edition: string) => `Bijwerken naar ${edition}`,
  oneLabel: (sheet: string, edition: string) => `${sheet} bijwerken naar ${edition}`,
  current: (edition: string) => `Alle bladen zijn al van ${edition}. Kies bij de instellingen een andere editie om bij te werken.`,
  busy: 'Bladen bijwerken…',
  done: (from: string, to: string, n: number) => `${n} ${n === 1 ? 'blad' : 'bladen'} bijgewerkt van ${from} naar ${to}:`,
  kept: 'Behouden invoer',
  notCarried: 'Niet overgenomen invoer (de nieuwe editie rekent dat jaar niet door)',
  noInputs: 'Geen aangepaste invoer: alle invoer was de vooraf ingevulde waarde.',
  failed: {
    none: 'Geen bladen van de invoegtoepassing (met een editiecel) gevonden. Er is niets gewijzigd.',
    mixed: (editions: string) => `De bladen hebben verschillende edities (${editions}). Werk ze per blad bij, één editie tegelijk. Er is niets gewijzigd.`,
    unreadable: (sheet: string) => `${sheet} kan niet worden teruggelezen; herstel het blad eerst. Er is niets gewijzigd.`,
    read: (message: string) => `De werkmap kon niet worden gelezen (${message}). Er is niets gewijzigd.`,
    write: (message: string) => `Bijwerken mislukt: ${message}.`,
    rewritten: (sheets: string) => `Al bijgewerkt: ${sheets}.`,
    halfWritten: (sheet: string) => `${sheet} was bezig en kan half geschreven zijn: werk het opnieuw bij.`,
    removed: (sheets: string) => `Toegevoegde bladen weer verwijderd: ${sheets}.`,
  },
};

export type RefreshStrings = typeof nl;

const en: RefreshStrings = {
  heading: 'Update to another edition',
  intro: (edition) => `Writes the sheets again with the figures of ${edition}, in the same place; your edited inputs stay.`,
  all: (edition) => `Update all sheets to ${edition}`,
  one: (edition) => `Update to ${edition}`,
  oneLabel: (sheet, edition) => `Update ${sheet} to ${edition}`,
  current: (edition) => `All sheets are of ${edition} already. Choose another edition in the settings to update.`,
  busy: 'Updating sheets…',
  done: (from, to, n) => `${n} ${n === 1 ? 'sheet' : 'sheets'} updated from ${from} to ${to}:`,
  kept: 'Inputs kept',
  notCarried: 'Inputs not carried (the new edition does not project that year)',
  noInputs: 'No edited inputs: every input was the prefilled value.',
  failed: {
    none: 'No sheets of the add-in (with an edition cell) found. Nothing was changed.',
    mixed: (editions) => `The sheets are of different editions (${editions}). Update them sheet by sheet, one edition at a time. Nothing was changed.`,
    unreadable: (sheet) => `${sheet} cannot be read back; repair the sheet first. Nothing was changed.`,
    read: (message) => `The workbook could not be read (${message}). Nothing was changed.`,
    write: (message) => `Update failed: ${message}.`,
    rewritten: (sheets) => `Already updated: ${sheets}.`,
    halfWritten: (sheet) => `${sheet} was being written and may be half-written: update it again.`,
    removed: (sheets) => `Added sheets deleted again: ${sheets}.`,
  },
};

export const refreshStringsFor = (language: Language): RefreshStrings => (language === 'en' ? en : nl);
