import type { TableSpec } from '../../../edition/types';

/**
 * Figures printed in running text rather than in a table. Each row's label
 * quotes the sentence it comes from, so a controller can search the PDF for it.
 */

/** Toelichting omzet moederdepartement IND, printed between Tabel 15 and 16 (source lines 1122–1140). */
export const tekstOmzetInd: TableSpec = {
  id: 'tekst-omzet-ind',
  label: 'Tekst bij Tabel 15–16 (toelichting omzet moederdepartement)',
  title: 'Toelichting meerjarige begroting van baten en lasten IND: omzet moederdepartement',
  unit: 'COUNT',
  columns: ['2025'],
  rows: [
    {
      key: 'asielaanvragen_mpp',
      label: 'in totaal 76.050 asielaanvragen zoals opgenomen in de meerjaren productieplanning (MPP)',
      values: [76050],
      sumOf: ['eerste_aanvragen', 'hervestiging', 'herhaalde_aanvragen', 'nareizigers'],
    },
    { key: 'eerste_aanvragen', label: 'eerste aanvragen (48.020)', values: [48020], aliases: ['first applications'] },
    { key: 'hervestiging', label: 'hervestiging (1.500)', values: [1500], aliases: ['resettlement'] },
    { key: 'herhaalde_aanvragen', label: 'herhaalde aanvragen (3.230)', values: [3230], aliases: ['repeat applications'] },
    { key: 'nareizigers', label: 'nareizigers (23.300)', values: [23300], aliases: ['family reunification'] },
  ],
};

/** The IND's part of the cut and the other sums in the same text (source lines 1131–1140, 1170). */
export const tekstKortingInd: TableSpec = {
  id: 'tekst-korting-ind',
  label: 'Tekst bij Tabel 15–16 (toelichting omzet moederdepartement)',
  title: 'IND-deel van de verlaging van de asielbegroting en overige bedragen in de toelichting',
  unit: 'EUR_MILLION',
  columns: ['2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'ind_korting', label: 'Dat komt voor de IND neer op € 135 mln. in 2027 en € 271 mln. vanaf 2028', values: [null, null, 135, 271, 271] },
    { key: 'bijdrage_piek', label: 'een jaarlĳkse bĳdrage die oploopt tot € 869 mln in 2026', values: [null, 869, null, null, null] },
    { key: 'legesopbrengsten', label: 'De verwachte legesopbrengsten bedragen vanaf 2025 € 60 mln.', values: [60, 60, 60, 60, 60] },
    { key: 'aandeel_na_2027', label: 'na 2027 nog circa 35% van het huidige aantal', unit: 'SHARE', values: [null, null, null, 0.35, 0.35] },
  ],
};

/** Toelichting bij Tabel 1 (source lines 234–275) and Tabel 22 (lines 1422–1450), and other sums in article 37's text. */
export const tekstMutaties: TableSpec = {
  id: 'tekst-mutaties',
  label: 'Toelichting bij Tabel 1, Tabel 22 en artikel 37',
  title: 'Bedragen in de toelichting op de mutaties en de financiële instrumenten',
  unit: 'EUR_MILLION',
  columns: ['2024', '2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'beperken_tabel1', label: 'Tabel 1 toelichting: in 2027 verlaagd met € 467,6 mln. en vanaf 2028 structureel met € 935,1 mln.', values: [null, null, null, -467.6, -935.1, -935.1] },
    { key: 'budget_2029_tabel1', label: 'Tabel 1 toelichting: een sterke daling laat zien naar € 1,3 mld. vanaf 2029', values: [null, null, null, null, null, 1300], printedStep: 100 },
    { key: 'beperken_tabel22', label: 'Tabel 22 toelichting: in 2027 verlaagd met € 467,6 mln. en vanaf 2028 structureel met € 935,1 mln.', values: [null, null, null, -467.6, -935.1, -935.1] },
    { key: 'budget_2029_tabel22', label: 'Tabel 22 toelichting: een sterke daling laat zien naar € 1,2 mld. vanaf 2029', values: [null, null, null, null, null, 1200], printedStep: 100 },
    { key: 'verduurzaming_coa', label: 'Het betreft € 15,24 mln. voor COA', values: [null, 15.24, null, null, null, null] },
    { key: 'verduurzaming_ind', label: 'en € 0,97 voor IND', values: [null, 0.97, null, null, null, null] },
    { key: 'ind_oekraine', label: 'IND: het budget in 2024 en 2025 verhoogd met € 8,8 mln.', values: [null, 8.8, null, null, null, null] },
    { key: 'npov_medeoverheden', label: 'In 2024 wordt het budget geraamd op € 3,4 en in 2025 op € 3,6 mld.', values: [3400, 3600, null, null, null, null], printedStep: 100 },
    { key: 'npov_subsidies', label: 'Subsidies NPOV: het budget wordt in 2025 geraamd op € 31 mln.', values: [null, 31, null, null, null, null] },
    { key: 'taalonderwijs', label: 'Taalonderwĳs Oekraïense ontheemden: Hiervoor wordt € 10 mln. voor 2025 overgeheveld naar OCW.', values: [null, 10, null, null, null, null] },
    { key: 'bonussen_kasschuif', label: 'Bonussen spreidingswet: een kasschuif van € 12 mln. van 2025 naar 2024', values: [null, 12, null, null, null, null] },
  ],
};

/** Toelichting "Doorlooptĳd" under Tabel 19 (source lines 1311–1314): the IND's timeliness targets. */
export const tekstDoorlooptijdInd: TableSpec = {
  id: 'tekst-doorlooptijd-ind',
  label: 'Tekst onder Tabel 19 (doorlooptĳd)',
  title: 'Streven tĳdigheid ten opzichte van de wettelĳke normtĳd',
  unit: 'SHARE',
  columns: ['streefwaarde'],
  rows: [
    { key: 'asiel', label: 'de IND streeft naar een tĳdigheid van minimaal 90% ten opzichte van de wettelĳke normtĳd', values: [0.9] },
    { key: 'regulier_naturalisatie', label: 'Voor regulier verblĳf en naturalisatie geldt 95%', values: [0.95] },
  ],
};

/** Toelichting under Tabel 5 (source lines 567–568): the share of the 2025 budget that is legally committed. */
export const tekstBudgetflexibiliteit: TableSpec = {
  id: 'tekst-budgetflexibiliteit',
  label: 'Tekst onder Tabel 5 (budgetflexibiliteit)',
  title: 'Toelichting geschatte budgetflexibiliteit artikel 37',
  unit: 'SHARE',
  columns: ['2025'],
  rows: [
    {
      key: 'juridisch_verplicht',
      label: 'Ten aanzien van de budgetflexibiliteit voor 2025 is 100% van de begrote bedragen juridisch verplicht.',
      values: [1],
    },
  ],
};

/** The totals printed with Figuur 1 and 2 at the start of the document (source lines 3–6), x € 1 mln. */
export const figuurTotalen: TableSpec = {
  id: 'figuur-totalen',
  label: 'Figuur 1 en 2 (totalen)',
  title: 'Geraamde uitgaven en ontvangsten verdeeld over beleidsartikelen en niet-beleidsartikelen: totalen',
  unit: 'EUR_MILLION',
  columns: ['2025'],
  rows: [
    { key: 'uitgaven', label: 'Figuur 1 Geraamde uitgaven ... (bedragen x € 1 mln.). Totaal € 9.481', values: [9481] },
    { key: 'ontvangsten', label: 'Figuur 2 Geraamde ontvangsten ... (bedragen x € 1 mln.). Totaal € 13', values: [13] },
  ],
};
