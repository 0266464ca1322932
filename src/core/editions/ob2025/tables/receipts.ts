import type { TableSpec } from '../../../edition/types';

/** Tabel 2 Belangrĳkste beleidsmatige ontvangstenmutaties (source lines 284–293). */
export const tabel2: TableSpec = {
  id: 'tabel2',
  label: 'Tabel 2',
  title: 'Belangrĳkste beleidsmatige ontvangstenmutaties t.o.v. vorig jaar (bedragen x € 1.000)',
  unit: 'EUR_THOUSAND',
  columns: ['2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'stand_1e_suppletoire_2024', label: 'Stand eerste suppletoire begroting 2024', values: [12826, 13826, 13826, 13826, 13826] },
    { key: 'suppletoire_mutaties', label: 'Belangrĳkste suppletoire mutaties', values: [0, 0, 0, 0, 0] },
    { key: 'overige_mutaties', label: 'Overige mutaties miljoenennota/ ontwerpbegroting', values: [0, 0, 0, 0, 0] },
    {
      key: 'stand_ontwerpbegroting_2025',
      label: 'Stand ontwerpbegroting 2025',
      values: [12826, 13826, 13826, 13826, 13826],
      sumOf: ['stand_1e_suppletoire_2024', 'suppletoire_mutaties', 'overige_mutaties'],
    },
  ],
};

/** Tabel 23 Ontvangsten beleidsartikel 37 (source lines 1459–1469). */
export const tabel23: TableSpec = {
  id: 'tabel23',
  label: 'Tabel 23',
  title: 'Ontvangsten beleidsartikel 37 (bedragen x € 1000)',
  unit: 'EUR_THOUSAND',
  columns: ['2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'stand_ontwerpbegroting_2024', label: 'Stand ontwerpbegroting 2024', values: [12826, 13826, 13826, 13826, 0] },
    { key: 'mutaties_1e_suppletoire', label: 'Mutaties 1e suppletoire begroting 2024 en ISB', values: [0, 0, 0, 0, 13826] },
    { key: 'nieuwe_mutaties', label: 'Nieuwe mutaties:', values: [0, 0, 0, 0, 0] },
    {
      key: 'stand_ontwerpbegroting_2025',
      label: 'Stand ontwerpbegroting 2025',
      values: [12826, 13826, 13826, 13826, 13826],
      sumOf: ['stand_ontwerpbegroting_2024', 'mutaties_1e_suppletoire', 'nieuwe_mutaties'],
    },
  ],
};
