import type { TableSpec } from '../../../edition/types';

/** Tabel 1 Belangrĳkste beleidsmatige uitgavenmutaties t.o.v. vorig jaar (source lines 213–232). */
export const tabel1: TableSpec = {
  id: 'tabel1',
  label: 'Tabel 1',
  title: 'Belangrĳkste beleidsmatige uitgavenmutaties t.o.v. vorig jaar (bedragen x € 1.000)',
  unit: 'EUR_THOUSAND',
  columns: ['2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'stand_1e_suppletoire_2024', label: 'Stand eerste suppletoire begroting 2024', values: [9465785, 6707388, 2115560, 2115531, 2115531] },
    { key: 'verduurzaming_rijksvastgoed', label: '1 Verduurzaming Rĳksvastgoed', values: [16205, 0, 0, 0, 0] },
    { key: 'beperken_asielinstroom', label: '2 Beperken asielinstroom', values: [0, 0, -467554, -935109, -935109], aliases: ['cut', 'taakstelling'] },
    { key: 'taalonderwijs_oekraiense_ontheemden', label: '3 Taalonderwĳs Oekraïnse ontheemden', values: [-10000, 0, 0, 0, 0] },
    { key: 'loon_en_prijsbijstelling', label: '4 Loon -en prĳsbĳstelling', values: [20320, 20393, 38095, 38094, 38094] },
    { key: 'bonussen_spreidingswet', label: '5 Bonussen spreidingswet', values: [-12000, 0, 0, 0, 0] },
    { key: 'opvang_ontheemden', label: '6 Opvang ontheemden', values: [0, 3041000, 1168000, 0, 0] },
    { key: 'overige_mutaties', label: 'Overige mutaties miljoenennota/ ontwerpbegroting', values: [588, 438, 138, 288, 288] },
    {
      key: 'stand_ontwerpbegroting_2025',
      label: 'Stand ontwerpbegroting 2025',
      values: [9480898, 9769219, 2854239, 1218804, 1218804],
      sumOf: ['stand_1e_suppletoire_2024', 'verduurzaming_rijksvastgoed', 'beperken_asielinstroom', 'taalonderwijs_oekraiense_ontheemden', 'loon_en_prijsbijstelling', 'bonussen_spreidingswet', 'opvang_ontheemden', 'overige_mutaties'],
    },
  ],
};
