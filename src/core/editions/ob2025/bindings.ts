import type { Bindings } from '../../edition/types';

/** Where the chain model finds each input in OB2025. */
export const bindings: Bindings = {
  indPrice: {
    asiel: { table: 'tabel19', row: 'asiel_kostprijs' },
    regulier: { table: 'tabel19', row: 'regulier_kostprijs' },
    naturalisatie: { table: 'tabel19', row: 'naturalisatie_kostprijs' },
  },
  indTurnover: {
    asiel: { table: 'tabel16', row: 'omzet_asiel' },
    regulier: { table: 'tabel16', row: 'omzet_regulier' },
    naturalisatie: { table: 'tabel16', row: 'omzet_naturalisatie' },
  },
  indContribution: { table: 'tabel4', row: 'ind' },
  indFte: { table: 'tabel17', row: 'fte' },
  indCut: { table: 'tekst-korting-ind', row: 'ind_korting' },
  indAsylumApplications: { table: 'tekst-omzet-ind', row: 'asielaanvragen_mpp', column: '2025' },
  coaContribution: { table: 'tabel4', row: 'coa' },
  coaInflow: { table: 'tabel6', row: 'coa_instroom' },
  coaOutflow: { table: 'tabel6', row: 'coa_uitstroom' },
  coaOccupancy: { table: 'tabel6', row: 'coa_bezetting' },
  coaStay: { table: 'tabel11', row: 'verblijfsduur' },
  coaStayAfterPermit: { table: 'tabel11', row: 'opvangduur_vergunninghouders' },
  asylumInflow: { table: 'tabel6', row: 'asielinstroom' },
  nidosContribution: { table: 'tabel4', row: 'nidos' },
  nidosPupils: { table: 'tabel12', row: 'pupillen' },
  nidosInflow: { table: 'tabel12', row: 'instroom_amv' },
  nidosGuidanceCost: { table: 'tabel13', row: 'begeleidingskosten' },
  nidosCareCost: { table: 'tabel13', row: 'verzorgingskosten' },
  nidosIntakeCost: { table: 'tabel13', row: 'instroomteam' },
  cut: { table: 'tabel1', row: 'beperken_asielinstroom' },
  budgetTotal: { table: 'tabel4', row: 'uitgaven' },
  mutations: { table: 'tabel1' },
  // Tabel 4 prints 0 for 2023–2024 (the ministry's budget starts in 2025); those years are the JenV lines of Tabel 30.
  budgetLines: { table: 'tabel4', converted: { table: 'tabel30', columns: ['2023', '2024'] } },
  mpp: { table: 'tabel6' },
  oda: {
    table: 'tabel7',
    column: 'bedrag',
    total: 'totaal',
    contributionOf: { coa: 'coa', nidos: 'nidos', ind_tolken: 'ind', rechtsbijstand: null, vluchtelingenwerk: 'vluchtelingenwerk' },
  },
};
