import type { CheckSpec } from '../../edition/types';
import { cell, equal, share, sum, years } from '../../checks/specBuilders';

/**
 * Relationships found in the line-by-line audit of the source (docs/data-check.md)
 * that the first set of checks did not cover. Each either holds, and so guards
 * the figures it names against typing errors, or is a documented discrepancy.
 */
const IND_TIMELINESS = [
  ['asiel', 'asiel'],
  ['regulier', 'regulier_naturalisatie'],
  ['naturalisatie', 'regulier_naturalisatie'],
] as const;

const T19_OMZET_AS_THOUSANDS = (['asiel', 'regulier', 'naturalisatie'] as const).map((product) => ({ ...cell('tabel19', `${product}_omzet`), readAs: 'EUR_THOUSAND' as const }));
const T16_PXQ = (['asiel', 'regulier', 'naturalisatie'] as const).map((product) => cell('tabel16', `omzet_${product}`));
/**
 * The SPUKs for the Ukrainians that the text names as the ways the NPOV line pays (L883–896):
 * A16 gemeenten and A29 regionale openbare lichamen; in 2023 also A18 veiligheidsregio's,
 * whose role ended with 2023 (L889–890).
 */
const T29_OEKRAINE = [cell('tabel29', 'a16'), cell('tabel29', 'a29')];
const T29_TITLE = 'Tabel 29 A16 + A29 (x € 1 mln.; the regulations that pay the NPOV line, L883–896)';

/**
 * Relationships added in the re-check of issue 14: Tabel 5 and Tabel 29, now
 * carried, against Tabel 4/30 and the text; Tabel 19's 2024–2029 turnover per
 * product against Tabel 16; the text's € 8,8 mln for Ukrainians in 2025.
 */
export const issue14Checks: readonly CheckSpec[] = [
  sum(
    'tabel5:100%',
    'Tabel 5 Geschatte budgetflexibiliteit 2025 adds up to 100%',
    1,
    [cell('tabel5', 'juridisch_verplicht'), cell('tabel5', 'bestuurlijk_gebonden'), cell('tabel5', 'beleidsmatig_gereserveerd'), cell('tabel5', 'niet_ingevuld')],
    { columns: ['2025'], tolerance: 1e-9 },
  ),
  equal(
    'tekst=tabel5:juridisch-verplicht',
    'Text: 100% van de begrote bedragen juridisch verplicht = Tabel 5 Juridisch verplicht',
    cell('tekst-budgetflexibiliteit', 'juridisch_verplicht', '2025'),
    cell('tabel5', 'juridisch_verplicht', '2025'),
  ),
  // A16 is printed in whole € mln (± 0,5) until 2025, A18 and A29 to € 0,1 mln (± 0,05 each), in x € 1.000.
  sum('tabel29=tabel30:npov-medeoverheden-2023', 'Tabel 30 6.37.2.3.21 NPOV (bijdrage aan medeoverheden) = Tabel 29 A16 + A18 + A29 (x € 1 mln.)', cell('tabel30', '6.37.2.3.21'), [...T29_OEKRAINE, cell('tabel29', 'a18')], {
    columns: ['2023'],
    tolerance: 600,
  }),
  sum('tabel29=tabel30:npov-medeoverheden', `Tabel 30 6.37.2.3.21 NPOV (bijdrage aan medeoverheden) = ${T29_TITLE}`, cell('tabel30', '6.37.2.3.21'), T29_OEKRAINE, {
    columns: ['2024'],
    tolerance: 550,
  }),
  sum('tabel29=tabel4:npov-medeoverheden', `Tabel 4 NPOV (bijdrage aan medeoverheden, 20.37.2.3.21) = ${T29_TITLE}`, cell('tabel4', 'npov_medeoverheden'), T29_OEKRAINE, {
    columns: ['2025'],
    tolerance: 550,
  }),
  // From 2026 both are printed "0,0": each a grant of at least 0 and, rounded half up, below € 0,05 mln, so at
  // most 49 x € 1.000 (Tabel 4 counts whole € 1.000): together at most 98.
  sum('tabel29=tabel4:npov-medeoverheden-0,0', `Tabel 4 NPOV (bijdrage aan medeoverheden, 20.37.2.3.21) = ${T29_TITLE} (printed 0,0)`, cell('tabel4', 'npov_medeoverheden'), T29_OEKRAINE, {
    columns: ['2026', '2027', '2028'],
    tolerance: 98,
  }),
  // L1124: "In de tabel doelmatigheidsindicatoren is de omzet gesplitst naar hoofdproduct"; 2023 (x € 1 mln.) is tabel19=tabel16:omzet-2023.
  sum(
    'tabel19=tabel16:omzet-2024-2029',
    'Tabel 16 Omzet Specifiek incidenteel = Tabel 19 Omzet asiel + regulier + naturalisatie (digits read as x € 1.000, as Tabel 16 prints them) − Tabel 16 pxq',
    cell('tabel16', 'omzet_specifiek'),
    T19_OMZET_AS_THOUSANDS,
    { minus: T16_PXQ, columns: years(2024, 2029) },
  ),
  // The totals printed with Figuur 1 and 2 (whole € mln) are Tabel 4's 2025 budget.
  equal('figuur1=tabel4:uitgaven', 'Figuur 1 Totaal € 9.481 mln = Tabel 4 Uitgaven 2025', cell('figuur-totalen', 'uitgaven', '2025'), cell('tabel4', 'uitgaven', '2025'), { tolerance: 0.5 }),
  equal('figuur2=tabel4:ontvangsten', 'Figuur 2 Totaal € 13 mln = Tabel 4 Ontvangsten 2025', cell('figuur-totalen', 'ontvangsten', '2025'), cell('tabel4', 'ontvangsten', '2025'), { tolerance: 0.5 }),
  equal(
    'tekst=tabel16:oekraine-2025',
    'Text: IND budget 2025 raised by € 8,8 mln for the papers of Ukrainians = Tabel 16 Omzet Specifiek incidenteel 2025',
    cell('tekst-mutaties', 'ind_oekraine', '2025'),
    cell('tabel16', 'omzet_specifiek', '2025'),
    {
      tolerance: 0.05,
    },
  ),
];

export const auditChecks: readonly CheckSpec[] = [
  // Tabel 30: the JenV chapter rows (2023–2024) hold only article 37, as the AenM rows do.
  equal('tabel30:6.37=6:verplichtingen', 'Tabel 30 6.37 Migratie verplichtingen = 6 JenV Verplichtingen', cell('tabel30', '6.37:verplichtingen'), cell('tabel30', '6:verplichtingen'), {
    columns: years(2023, 2024),
  }),
  equal('tabel30:6=6.37:ontvangsten', 'Tabel 30 6 JenV Ontvangsten = 6.37 Migratie Ontvangsten', cell('tabel30', '6:ontvangsten'), cell('tabel30', '6.37:ontvangsten'), { columns: years(2023, 2024) }),

  // Tabel 8's % column is a share of Totale bekostiging, so the total's own 100,0% is one too.
  share(
    'tabel8:%-totale_bekostiging',
    'Tabel 8 % of Totale bekostiging = 100,0% (printed to 0,1%)',
    cell('tabel8', 'totale_bekostiging', '%'),
    cell('tabel8', 'totale_bekostiging', 'bedrag'),
    cell('tabel8', 'totale_bekostiging', 'bedrag'),
    {
      tolerance: 0.0005,
    },
  ),

  // IND: third-party turnover is the fees (from 2024; 2023's derden also hold other income, as the text allows).
  equal('tabel15=tabel16:derden-leges', 'Tabel 15 waarvan omzet derden = Tabel 16 −/− Legesopbrengsten', cell('tabel15', 'omzet_derden'), cell('tabel16', 'legesopbrengsten'), {
    columns: years(2024, 2029),
    factor: -1,
  }),
  // Tabel 19's 2023 turnover (x € 1 mln.) spreads the specific incidental turnover over the products.
  sum(
    'tabel19=tabel16:omzet-2023',
    'Tabel 16 Omzet Specifiek incidenteel 2023 = Tabel 19 Omzet 2023 (asiel + regulier + naturalisatie, x € 1 mln.) − Tabel 16 pxq 2023 (3 × € 0,5 mln rounding)',
    cell('tabel16', 'omzet_specifiek', '2023'),
    [cell('tabel19', 'asiel_omzet', '2023'), cell('tabel19', 'regulier_omzet', '2023'), cell('tabel19', 'naturalisatie_omzet', '2023')],
    { minus: [cell('tabel16', 'omzet_asiel', '2023'), cell('tabel16', 'omzet_regulier', '2023'), cell('tabel16', 'omzet_naturalisatie', '2023')], tolerance: 1500 },
  ),
  // The IND part of the cut is exactly what the cash-flow table (Tabel 18) still receives above Tabel 15.
  sum('tekst=tabel18-tabel15:ind-korting', 'Text: IND part of the cut (€ mln) = Tabel 18 ontvangsten operationele kasstroom − Tabel 15 Totaal baten', cell('tekst-korting-ind', 'ind_korting'), [cell('tabel18', 'ontvangsten_operationeel')], {
    minus: [cell('tabel15', 'totaal_baten')],
    columns: years(2027, 2029),
    tolerance: 0.5,
  }),

  // COA: in 2028 inflow equals outflow and occupancy is flat, so Little's law holds exactly.
  share(
    'tabel11=tabel6:verblijfsduur-2028',
    'Tabel 11 Gemiddelde verblĳfsduur (maanden) = 12 × Tabel 6 bezetting / uitstroom in the steady state of 2028',
    cell('tabel11', 'verblijfsduur'),
    cell('tabel6', 'coa_bezetting'),
    cell('tabel6', 'coa_uitstroom'),
    { columns: ['2028'], factor: 12, tolerance: 0.05 },
  ),

  // IND timeliness targets in the text under Tabel 19 (Tabel 9 = Tabel 19 is checked elsewhere; 2023 is a realisation).
  ...IND_TIMELINESS.map(([product, text]) =>
    equal(`tekst=tabel19:doorlooptijd-${product}`, `Text: tĳdigheid ${product} = Tabel 19 ${product} Doorlooptĳd`, cell('tabel19', `${product}_doorlooptijd`), cell('tekst-doorlooptijd-ind', text, 'streefwaarde'), {
      columns: years(2024, 2029),
    }),
  ),

  // Mutations explained in the text (Tabel 1 toelichting, repeated under Tabel 22).
  equal('tekst=tabel1:taalonderwijs', 'Text: € 10 mln. naar OCW = Tabel 1 Taalonderwĳs Oekraïnse ontheemden 2025', cell('tabel1', 'taalonderwijs_oekraiense_ontheemden', '2025'), cell('tekst-mutaties', 'taalonderwijs', '2025'), {
    factor: -1,
    tolerance: 500,
  }),
  equal('tekst=tabel1:bonussen', 'Text: kasschuif van € 12 mln. = Tabel 1 Bonussen spreidingswet 2025', cell('tabel1', 'bonussen_spreidingswet', '2025'), cell('tekst-mutaties', 'bonussen_kasschuif', '2025'), {
    factor: -1,
    tolerance: 500,
  }),
  ...issue14Checks,
];
