import type { TableSpec } from '../../../edition/types';

/**
 * Tabel 5 Geschatte budgetflexibiliteit artikel 37 (source lines 555–566): shares
 * of the 2025 budget, printed as whole percentages. Labels spell "ij" as two
 * letters (the source's "ĳ" is an artifact of the PDF extraction).
 */
export const tabel5: TableSpec = {
  id: 'tabel5',
  label: 'Tabel 5',
  title: 'Geschatte budgetflexibiliteit artikel 37',
  unit: 'SHARE',
  columns: ['2025'],
  rows: [
    { key: 'juridisch_verplicht', label: 'Juridisch verplicht', values: [1] },
    { key: 'bestuurlijk_gebonden', label: 'bestuurlijk gebonden', values: [0] },
    { key: 'beleidsmatig_gereserveerd', label: 'beleidsmatig gereserveerd', values: [0] },
    { key: 'niet_ingevuld', label: 'nog niet ingevuld / vrij te besteden', values: [0] },
  ],
};
