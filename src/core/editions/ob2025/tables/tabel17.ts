import type { TableSpec } from '../../../edition/types';

/** Tabel 17 Personele kosten IND (source lines 1182–1194). FTE is a count, not an amount. */
export const tabel17: TableSpec = {
  id: 'tabel17',
  label: 'Tabel 17',
  title: 'Personele kosten (Bedragen x € 1.000)',
  unit: 'EUR_THOUSAND',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'eigen_personeel', label: 'Eigen personeel kosten', values: [402380, 502386, 573118, 541963, 221004, 98958, 98958] },
    { key: 'fte', label: 'Aantal fte', unit: 'FTE', values: [6039, 5656, 6250, 5910, 2410, 1079, 1079] },
    { key: 'externe_inhuur', label: 'Externe inhuur kosten', values: [93587, 73267, 50801, 55218, 19556, 5995, 5995] },
    { key: 'overige_personeelskosten', label: 'Overige personeelskosten', values: [4391, 10078, 5000, 5000, 5000, 5000, 5000] },
    { key: 'totale_kosten', label: 'Totale kosten', values: [500359, 585731, 628919, 602181, 245560, 109953, 109953], sumOf: ['eigen_personeel', 'externe_inhuur', 'overige_personeelskosten'] },
  ],
};
