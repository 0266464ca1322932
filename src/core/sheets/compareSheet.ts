import type { Edition } from '../edition/types';
import type { ChainDrivers } from '../chain/drivers';
import { projectChain } from '../chain/project';
import { at, sheetPrefix } from './a1';
import { FORMAT } from './formats';
import { outputAddress, type OutputRow } from './chainLayout';
import { columnLetter } from './a1';
import { SheetBuilder, type SheetOptions } from './sheetBuilder';
import { sourceLine } from './sources';
import type { SheetDescription } from './types';
import { yearRow } from './yearRow';

export const COMPARE_SHEET_NAME = "Scenario's vergelijken";

export interface ComparedScenario {
  /** The scenario sheet's ACTUAL name in the workbook (as the adapter reported it). */
  readonly sheetName: string;
  readonly label?: string;
  /** The drivers the sheet was written with: the cached values come from project(edition, drivers). */
  readonly drivers: ChainDrivers;
}

/**
 * Scenarios side by side: each scenario's total cost and budget read from
 * its sheet's fixed cells (so an edited input there shows here), the gap
 * computed here, and a chart of the totals against the budget.
 */
export function compareSheet(edition: Edition, scenarios: readonly ComparedScenario[], options: SheetOptions): SheetDescription {
  const s = new SheetBuilder(edition, 'compare', COMPARE_SHEET_NAME, options);
  s.heading(`Scenario's vergelijken met de begroting ${edition.id}`, 'Bedragen in euro’s; verschil = begroting − kosten (negatief = tekort)', `${sourceLine(edition, ['Tabel 4'])}; kosten uit de scenariobladen`);
  const years = [...(scenarios[0]?.drivers.years ?? edition.projectionYears)];
  const cols = years.map((year, i) => ({ year, column: 3 + i }));
  const lastCol = 2 + years.length;
  const top = 6;
  s.text(1, top, 'Scenario', 'header');
  s.text(2, top, 'Grootheid', 'header');
  cols.forEach(({ year, column }) => s.text(column, top, String(year), 'header'));
  const totalRows: number[] = [];
  scenarios.forEach((scenario, i) => {
    const outcome = projectChain(edition, scenario.drivers);
    const row = top + 1 + i * 3;
    const prefix = sheetPrefix(scenario.sheetName);
    const from = (key: OutputRow, c: number): string => `${prefix}${outputAddress(key, c - 3)}`;
    const label = scenario.label ?? scenario.sheetName;
    const chainOf = (y: number) => outcome.find((o) => o.year === y)!.chain;
    const byYear = (y: number) => ({ total: chainOf(y).need, budget: chainOf(y).budget, gap: -chainOf(y).gap });
    [['Behoefte keten', 'total'], [`Begroting ${edition.id}`, 'budget'], ['Verschil (begroting − behoefte)', 'gap']].forEach(([name], k) => s.text(2, row + k, name!));
    yearRow(s, row, label, cols, (y, c) => ({ formula: from('chainNeed', c), cached: byYear(y).total }), FORMAT.euros);
    // yearRow writes the scenario label in column A of its first row only; the next rows repeat it for filtering.
    s.text(1, row + 1, label, 'label');
    s.text(1, row + 2, label, 'label');
    cols.forEach(({ year, column }) => s.formula(column, row + 1, `=${from('chainBudget', column)}`, byYear(year).budget, FORMAT.euros, 'output'));
    cols.forEach(({ year, column }) =>
      s.formula(column, row + 2, `=${at(column, row + 1)}-${at(column, row)}`, byYear(year).gap, FORMAT.euros, byYear(year).gap < 0 ? 'warning' : 'output'),
    );
    totalRows.push(row);
  });
  const bottom = top + scenarios.length * 3;
  if (scenarios.length > 0) s.table('Scenarios_Vergelijking', `A${top}:${columnLetter(lastCol)}${bottom}`);

  // Chart data: one row of totals per scenario and the budget of the first.
  const chartTop = bottom + 2;
  s.text(1, chartTop, 'Grafiek: totale kosten per scenario tegen de begroting (€)', 'subtitle');
  cols.forEach(({ year, column }) => s.text(column, chartTop, String(year), 'header'));
  scenarios.forEach((scenario, i) => {
    const row = chartTop + 1 + i;
    s.text(2, row, scenario.label ?? scenario.sheetName);
    cols.forEach(({ column }) => {
      const source = s.cellAt(at(column, totalRows[i]!));
      s.formula(column, row, `=${at(column, totalRows[i]!)}`, source?.cached ?? 0, FORMAT.euros, 'output');
    });
  });
  if (scenarios.length > 0) {
    const budgetRow = chartTop + 1 + scenarios.length;
    s.text(2, budgetRow, `Begroting ${edition.id}`);
    cols.forEach(({ column }) => s.formula(column, budgetRow, `=${at(column, totalRows[0]! + 1)}`, s.cellAt(at(column, totalRows[0]! + 1))?.cached ?? 0, FORMAT.euros, 'output'));
    s.chart({ type: 'line', title: `Scenario's: totale kosten tegen begroting ${edition.id}`, dataRange: `B${chartTop}:${columnLetter(lastCol)}${budgetRow}`, seriesBy: 'rows', from: at(lastCol + 2, top), to: at(lastCol + 10, top + 20) });
  }
  s.widthsFrom([30, 18, 16, 16, 16, 16, 16]);
  s.freezeAt(top, 2);
  return s.build();
}
