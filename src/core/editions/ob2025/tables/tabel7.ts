import type { TableSpec } from '../../../edition/types';

/** Tabel 7 ODA-aandeel Begroting JenV en AenM in kader van opvangkosten voor asielzoekers (source lines 670–688). */
export const tabel7: TableSpec = {
  id: 'tabel7',
  label: 'Tabel 7',
  title: 'ODA-aandeel Begroting JenV en AenM in kader van opvangkosten voor asielzoekers (x € 1.000)',
  unit: 'EUR_THOUSAND',
  columns: ['bedrag'],
  rows: [
    { key: 'coa', label: 'Bĳdrage COA', values: [1718754], aliases: ['COA'] },
    { key: 'nidos', label: 'Bĳdrage Nidos', values: [44851], aliases: ['Nidos'] },
    { key: 'ind_tolken', label: 'IND (tolken)', values: [5600], aliases: ['IND', 'tolken', 'interpreters'] },
    { key: 'rechtsbijstand', label: 'Rechtsbĳstand', values: [51680], aliases: ['legal aid'] },
    { key: 'vluchtelingenwerk', label: 'Vluchtelingenwerk Nederland', values: [12366], aliases: ['VWN'] },
    { key: 'totaal', label: 'Totaal', values: [1833252], aliases: ['total'], sumOf: ['coa', 'nidos', 'ind_tolken', 'rechtsbijstand', 'vluchtelingenwerk'] },
  ],
};
