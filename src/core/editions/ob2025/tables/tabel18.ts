import type { TableSpec } from '../../../edition/types';

/** Tabel 18 Kasstroomoverzicht IND (source lines 1210–1247). */
export const tabel18: TableSpec = {
  id: 'tabel18',
  label: 'Tabel 18',
  title: 'Kasstroomoverzicht (Bedragen x € 1.000)',
  unit: 'EUR_THOUSAND',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'rc_1_januari', label: '1 Rekening courant RHB 1 januari', values: [73374, 98295, 92549, 90889, 92019, 94019, 96019] },
    { key: 'ontvangsten_operationeel', label: '+/+ totaal ontvangsten operationele kasstroom', values: [800160, 850388, 926372, 869634, 648605, 648593, 648593] },
    { key: 'uitgaven_operationeel', label: '– /– totaal uitgaven operationele kasstroom', values: [-796526, -847184, -920372, -863634, -642605, -642593, -642593] },
    { key: 'operationele_kasstroom', label: '2 Totaal operationele kasstroom', values: [3634, 3204, 6000, 6000, 6000, 6000, 6000], sumOf: ['ontvangsten_operationeel', 'uitgaven_operationeel'] },
    { key: 'investeringen', label: '– /– totaal investeringen', values: [-10970, -3950, -3660, -870, 0, 0, 0] },
    { key: 'desinvesteringen', label: '+/+ totaal boekwaarde desinvesteringen', values: [0, 0, 0, 0, 0, 0, 0] },
    { key: 'investeringsstroom', label: '3 Totaal investeringsstroom', values: [-10970, -3950, -3660, -870, 0, 0, 0], sumOf: ['investeringen', 'desinvesteringen'] },
    { key: 'eenmalige_uitkering', label: '– /– eenmalige uitkering aan moederdepartement', values: [0, 0, 0, 0, 0, 0, 0] },
    { key: 'eenmalige_storting', label: '+/+ eenmalige storting door moederdepartement', values: [26287, 0, 0, 0, 0, 0, 0] },
    { key: 'aflossingen', label: '– /– aflossingen op leningen', values: [-5000, -5000, -4000, -4000, -4000, -4000, -4000] },
    { key: 'leenfaciliteit', label: '+/+ beroep op leenfaciliteit', values: [10970, 0, 0, 0, 0, 0, 0] },
    {
      key: 'financieringskasstroom',
      label: '4 Totaal financieringskasstroom',
      values: [32257, -5000, -4000, -4000, -4000, -4000, -4000],
      sumOf: ['eenmalige_uitkering', 'eenmalige_storting', 'aflossingen', 'leenfaciliteit'],
    },
    {
      key: 'rc_31_december',
      label: '5 Rekening courant RHB 31 december + stand depositorekeningen (=1+2+3+4)',
      values: [98295, 92549, 90889, 92019, 94019, 96019, 98019],
      sumOf: ['rc_1_januari', 'operationele_kasstroom', 'investeringsstroom', 'financieringskasstroom'],
    },
  ],
};
