import type { TableSpec } from '../../../edition/types';

/** Tabel 8 Bekostiging IND, 2025 (source lines 716–741). The % column is printed to one decimal. */
export const tabel8: TableSpec = {
  id: 'tabel8',
  label: 'Tabel 8',
  title: 'Bekostiging IND (bedragen x € 1.000)',
  unit: 'EUR_THOUSAND',
  columns: ['bedrag', '%'],
  rows: [
    { key: 'asiel', label: 'Asiel', values: [384180, 0.415], columnUnits: { '%': 'SHARE' } },
    { key: 'regulier', label: 'Regulier', values: [301048, 0.325], columnUnits: { '%': 'SHARE' } },
    { key: 'naturalisatie', label: 'Naturalisatie', values: [20043, 0.022], columnUnits: { '%': 'SHARE' } },
    { key: 'ketenondersteuning', label: 'Ketenondersteuning', values: [7991, 0.009], columnUnits: { '%': 'SHARE' } },
    { key: 'productie_pxq', label: 'productie (pxq)', values: [713262, null], sumOf: ['asiel', 'regulier', 'naturalisatie', 'ketenondersteuning'], sumColumns: ['bedrag'] },
    { key: 'lumpsum', label: 'Lumpsum', values: [169717, 0.183], columnUnits: { '%': 'SHARE' } },
    { key: 'specifiek', label: 'Specifiek (G&V, KV, WOO)', values: [4551, 0.005], columnUnits: { '%': 'SHARE' } },
    { key: 'werkzaamheden_oek', label: 'Werkzaamheden OEK', values: [8842, 0.01], columnUnits: { '%': 'SHARE' } },
    { key: 'dwangsommen', label: 'Dwangsommen', values: [30000, 0.032], columnUnits: { '%': 'SHARE' } },
    {
      key: 'totale_bekostiging',
      label: 'Totale bekostiging',
      values: [926372, 1],
      columnUnits: { '%': 'SHARE' },
      sumOf: ['productie_pxq', 'lumpsum', 'specifiek', 'werkzaamheden_oek', 'dwangsommen'],
      sumColumns: ['bedrag'],
    },
    { key: 'leges', label: 'Leges', values: [-60000, null] },
    { key: 'bijdrage_aenm', label: 'Bĳdrage AenM', values: [866372, null], sumOf: ['totale_bekostiging', 'leges'], sumColumns: ['bedrag'] },
  ],
};
