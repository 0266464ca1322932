import type { Edition } from '../../src/core';
import { projectChain, SINGLE_DRIVERS, YEAR_DRIVERS, type ChainDrivers, type ChainYear } from '../../src/core/chain';
import { at } from '../../src/core/sheets/a1';
import { OUTPUT_ROWS, outputAddress, SCENARIO_MARKER_V2, SCENARIO_SHEET_LAYOUT as L, singleDriverAddress, yearDriverAddress, type OutputRow } from '../../src/core/sheets/chainLayout';
import type { CellSpec, SheetDescription } from '../../src/core/sheets/types';

/**
 * A stand-in for h9's chain scenario sheet, built ONLY from the layout
 * (chainLayout.ts) and the core: marker, name, recorded settings, year
 * header, every driver as an input and every output row the compare sheet
 * reads, as constants equal to the core's projection. The read-back and the
 * compare sheet depend on the layout alone, so they work the same on the
 * real sheet when it lands.
 */
const outputValue = (o: ChainYear, row: OutputRow): number | undefined => {
  const m = /^(coa|ind|nidos|chain)(Need|Budget|Gap|Cut|Reversion|Scenario|Residual)$/.exec(row);
  if (m) {
    const line = m[1] === 'chain' ? o.chain : o.org[m[1] as 'coa' | 'ind' | 'nidos'];
    const key = ({ Need: 'need', Budget: 'budget', Gap: 'gap', Cut: 'cut', Reversion: 'reversion', Scenario: 'scenario', Residual: 'residual' } as const)[m[2] as 'Need'];
    return line[key];
  }
  switch (row) {
    case 'occupancy':
      return o.occupancy;
    case 'coaInflow':
      return o.coaInflow;
    case 'odaEstimate':
      return o.odaEstimate;
    default:
      return undefined;
  }
};

export function chainScenarioDescription(edition: Edition, name: string, drivers: ChainDrivers, options: { yearsAsText?: boolean } = {}): SheetDescription {
  const cells: CellSpec[] = [];
  const put = (address: string, value: number | string, style?: CellSpec['style']) => cells.push({ address, value, ...(style ? { style } : {}) });
  put('A1', `Scenario ${name}`, 'title');
  put(L.marker, SCENARIO_MARKER_V2, 'note');
  put(L.name, name, 'subtitle');
  put(L.record.edition, drivers.edition);
  put(L.record.preset, drivers.preset);
  put(L.record.priceVariant, drivers.priceVariant);
  put(L.record.alignedThrough, edition.chain.alignedThrough);
  drivers.years.forEach((y, i) => put(at(L.firstYearColumn + i, L.inputsHeader), options.yearsAsText === false ? y : String(y), 'header'));
  for (const d of YEAR_DRIVERS) drivers.years.forEach((_, i) => put(yearDriverAddress(d.key, i), drivers.year[d.key][i]!, 'input'));
  for (const d of SINGLE_DRIVERS) put(singleDriverAddress(d.key), drivers.single[d.key], 'input');
  const outcome = projectChain(edition, drivers);
  for (const row of OUTPUT_ROWS)
    outcome.forEach((o, i) => {
      const v = outputValue(o, row);
      if (v !== undefined) put(outputAddress(row, i), v, 'output');
    });
  return {
    kind: 'scenario',
    name: `Scenario ${name}`.slice(0, 31),
    edition: edition.id,
    writtenAt: '2026-12-01',
    formulaStyle: 'excel',
    cells,
    tables: [],
    columnWidths: {},
    charts: [],
    names: [],
  };
}

/** The description's constants as a sheet of a recording fake ({ A1: value, … }). */
export const fakeSheetCells = (d: SheetDescription): Record<string, unknown> => Object.fromEntries(d.cells.map((c) => [c.address, c.formula ?? c.value]));
