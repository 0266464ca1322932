import type { TableSpec } from '../../../edition/types';

/**
 * Tabel 15 Meerjarige begroting van baten en lasten IND (source lines 1046–1110).
 * Blank cells (Rentebaten 2024–2029, omzet overige departementen) are null.
 */
export const tabel15: TableSpec = {
  id: 'tabel15',
  label: 'Tabel 15',
  title: 'Meerjarige begroting van baten en lasten (Bedragen x € 1.000)',
  unit: 'EUR_THOUSAND',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'omzet', label: 'Omzet', values: [796433, 850388, 926372, 869634, 513013, 377406, 377406], sumOf: ['omzet_moederdepartement', 'omzet_derden'] },
    { key: 'omzet_moederdepartement', label: 'waarvan omzet moederdepartement', values: [721066, 783888, 866372, 809634, 453013, 317406, 317406] },
    { key: 'omzet_derden', label: 'waarvan omzet derden', values: [75367, 70000, 60000, 60000, 60000, 60000, 60000] },
    { key: 'rentebaten', label: 'Rentebaten', values: [3497, null, null, null, null, null, null] },
    { key: 'vrijval_voorzieningen', label: 'Vrĳval voorzieningen', values: [229, null, null, null, null, null, null] },
    { key: 'totaal_baten', label: 'Totaal baten', values: [800160, 850388, 926372, 869634, 513013, 377406, 377406], sumOf: ['omzet', 'rentebaten', 'vrijval_voorzieningen'] },
    { key: 'apparaatskosten', label: 'Apparaatskosten', values: [620247, 743034, 816222, 759484, 402863, 267256, 267256], sumOf: ['personele_kosten', 'materiele_kosten'] },
    { key: 'personele_kosten', label: 'Personele kosten', values: [500359, 585731, 628919, 602181, 245560, 109953, 109953], sumOf: ['eigen_personeel', 'inhuur_externen', 'overige_personele_kosten'] },
    { key: 'eigen_personeel', label: 'waarvan eigen personeel', values: [402380, 502386, 573118, 541963, 221004, 98958, 98958] },
    { key: 'inhuur_externen', label: 'waarvan inhuur externen', values: [93587, 73267, 50801, 55218, 19556, 5995, 5995] },
    { key: 'overige_personele_kosten', label: 'waarvan overige personele kosten', values: [4391, 10078, 5000, 5000, 5000, 5000, 5000] },
    { key: 'materiele_kosten', label: 'Materiële kosten', values: [119889, 157303, 187303, 157303, 157303, 157303, 157303], sumOf: ['materieel_apparaat_ict', 'bijdrage_sso', 'overige_materiele_kosten'] },
    { key: 'materieel_apparaat_ict', label: 'waarvan apparaat ICT', values: [826, 1000, 1000, 1000, 1000, 1000, 1000] },
    { key: 'bijdrage_sso', label: "waarvan bĳdrage aan SSO's", values: [72115, 70000, 70000, 70000, 70000, 70000, 70000] },
    { key: 'overige_materiele_kosten', label: 'waarvan overige materiële kosten', values: [46948, 86303, 116303, 86303, 86303, 86303, 86303] },
    { key: 'materiele_programmakosten', label: 'Materiële programmakosten', values: [85965, 104150, 104150, 104150, 104150, 104150, 104150] },
    { key: 'afschrijvingskosten', label: 'Afschrĳvingskosten', values: [3634, 3204, 6000, 6000, 6000, 6000, 6000], sumOf: ['afschrijving_materieel', 'afschrijving_immaterieel'] },
    { key: 'afschrijving_materieel', label: '- Materieel', values: [1163, 2000, 2000, 2000, 2000, 2000, 2000], sumOf: ['afschrijving_ict', 'afschrijving_overig'] },
    { key: 'afschrijving_ict', label: 'waarvan apparaat ICT', values: [1000, 1800, 1800, 1800, 1800, 1800, 1800] },
    { key: 'afschrijving_overig', label: 'waarvan overige materiele kosten', values: [163, 200, 200, 200, 200, 200, 200] },
    { key: 'afschrijving_immaterieel', label: '- Immaterieel', values: [2471, 4000, 4000, 4000, 4000, 4000, 4000] },
    { key: 'rentelasten', label: 'Rentelasten', values: [0, 0, 0, 0, 0, 0, 0] },
    { key: 'overige_lasten', label: 'Overige lasten', values: [29677, 0, 0, 0, 0, 0, 0], sumOf: ['dotaties_voorzieningen', 'bijzondere_lasten'] },
    { key: 'dotaties_voorzieningen', label: 'waarvan dotaties voorzieningen', values: [29664, 0, 0, 0, 0, 0, 0] },
    { key: 'bijzondere_lasten', label: 'waarvan bĳzondere lasten', values: [13, 0, 0, 0, 0, 0, 0] },
    {
      key: 'totaal_lasten',
      label: 'Totaal lasten',
      values: [739524, 850388, 926372, 869634, 513013, 377406, 377406],
      sumOf: ['apparaatskosten', 'materiele_programmakosten', 'afschrijvingskosten', 'rentelasten', 'overige_lasten'],
    },
    { key: 'saldo_gewone_bedrijfsuitvoering', label: 'Saldo van baten en lasten gewone bedrĳfsuitvoering', values: [60636, 0, 0, 0, 0, 0, 0], sumOf: ['totaal_baten', '-totaal_lasten'] },
    { key: 'vpb_lasten', label: 'Agentschapsdeel Vpb-lasten', values: [0, 0, 0, 0, 0, 0, 0] },
    { key: 'saldo', label: 'Saldo van baten en lasten', values: [60636, 0, 0, 0, 0, 0, 0], sumOf: ['saldo_gewone_bedrijfsuitvoering', '-vpb_lasten'] },
  ],
};
