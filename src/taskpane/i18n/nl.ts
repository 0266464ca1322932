import type { Language } from '../../core';
import type { DriverUnit, FigureStatus } from '../../core/chain';
import type { SheetKind } from '../../core/sheets/types';
import type { ActionPeriod } from './period';

/** Every text of the pane, in Dutch (the default). en.ts must have the same keys. Driver names come from the declarations. */
export const nl = {
  language: 'nl' as Language,
  title: 'AENM Begroting',
  subtitle: (edition: string) => `Cijfers uit ${edition}`,
  tabs: { label: 'Onderdelen van het paneel', sheets: 'Bladen', scenarios: "Scenario's", workbook: 'Werkmap' },
  settings: {
    label: 'Keuzes voor het hele paneel',
    edition: 'Editie',
    formulaStyle: 'Formules',
    aenmNeedsDefault: (edition: string, fallback: string) => `De AENM-functies kennen ${edition} niet (wel ${fallback}): bladen van ${edition} krijgen Excel-formules.`,
    protect: 'Geschreven bladen beveiligen',
    protectHint: 'Zonder wachtwoord: alleen de gele invoercellen blijven te wijzigen. Opheffen via Controleren > Beveiliging blad opheffen.',
  },
  /** The actions' texts; the years come from the edition the pane works in (actionPeriod). */
  actions: (p: ActionPeriod) => ({
    oda: { label: 'ODA-toerekening', description: 'Tabel 7: ODA-deel van de opvangkosten, met totaal als formule en aandeel per organisatie.' },
    mpp: { label: 'MPP-kengetallen', description: `Tabel 6 met de asielinstroom ${p.first}, doorlooptijden, verblijfsduur en bezetting uit de stromen.` },
    cuts: { label: `Taakstelling ${p.cutFrom}–${p.cutTo}`, description: 'De taakstelling per jaar, begrotingen per regel, IND en COA: wat het budget nog koopt.' },
    scenario: { label: 'Nieuw scenario', description: 'Een scenarioblad met de drivers per jaar, uitkomsten per organisatie en grafiek.' },
    band: { label: 'Bandbreedte', description: `Laag, basis en hoog naast elkaar ${p.years}: bezetting, behoefte per organisatie, begroting en tekort, met grafiek.` },
    compare: { label: "Scenario's vergelijken", description: "De scenario's in deze werkmap naast elkaar, tegen de begroting." },
  }),
  write: 'Schrijf blad',
  writing: 'Bezig met schrijven…',
  formulaStyle: {
    label: 'Formules',
    excel: 'Excel-functies (werkt zonder invoegtoepassing)',
    aenm: 'AENM-functies',
  },
  scenario: {
    name: 'Naam van het scenario',
    nameHint: 'Wordt de bladnaam: "Scenario <naam>".',
    nameMissing: 'Geef het scenario een naam.',
    preset: 'Uitgangspunt',
    presets: { basis: 'MPP-basis', laag: 'Laag', hoog: 'Hoog' },
    priceVariant: 'COA-prijs na de afgestemde jaren',
    priceVariants: { A: 'A: prijs laatste afgestemde jaar', B: 'B: prijs eerste jaar', C: 'C: gemiddelde afgestemde jaren' },
    choices: 'Keuzes voor het hele scenario',
    drivers: 'Drivers per jaar',
    driversHint: 'Leeg = vooraf ingevulde waarde (grijs). Typ een getal of een formule: -10%, basis * 0,8, 76400 - 5000.',
    driverColumn: 'Driver',
    groups: { keten: 'Stromen (hele keten)', coa: 'COA', ind: 'IND', nidos: 'Nidos' },
    invalidFields: (n: number) => `${n} ${n === 1 ? 'veld is' : 'velden zijn'} ongeldig; de cursor staat op het eerste.`,
    reset: 'Alles terug naar uitgangspunt',
    on: 'aan',
    off: 'uit',
  },
  units: { count: 'aantal', ratio: 'verhouding', eur: '€', factor: 'factor', switch: 'aan/uit' } satisfies Record<DriverUnit, string>,
  statuses: { gepubliceerd: 'gepubliceerd', afgeleid: 'afgeleid', aanname: 'aanname' } satisfies Record<FigureStatus, string>,
  effect: {
    title: 'Effect vóór schrijven',
    year: 'Jaar',
    who: { coa: 'COA', ind: 'IND', nidos: 'Nidos', chain: 'Keten' },
    gap: 'Tekort',
    basis: 'Basis',
    difference: 'Verschil',
    note: 'Tekort = behoefte − begroting (mln €). Basis = MPP-basis, prijsvariant van de editie, taakstelling aan.',
    summary: (year: number, gap: string, diff: string) => `Tekort keten ${year}: ${gap} mln € (${diff} t.o.v. basis)`,
  },
  standalone: {
    officeMissing: 'Office.js kon niet laden: het venster werkt als download (.xlsx).',
    notice: 'Geopend buiten Excel: elke actie levert een .xlsx-bestand om te downloaden.',
    downloadAll: 'Alle bladen als .xlsx',
  },
  compare: {
    none: "Geen scenario's gevonden in deze werkmap. Maak eerst een scenario.",
    found: (n: number) => `${n} scenario${n === 1 ? '' : "'s"} gevonden.`,
    refused: (sheet: string, reasons: string) => `Niet vergeleken: "${sheet}": ${reasons}.`,
  },
  result: {
    downloaded: (file: string) => `Buiten Excel: aangeboden als download "${file}".`,
    wrote: 'Geschreven',
    sheet: (name: string) => `Blad "${name}"`,
    ranges: 'bereik',
    tables: (n: number) => `${n} ${n === 1 ? 'tabel' : 'tabellen'}`,
    charts: (n: number) => `${n} ${n === 1 ? 'grafiek' : 'grafieken'}`,
    names: (n: number) => `${n} ${n === 1 ? 'naam' : 'namen'}`,
    skipped: (name: string) => `Blad "${name}" bestond al met alle namen; niet opnieuw geschreven.`,
    goTo: (name: string) => `Ga naar blad "${name}"`,
    goToFailed: (name: string) => `Blad "${name}" is niet (meer) in de werkmap.`,
  },
  workbook: {
    heading: 'Wat deze werkmap bevat',
    reload: 'Lijst opnieuw lezen',
    reading: 'Werkmap lezen…',
    sheets: 'Bladen van de invoegtoepassing',
    noSheets: 'Nog geen bladen van de invoegtoepassing in deze werkmap.',
    written: (edition: string, when: string, style: string) => `${edition} · geschreven ${when} · ${style}`,
    missing: 'verwijderd',
    scenarios: "Gevonden scenario's",
    noScenarios: "Geen scenario's gevonden.",
    canCompare: (n: number) => `${n} scenario${n === 1 ? '' : "'s"} te vergelijken.`,
    outsideExcel: 'Buiten Excel is er geen geopende werkmap; de bladen komen als .xlsx-download.',
    kinds: { oda: 'ODA', mpp: 'MPP', cuts: 'Taakstelling', scenario: 'Scenario', band: 'Bandbreedte', compare: 'Vergelijking', parameters: 'Parameters' } satisfies Record<SheetKind, string>,
  },
  errors: {
    excel: (message: string) => `Excel meldde een fout: ${message}. Probeer het opnieuw; blijft het misgaan, sla de werkmap op en herstart Excel.`,
  },
};

export type Strings = typeof nl;
