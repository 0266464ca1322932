import type { Language, YearDriverField } from '../../core';

/** Every text of the pane, in Dutch (the default). en.ts must have the same keys. */
export const nl = {
  language: 'nl' as Language,
  title: 'AENM Begroting',
  subtitle: (edition: string) => `Cijfers uit ${edition}`,
  actions: {
    oda: { label: 'ODA-toerekening', description: 'Tabel 7: ODA-deel van de opvangkosten, met totaal als formule en aandeel per organisatie.' },
    mpp: { label: 'MPP-kengetallen', description: 'Tabel 6 met de asielinstroom 2025, doorlooptijden, verblijfsduur en bezetting uit de stromen.' },
    cuts: { label: 'Taakstelling 2027–2028', description: 'De taakstelling per jaar, begrotingen per regel, IND en COA: wat het budget nog koopt.' },
    scenario: { label: 'Nieuw scenario', description: 'Een scenarioblad met drivers per jaar 2025–2029, uitkomsten en grafiek.' },
    compare: { label: "Scenario's vergelijken", description: "De scenario's in deze werkmap naast elkaar, tegen de begroting OB2025." },
  },
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
    presets: { basis: 'MPP-basis', laag: 'Laag (instroom −20%)', hoog: 'Hoog (instroom +20%)' },
    drivers: 'Drivers per jaar',
    driversHint: 'Leeg = gepubliceerde waarde. Typ een getal of een formule: -10%, basis * 0,8, 76400 - 5000.',
    driverColumn: 'Driver',
    invalidDrivers: (n: number) => `${n} driver${n === 1 ? '' : 's'} ongeldig; verbeter de rood gemarkeerde velden.`,
    reset: 'Alles terug naar uitgangspunt',
  },
  standalone: {
    officeMissing: 'Office.js kon niet laden: het venster werkt als download (.xlsx).',
    notice: 'Geopend buiten Excel: elke actie levert een .xlsx-bestand om te downloaden.',
    downloadAll: 'Alle bladen als .xlsx',
  },
  compare: {
    none: "Geen scenario's gevonden in deze werkmap. Maak eerst een scenario.",
    found: (n: number) => `${n} scenario${n === 1 ? '' : "'s"} gevonden.`,
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
  },
  errors: {
    apiSetMissing: (set: string, version: string, excel: string) =>
      `Deze actie vraagt ${set} ${version}: ${excel} of nieuwer. Werk Excel bij, of gebruik Excel voor het web.`,
    excel: (message: string) => `Excel meldde een fout: ${message}. Probeer het opnieuw; blijft het misgaan, sla de werkmap op en herstart Excel.`,
  },
  excelVersions: { '2016': 'Excel 2016', '2019': 'Excel 2019', '2021': 'Excel 2021', m365: 'Microsoft 365' },
  driverFields: {
    asylumInflow: 'Asielinstroom',
    coaInflow: 'COA-instroom',
    coaOutflow: 'COA-uitstroom',
    stayMonths: 'Verblijfsduur (mnd)',
    pricePerBed: 'Prijs per bed (€)',
    'indVolume.asiel': 'IND asiel (aantal)',
    'indVolume.regulier': 'IND regulier (aantal)',
    'indVolume.naturalisatie': 'IND naturalisatie (aantal)',
    'indPrice.asiel': 'IND-prijs asiel (€)',
    'indPrice.regulier': 'IND-prijs regulier (€)',
    'indPrice.naturalisatie': 'IND-prijs naturalisatie (€)',
    indOther: 'IND overig (€)',
    nidosPupils: 'Nidos pupillen',
    nidosInCare: 'Nidos amv in zorg',
    nidosInflow: 'Nidos amv-instroom',
  } satisfies Record<YearDriverField, string>,
};

export type Strings = typeof nl;
