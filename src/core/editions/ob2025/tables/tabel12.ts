import type { TableSpec } from '../../../edition/types';

/** Tabel 12 Kengetal instroom en bezetting AMV's (source lines 858–863). */
export const tabel12: TableSpec = {
  id: 'tabel12',
  label: 'Tabel 12',
  title: 'Kengetal instroom en bezetting AMV’s',
  unit: 'COUNT',
  columns: ['2023', '2024', '2025'],
  rows: [
    { key: 'instroom_amv', label: 'Instroom AMV’s', values: [6488, 7140, 6770], aliases: ['amv_inflow'] },
    { key: 'pupillen', label: 'Aantal pupillen onder Nidos begeleiding', values: [8501, 14150, 12950], aliases: ['pupils'] },
  ],
};
