import type { TableSpec } from '../../../edition/types';

/**
 * Tabel 19 Doelmatigheidsindicatoren IND (source lines 1266–1301).
 * Omzet is printed under "(x € 1 mln.)" but 2024–2029 carry the digits of
 * Tabel 16 (x € 1.000); stored as printed, the data check reports it.
 */
export const tabel19: TableSpec = {
  id: 'tabel19',
  label: 'Tabel 19',
  title: 'Doelmatigheidsindicatoren',
  unit: 'SHARE',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'fte_totaal', label: 'FTE-totaal (excl. externe inhuur)', unit: 'FTE', values: [5067, 5656, 6250, 5910, 2410, 1079, 1079] },
    { key: 'saldo_pct_baten', label: 'Saldo van baten en lasten (% van de baten)', values: [0.082, 0, 0, 0, 0, 0, 0] },
    { key: 'asiel_doorlooptijd', label: 'Asiel Doorlooptĳd (wettelĳke termĳn) in %', values: [0.78, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9] },
    { key: 'asiel_standhouden', label: 'Asiel Standhouden van beslissingen in %', values: [0.85, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85] },
    { key: 'asiel_kostprijs', label: 'Asiel Gemiddelde kostprĳs (x € 1)', unit: 'EUR', values: [4418, 4418, 4418, 4418, 4418, 4418, 4418] },
    { key: 'asiel_omzet', label: 'Asiel Omzet (x € 1 mln.)', unit: 'EUR_MILLION', values: [398, 351796, 469076, 440346, 259768, 191103, 191103] },
    { key: 'regulier_doorlooptijd', label: 'Regulier Doorlooptĳd (wettelĳke termĳn) in %', values: [0.83, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95] },
    { key: 'regulier_standhouden', label: 'Regulier Standhouden van beslissingen in %', values: [0.79, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8] },
    { key: 'regulier_kostprijs', label: 'Regulier Gemiddelde kostprĳs (x € 1)', unit: 'EUR', values: [912, 912, 912, 912, 912, 912, 912] },
    { key: 'regulier_omzet', label: 'Regulier Omzet (x € 1 mln.)', unit: 'EUR_MILLION', values: [358, 325596, 423369, 397439, 234457, 172482, 172482] },
    { key: 'naturalisatie_doorlooptijd', label: 'Naturalisatie Doorlooptĳd (wettelĳke termĳn) in %', values: [0.94, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95] },
    { key: 'naturalisatie_kostprijs', label: 'Naturalisatie Gemiddelde kostprĳs (x € 1)', unit: 'EUR', values: [663, 663, 663, 663, 663, 663, 663] },
    { key: 'naturalisatie_omzet', label: 'Naturalisatie Omzet (x € 1 mln.)', unit: 'EUR_MILLION', values: [36, 29856, 33926, 31848, 18788, 13822, 13822] },
  ],
};
