import type { TableSpec } from '../../../edition/types';

/** Tabel 9 Kengetallen IND doorlooptĳden (source lines 743–752): share decided within the legal term. */
export const tabel9: TableSpec = {
  id: 'tabel9',
  label: 'Tabel 9',
  title: 'Kengetallen IND doorlooptĳden: percentage vreemdelingenzaken waarop binnen de wettelĳke termĳn is besloten',
  unit: 'SHARE',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028'],
  rows: [
    { key: 'asiel', label: 'Asiel', values: [0.78, 0.9, 0.9, 0.9, 0.9, 0.9] },
    { key: 'regulier', label: 'Regulier', values: [0.83, 0.95, 0.95, 0.95, 0.95, 0.95] },
    { key: 'naturalisatie', label: 'Naturalisatie', values: [0.94, 0.95, 0.95, 0.95, 0.95, 0.95] },
  ],
};
