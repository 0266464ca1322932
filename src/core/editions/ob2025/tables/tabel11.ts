import type { TableSpec } from '../../../edition/types';

/** Tabel 11 Prestatie-indicator COA, in months (source lines 810–819). */
export const tabel11: TableSpec = {
  id: 'tabel11',
  label: 'Tabel 11',
  title: 'Prestatie-indicator Centraal Orgaan opvang Asielzoekers (in maanden)',
  unit: 'MONTHS',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028'],
  rows: [
    { key: 'opvangduur_vergunninghouders', label: 'Gemiddelde opvangduur vergunninghouders na vergunningverlening', values: [5.9, 5.9, 5.9, 5.9, 5.9, 5.9], aliases: ['stay_after_permit'] },
    { key: 'verblijfsduur', label: 'Gemiddelde verblĳfsduur opvang op basis van uitstroom', values: [10.6, 10.6, 10.6, 10.6, 10.6, 10.6], aliases: ['stay', 'average_stay'] },
  ],
};
