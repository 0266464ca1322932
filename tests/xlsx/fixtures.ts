// Hand-made sheet descriptions: the adapter is tested on its own, independent of the builders.
import type { SheetDescription } from '../../src/core/sheets/types';

/** Tabel 7 in miniature: published amounts (x € 1.000, typed from the source), a total as a formula, shares. */
export function odaLike(overrides: Partial<SheetDescription> = {}): SheetDescription {
  return {
    kind: 'oda',
    name: 'ODA-toerekening',
    edition: 'OB2025',
    writtenAt: '2026-11-23',
    formulaStyle: 'excel',
    cells: [
      { address: 'A1', value: 'ODA-toerekening 2025', style: 'title' },
      { address: 'A2', value: 'Bron: Ontwerpbegroting 2025, Tabel 7', style: 'source' },
      { address: 'A4', value: 'Post', style: 'header' },
      { address: 'B4', value: 2025, style: 'header' },
      { address: 'C4', value: 'Aandeel', style: 'header' },
      { address: 'A5', value: 'Bijdrage COA' },
      { address: 'B5', value: 1718754, format: '#,##0', style: 'input', source: 'Tabel 7, Bijdrage COA, x € 1.000' },
      { address: 'C5', formula: '=B5/4062600', cached: 1718754 / 4062600, format: '0.0%' },
      { address: 'A6', value: 'Bijdrage Nidos' },
      { address: 'B6', value: 61872, format: '#,##0', style: 'input' },
      { address: 'C6', formula: '=B6/B7', cached: 61872 / (1718754 + 61872), format: '0.0%' },
      { address: 'A7', value: 'Som', style: 'total' },
      { address: 'B7', formula: '=SUM(B5:B6)', cached: 1718754 + 61872, format: '#,##0', style: 'total' },
      { address: 'A9', value: 'Gepubliceerd totaal' },
      { address: 'B9', value: 1833252, format: '#,##0', style: 'output' },
      { address: 'A10', value: 'Let op', style: 'warning' },
      { address: 'A11', value: 'toelichting', style: 'note' },
    ],
    tables: [{ name: 'ODA_Tabel7', range: 'A4:C7', showTotals: true }],
    columnWidths: { A: 32, B: 14, C: 10 },
    freeze: { rows: 4, columns: 1 },
    charts: [{ type: 'columnClustered', title: 'ODA per post', dataRange: 'A4:B6', seriesBy: 'columns', from: 'E4', to: 'K18' }],
    names: [],
    ...overrides,
  };
}

/** A parameter sheet with one defined name and a sheet that uses it. */
export function parametersLike(): SheetDescription {
  return {
    kind: 'parameters',
    name: 'Parameters OB2025',
    edition: 'OB2025',
    writtenAt: '2026-11-23',
    formulaStyle: 'excel',
    cells: [
      { address: 'A1', value: 'Parameters', style: 'title' },
      { address: 'A3', value: 'IND kostprijs asiel 2025' },
      { address: 'B3', value: 4418, format: '#,##0' },
    ],
    tables: [],
    columnWidths: {},
    charts: [],
    names: [{ name: 'OB2025_IND_PRIJS_ASIEL_2025', address: 'B3' }],
  };
}

export function usesName(): SheetDescription {
  return {
    ...odaLike({ name: 'Gebruik', tables: [], charts: [], freeze: undefined }),
    cells: [{ address: 'A1', formula: '=OB2025_IND_PRIJS_ASIEL_2025*1000', cached: 4418000, format: '#,##0' }],
  };
}
