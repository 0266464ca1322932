import type { SourceLayout } from '../../checks/auditTranscription';

/**
 * Where OB2025's tables are printed in the source text (for the transcription
 * audit): line ranges of each carried table, marks that are no figure, and
 * every table of the document that is not carried, with the reason.
 */
export const sourceLayout: SourceLayout = {
  ranges: {
    tabel1: [214, 234],
    tabel2: [285, 293],
    tabel4: [493, 551],
    tabel5: [556, 566],
    tabel6: [603, 648],
    tabel7: [673, 685],
    tabel8: [717, 741],
    tabel9: [746, 752],
    tabel10: [798, 808],
    tabel11: [813, 820],
    tabel12: [859, 863],
    tabel13: [866, 872],
    tabel14: [1014, 1022],
    tabel15: [1047, 1115],
    tabel16: [1153, 1165],
    tabel17: [1183, 1193],
    tabel18: [1211, 1253],
    tabel19: [1267, 1303],
    tabel22: [1397, 1421],
    tabel23: [1460, 1468],
    tabel29: [3438, 3553],
    tabel30: [3562, 3835],
  },
  notAFigure: {
    1055: 'Tabel 15 "waarvan omzet overige departementen ‒": a mark in no column',
    3444: 'Tabel 29 A15 name "... asielzoekers in 2022 en 2023": years in the name',
    3508: 'Tabel 29 A24 name "... asielzoekers in 2023 en 2024": years in the name',
  },
  notCarried: {
    3: 'Strategische Evaluatie Agenda: themes, study types and years of completion, no budget figures',
    20: 'Wetgevingsprogramma: bills and their stage, no budget figures',
    24: 'Door de Staten-Generaal aanvaarde moties: motions and their status, no budget figures',
    25: 'Door bewindslieden gedane toezeggingen: commitments and their status, no budget figures',
    27: 'Artikel 37 – Migratie (Strategische Evaluatie Agenda, Bijlage 5): studies and years, no budget figures',
    28: 'Artikel 37 – Migratie, onderdeel Oekraine (Bijlage 5): studies and years, no budget figures',
    31: 'Gebruikte afkortingen: abbreviations, no figures',
  },
};
