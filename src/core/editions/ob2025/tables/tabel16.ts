import type { TableSpec } from '../../../edition/types';

/** Tabel 16 Omzet moederdepartement IND (source lines 1152–1166). */
export const tabel16: TableSpec = {
  id: 'tabel16',
  label: 'Tabel 16',
  title: 'Omzet moederdepartement (Bedragen x € 1.000)',
  unit: 'EUR_THOUSAND',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'omzet_asiel', label: 'Omzet Asiel (pxq)', values: [291923, 351796, 469076, 440346, 259768, 191103, 191103] },
    { key: 'omzet_regulier', label: 'Omzet Regulier (pxq)', values: [262534, 325596, 423369, 397439, 234457, 172482, 172482] },
    { key: 'omzet_naturalisatie', label: 'Omzet Naturalisatie (pxq)', values: [26366, 29856, 33926, 31848, 18788, 13822, 13822] },
    { key: 'omzet_specifiek', label: 'Omzet Specifiek incidenteel', values: [211136, 146641, 0, 0, 0, 0, 0] },
    { key: 'legesopbrengsten', label: '-/- Legesopbrengsten', values: [-70893, -70000, -60000, -60000, -60000, -60000, -60000] },
    {
      key: 'omzet_moederdepartement',
      label: 'Omzet moederdepartement',
      values: [721066, 783888, 866372, 809634, 453013, 317406, 317406],
      sumOf: ['omzet_asiel', 'omzet_regulier', 'omzet_naturalisatie', 'omzet_specifiek', 'legesopbrengsten'],
    },
  ],
};
