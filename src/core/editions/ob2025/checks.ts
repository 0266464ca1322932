import { IND_PRODUCTS } from '../../edition/products';
import type { CheckSpec } from '../../edition/types';
import { cell, equal, share, sum, years } from '../../checks/specBuilders';
import { auditChecks } from './auditChecks';

/**
 * Relationships between OB2025's tables (and between tables and text) beyond
 * the printed totals (those come from each row's `sumOf`) and beyond lines
 * with the same budget number (matched automatically).
 * AenM tables print 0 for 2023–2024 (the ministry's budget starts in 2025),
 * so comparisons with the IND agency tables start in 2025.
 */
const aenmYears = years(2025, 2029);
const allYears = years(2023, 2029);
const T1_T22_PAIRS: readonly [string, string][] = [
  ['beperken_asielinstroom', 'beperken_asielinstroom'],
  ['loon_en_prijsbijstelling', 'loonbijstelling'],
  ['taalonderwijs_oekraiense_ontheemden', 'taalonderwijs'],
  ['verduurzaming_rijksvastgoed', 'verduurzaming_rijksvastgoed'],
  ['bonussen_spreidingswet', 'bonussen_spreidingswet'],
  ['opvang_ontheemden', 'opvang_ontheemden'],
  ['overige_mutaties', 'diversen'],
];
const T8_SHARES = ['asiel', 'regulier', 'naturalisatie', 'ketenondersteuning', 'lumpsum', 'specifiek', 'werkzaamheden_oek', 'dwangsommen'];

export const checks: readonly CheckSpec[] = [
  // Budget of article 37: the mutation tables end where Tabel 4 starts.
  equal('tabel1=tabel4:stand', 'Tabel 1 Stand ontwerpbegroting 2025 = Tabel 4 Uitgaven', cell('tabel1', 'stand_ontwerpbegroting_2025'), cell('tabel4', 'uitgaven'), { columns: aenmYears }),
  equal('tabel22=tabel4:stand', 'Tabel 22 Stand ontwerpbegroting 2025 = Tabel 4 Uitgaven', cell('tabel22', 'stand_ontwerpbegroting_2025'), cell('tabel4', 'uitgaven'), { columns: aenmYears }),
  sum(
    'tabel22=tabel1:stand-1e-suppletoire',
    'Tabel 22 Stand ontwerpbegroting 2024 + NvW + 1e suppletoire mutaties = Tabel 1 Stand eerste suppletoire begroting 2024',
    cell('tabel1', 'stand_1e_suppletoire_2024'),
    [cell('tabel22', 'stand_ontwerpbegroting_2024'), cell('tabel22', 'mutatie_nvw_amendementen'), cell('tabel22', 'mutaties_1e_suppletoire')],
    { columns: aenmYears },
  ),
  ...T1_T22_PAIRS.map(([t1, t22]) => equal(`tabel1=tabel22:${t1}`, `Tabel 1 ${t1} = Tabel 22 ${t22}`, cell('tabel1', t1), cell('tabel22', t22), { columns: aenmYears })),
  equal('tabel2=tabel4:ontvangsten', 'Tabel 2 Stand ontwerpbegroting 2025 = Tabel 4 Ontvangsten', cell('tabel2', 'stand_ontwerpbegroting_2025'), cell('tabel4', 'ontvangsten'), { columns: aenmYears }),
  equal('tabel23=tabel4:ontvangsten', 'Tabel 23 Stand ontwerpbegroting 2025 = Tabel 4 Ontvangsten', cell('tabel23', 'stand_ontwerpbegroting_2025'), cell('tabel4', 'ontvangsten'), { columns: aenmYears }),
  sum(
    'tabel23=tabel2:stand-1e-suppletoire',
    'Tabel 23 Stand ontwerpbegroting 2024 + 1e suppletoire mutaties = Tabel 2 Stand eerste suppletoire begroting 2024',
    cell('tabel2', 'stand_1e_suppletoire_2024'),
    [cell('tabel23', 'stand_ontwerpbegroting_2024'), cell('tabel23', 'mutaties_1e_suppletoire')],
    { columns: aenmYears },
  ),
  equal('tabel30=tabel4:ontvangsten', 'Tabel 30 20.37 Ontvangsten = Tabel 4 Ontvangsten', cell('tabel30', '20.37:ontvangsten'), cell('tabel4', 'ontvangsten'), { columns: aenmYears }),
  equal('tabel30:20=20.37:ontvangsten', 'Tabel 30 20 AenM Ontvangsten = 20.37 Ontvangsten', cell('tabel30', '20:ontvangsten'), cell('tabel30', '20.37:ontvangsten'), { columns: aenmYears }),
  equal('tabel30:20=20.37:uitgaven', 'Tabel 30 20 AenM Uitgaven = 20.37 Uitgaven (artikel 37 is the only policy article)', cell('tabel30', '20:uitgaven'), cell('tabel30', '20.37:uitgaven'), { columns: aenmYears }),
  equal('tabel30:6=6.37:uitgaven', 'Tabel 30 6 JenV Uitgaven = 6.37 Uitgaven', cell('tabel30', '6:uitgaven'), cell('tabel30', '6.37:uitgaven'), { columns: years(2023, 2024) }),
  equal('tabel30=tabel4:verplichtingen', 'Tabel 30 20 AenM Verplichtingen = Tabel 4 Verplichtingen', cell('tabel30', '20:verplichtingen'), cell('tabel4', 'verplichtingen'), { columns: aenmYears }),
  equal('tabel30:20.37=tabel4:verplichtingen', 'Tabel 30 20.37 verplichtingen = Tabel 4 Verplichtingen', cell('tabel30', '20.37:verplichtingen'), cell('tabel4', 'verplichtingen'), { columns: aenmYears }),

  // MPP (Tabel 6): the stock-flow identity and the return targets.
  sum('tabel6:stock-flow', 'Tabel 6 Gemiddelde bezetting = bezetting vorig jaar + instroom − uitstroom', cell('tabel6', 'coa_bezetting'), [cell('tabel6', 'coa_bezetting', '{prev}'), cell('tabel6', 'coa_instroom')], {
    minus: [cell('tabel6', 'coa_uitstroom')],
    columns: years(2024, 2028),
  }),
  sum('tabel6:terugkeer-100%', 'Tabel 6 Streefwaarden terugkeer add up to 100%', 1, [cell('tabel6', 'terugkeer_zelfstandig'), cell('tabel6', 'terugkeer_gedwongen'), cell('tabel6', 'terugkeer_zonder_toezicht')], {
    columns: years(2023, 2028),
    tolerance: 1e-9,
  }),
  equal('tekst=tabel6:asielinstroom-2025', 'Text: 76.050 asylum applications in the MPP for 2025 = Tabel 6 Asielinstroom 2025', cell('tekst-omzet-ind', 'asielaanvragen_mpp', '2025'), cell('tabel6', 'asielinstroom', '2025')),

  // IND funding (Tabel 8) against the agency tables.
  ...T8_SHARES.map((row) =>
    share(`tabel8:%-${row}`, `Tabel 8 % of ${row} = bedrag / Totale bekostiging (printed to 0,1%)`, cell('tabel8', row, '%'), cell('tabel8', row, 'bedrag'), cell('tabel8', 'totale_bekostiging', 'bedrag'), {
      tolerance: 0.0005,
    }),
  ),
  sum(
    'tabel8:%-100',
    'Tabel 8 printed percentages add up to 100,0% (to rounding: 8 × 0,05%)',
    cell('tabel8', 'totale_bekostiging', '%'),
    T8_SHARES.map((row) => cell('tabel8', row, '%')),
    {
      tolerance: 0.004,
    },
  ),
  equal('tabel8=tabel15:omzet', 'Tabel 8 Totale bekostiging = Tabel 15 Omzet 2025', cell('tabel8', 'totale_bekostiging', 'bedrag'), cell('tabel15', 'omzet', '2025')),
  equal('tabel8=tabel4:ind', 'Tabel 8 Bĳdrage AenM = Tabel 4 IND 2025', cell('tabel8', 'bijdrage_aenm', 'bedrag'), cell('tabel4', 'ind', '2025')),
  equal('tabel8=tabel16:leges', 'Tabel 8 Leges = Tabel 16 Legesopbrengsten 2025', cell('tabel8', 'leges', 'bedrag'), cell('tabel16', 'legesopbrengsten', '2025')),
  ...IND_PRODUCTS.map((product) => equal(`tabel8=tabel16:${product}-pxq`, `Tabel 8 ${product} (productie pxq) = Tabel 16 Omzet ${product} (pxq) 2025`, cell('tabel8', product, 'bedrag'), cell('tabel16', `omzet_${product}`, '2025'))),
  equal('tekst=tabel8:oekraine', 'Text: IND budget 2025 raised by € 8,8 mln = Tabel 8 Werkzaamheden OEK', cell('tekst-mutaties', 'ind_oekraine', '2025'), cell('tabel8', 'werkzaamheden_oek', 'bedrag'), {
    tolerance: 0.05,
  }),

  // IND agency: contribution, staff, turnover.
  equal('tabel4=tabel16:ind', 'Tabel 4 IND = Tabel 16 Omzet moederdepartement', cell('tabel4', 'ind'), cell('tabel16', 'omzet_moederdepartement'), { columns: aenmYears }),
  equal('tabel30=tabel16:ind-jenv', 'Tabel 30 6.37.2.1.20 IND (JenV) = Tabel 16 Omzet moederdepartement', cell('tabel30', '6.37.2.1.20'), cell('tabel16', 'omzet_moederdepartement'), {
    columns: years(2023, 2024),
  }),
  equal('tabel15=tabel16:moederdepartement', 'Tabel 15 waarvan omzet moederdepartement = Tabel 16 Omzet moederdepartement', cell('tabel15', 'omzet_moederdepartement'), cell('tabel16', 'omzet_moederdepartement'), {
    columns: allYears,
  }),
  equal('tekst=tabel16:leges', 'Text: legesopbrengsten vanaf 2025 € 60 mln = Tabel 16 −/− Legesopbrengsten', cell('tekst-korting-ind', 'legesopbrengsten'), cell('tabel16', 'legesopbrengsten'), {
    columns: aenmYears,
    factor: -1,
    tolerance: 0.5,
  }),
  equal('tekst=tabel16:bijdrage-2026', 'Text: bĳdrage oploopt tot € 869 mln in 2026 = Tabel 16 Omzet moederdepartement 2026', cell('tekst-korting-ind', 'bijdrage_piek', '2026'), cell('tabel16', 'omzet_moederdepartement', '2026'), {
    tolerance: 0.5,
  }),
  equal('tabel14=tabel15:apparaat', 'Tabel 14 Apparaatskosten IND = Tabel 15 Apparaatskosten', cell('tabel14', 'ind'), cell('tabel15', 'apparaatskosten'), { columns: aenmYears }),
  // Tabel 14 prints 25% of the contribution, rounded to € 1.000 (4.422.334 × 25% = 1.105.583,5 -> 1.105.584).
  equal('tabel14:coa-25%', 'Tabel 14 COA apparaatskosten = 25% of Tabel 4 COA, rounded to € 1.000', cell('tabel14', 'coa'), cell('tabel4', 'coa'), {
    columns: aenmYears,
    factor: 0.25,
    tolerance: 0.5,
  }),
  equal('tabel14:nidos-25%', 'Tabel 14 Stichting Nidos apparaatskosten = 25% of Tabel 4 NIDOS - opvang, rounded to € 1.000', cell('tabel14', 'nidos'), cell('tabel4', 'nidos'), {
    columns: aenmYears,
    factor: 0.25,
    tolerance: 0.5,
  }),
  ...[
    ['eigen_personeel', 'eigen_personeel'],
    ['inhuur_externen', 'externe_inhuur'],
    ['overige_personele_kosten', 'overige_personeelskosten'],
    ['personele_kosten', 'totale_kosten'],
  ].map(([t15, t17]) => equal(`tabel15=tabel17:${t17}`, `Tabel 15 ${t15} = Tabel 17 ${t17}`, cell('tabel15', t15!), cell('tabel17', t17!), { columns: allYears })),
  equal('tabel17=tabel19:fte', 'Tabel 17 Aantal fte = Tabel 19 FTE-totaal (excl. externe inhuur)', cell('tabel17', 'fte'), cell('tabel19', 'fte_totaal'), { columns: allYears }),
  ...IND_PRODUCTS.map((product) => equal(`tabel9=tabel19:${product}`, `Tabel 9 ${product} = Tabel 19 ${product} Doorlooptĳd`, cell('tabel9', product), cell('tabel19', `${product}_doorlooptijd`), { columns: years(2023, 2028) })),
  ...IND_PRODUCTS.map((product) =>
    equal(`tabel19=tabel16:${product}-omzet`, `Tabel 19 ${product} Omzet (x € 1 mln., as headed) = Tabel 16 Omzet ${product} (pxq)`, cell('tabel19', `${product}_omzet`), cell('tabel16', `omzet_${product}`), {
      columns: allYears,
      tolerance: 0.5,
    }),
  ),
  share('tabel19:saldo-%', 'Tabel 19 Saldo van baten en lasten (% van de baten) = Tabel 15 Saldo / Totaal baten', cell('tabel19', 'saldo_pct_baten'), cell('tabel15', 'saldo'), cell('tabel15', 'totaal_baten'), {
    columns: allYears,
    tolerance: 0.0005,
  }),

  // IND cash flow (Tabel 18) against the income statement (Tabel 15).
  equal('tabel18:rc-doorloop', 'Tabel 18 Rekening courant 1 januari = 31 december van het jaar ervoor', cell('tabel18', 'rc_1_januari'), cell('tabel18', 'rc_31_december', '{prev}'), { columns: years(2024, 2029) }),
  equal('tabel18=tabel15:ontvangsten', 'Tabel 18 totaal ontvangsten operationele kasstroom = Tabel 15 Totaal baten', cell('tabel18', 'ontvangsten_operationeel'), cell('tabel15', 'totaal_baten'), { columns: allYears }),
  equal('tabel18=tabel15:afschrijving', 'Tabel 18 Totaal operationele kasstroom = Tabel 15 Afschrĳvingskosten (the only non-cash cost)', cell('tabel18', 'operationele_kasstroom'), cell('tabel15', 'afschrijvingskosten'), {
    columns: allYears,
  }),

  // Figures in the text against the tables they summarise.
  ...(
    [
      ['beperken_tabel1', 'tabel1', 'beperken_asielinstroom'],
      ['beperken_tabel22', 'tabel22', 'beperken_asielinstroom'],
      ['budget_2029_tabel1', 'tabel1', 'stand_ontwerpbegroting_2025'],
      ['budget_2029_tabel22', 'tabel22', 'stand_ontwerpbegroting_2025'],
    ] as const
  ).map(([text, table, row]) => {
    const perYear = text.startsWith('beperken');
    return equal(`tekst=${table}:${text}`, `Text ${text} = ${table} ${row} (to the printed precision)`, cell('tekst-mutaties', text), cell(table, row), {
      columns: perYear ? years(2027, 2029) : ['2029'],
      tolerance: perYear ? 0.05 : 50,
    });
  }),
  sum(
    'tekst=tabel1:verduurzaming',
    'Text: € 15,24 mln COA + € 0,97 mln IND = Tabel 1 Verduurzaming Rĳksvastgoed',
    cell('tabel1', 'verduurzaming_rijksvastgoed', '2025'),
    [cell('tekst-mutaties', 'verduurzaming_coa', '2025'), cell('tekst-mutaties', 'verduurzaming_ind', '2025')],
    { tolerance: 10 },
  ),
  equal('tekst=tabel4:npov-medeoverheden', 'Text: NPOV medeoverheden 2025 € 3,6 mld = Tabel 4', cell('tekst-mutaties', 'npov_medeoverheden', '2025'), cell('tabel4', 'npov_medeoverheden', '2025'), { tolerance: 50 }),
  equal('tekst=tabel30:npov-medeoverheden-2024', 'Text: NPOV medeoverheden 2024 € 3,4 mld = Tabel 30 6.37.2.3.21', cell('tekst-mutaties', 'npov_medeoverheden', '2024'), cell('tabel30', '6.37.2.3.21', '2024'), {
    tolerance: 50,
  }),
  equal('tekst=tabel4:npov-subsidies', 'Text: NPOV subsidies 2025 € 31 mln = Tabel 4', cell('tekst-mutaties', 'npov_subsidies', '2025'), cell('tabel4', 'npov_subsidies', '2025'), { tolerance: 0.5 }),
  ...auditChecks,
];
