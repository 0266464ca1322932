import type { TableSpec } from '../../../edition/types';

/** Tabel 14 Totaaloverzicht apparaatsuitgaven/kosten (source lines 1013–1022). */
export const tabel14: TableSpec = {
  id: 'tabel14',
  label: 'Tabel 14',
  title: 'Totaaloverzicht apparaatsuitgaven/kosten',
  unit: 'EUR_THOUSAND',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'ind', label: 'Apparaatskosten IND', values: [0, 0, 816222, 759484, 402863, 267256, 267256] },
    { key: 'coa', label: 'Centraal Orgaan opvang asielzoekers (COA)', values: [0, 0, 1015650, 1105584, 226614, 154214, 154214] },
    { key: 'nidos', label: 'Stichting Nidos', values: [0, 0, 109891, 116943, 27411, 18633, 18633] },
  ],
};
