import type { TableSpec } from '../../../edition/types';

/** Tabel 10 Bekostiging COA: cost split (source lines 797–808). */
export const tabel10: TableSpec = {
  id: 'tabel10',
  label: 'Tabel 10',
  title: 'Bekostiging COA',
  unit: 'SHARE',
  columns: ['Aandeel'],
  rows: [
    { key: 'personeel', label: 'Personeel', values: [0.21] },
    { key: 'materieel_regelingen', label: 'Materieel en Regelingen', values: [0.68] },
    { key: 'rente_afschrijving', label: 'Rente en afschrĳving', values: [0.02] },
    { key: 'gezondheidszorg', label: 'Gezondheidszorg', values: [0.09] },
    { key: 'totaal', label: 'Totaal', values: [1], sumOf: ['personeel', 'materieel_regelingen', 'rente_afschrijving', 'gezondheidszorg'] },
  ],
};
