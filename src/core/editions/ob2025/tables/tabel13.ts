import type { TableSpec } from '../../../edition/types';

/** Tabel 13 Kosten AMV's, € per amv (source lines 865–873). */
export const tabel13: TableSpec = {
  id: 'tabel13',
  label: 'Tabel 13',
  title: "Kosten AMV's (bedragen * € 1)",
  unit: 'EUR',
  columns: ['2023', '2024', '2025'],
  rows: [
    { key: 'begeleidingskosten', label: 'Begeleidingskosten per AMV', values: [9059, 9496, 9496] },
    { key: 'verzorgingskosten', label: 'Verzorgingskosten per AMV', values: [26971, 33546, 33546] },
    { key: 'instroomteam', label: 'Instroomteam (organiseren initiële begeleiding en opvang)', values: [7260, 7623, 7623] },
  ],
};
