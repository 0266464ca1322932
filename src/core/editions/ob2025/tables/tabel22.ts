import type { TableSpec } from '../../../edition/types';

/** Tabel 22 Uitgaven beleidsartikel 37, verdiepingshoofdstuk (source lines 1396–1420). */
export const tabel22: TableSpec = {
  id: 'tabel22',
  label: 'Tabel 22',
  title: 'Uitgaven beleidsartikel 37 (bedragen x € 1000)',
  unit: 'EUR_THOUSAND',
  columns: ['2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'stand_ontwerpbegroting_2024', label: 'Stand ontwerpbegroting 2024', values: [4475423, 4496091, 2090457, 2090428, 0] },
    { key: 'mutatie_nvw_amendementen', label: 'Mutatie NvW en Amend. 2024', values: [0, 0, 0, 0, 0] },
    { key: 'mutaties_1e_suppletoire', label: 'Mutaties 1e suppletoire begroting 2024 en ISB', values: [4990362, 2211297, 25103, 25103, 2115531] },
    { key: 'beperken_asielinstroom', label: 'beperken asielinstroom (37)', values: [0, 0, -467554, -935109, -935109] },
    { key: 'loonbijstelling', label: 'loonbĳstelling 2024-2029', values: [20320, 20393, 38095, 38094, 38094] },
    { key: 'taalonderwijs', label: 'taalonderwĳs oekraïnse ontheemden (naar ocw)', values: [-10000, 0, 0, 0, 0] },
    { key: 'verduurzaming_rijksvastgoed', label: 'verduurzaming rĳksvastgoed (van bzk)', values: [16205, 0, 0, 0, 0] },
    { key: 'bonussen_spreidingswet', label: 'Bonussen spreidingswet', values: [-12000, 0, 0, 0, 0] },
    { key: 'opvang_ontheemden', label: 'Opvang ontheemden', values: [0, 3041000, 1168000, 0, 0] },
    { key: 'diversen', label: 'diversen', values: [588, 438, 138, 288, 288] },
    {
      key: 'stand_ontwerpbegroting_2025',
      label: 'Stand ontwerpbegroting 2025',
      values: [9480898, 9769219, 2854239, 1218804, 1218804],
      sumOf: [
        'stand_ontwerpbegroting_2024',
        'mutatie_nvw_amendementen',
        'mutaties_1e_suppletoire',
        'beperken_asielinstroom',
        'loonbijstelling',
        'taalonderwijs',
        'verduurzaming_rijksvastgoed',
        'bonussen_spreidingswet',
        'opvang_ontheemden',
        'diversen',
      ],
    },
  ],
};
