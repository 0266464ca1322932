import { driverCells, driverValue, presetDrivers } from '../chain/drivers';
import { driverDeclaration } from '../chain/driverDeclarations';
import { NegativeOccupancyError, projectChain, type ChainYear, type GapLine } from '../chain/project';
import type { Edition } from '../edition/types';
import { nearlyEqual } from '../edition/units';
import { at, columnLetter, rangeOf, sheetPrefix } from './a1';
import { outputAddress, singleDriverAddress, yearDriverAddress, type OutputRow } from './chainLayout';
import { FORMAT } from './formats';
import { readProblemText, type ReadScenario, type RefusedScenario, type ScenarioRead } from './scenarioReadBack';
import { HALF_EURO, SheetBuilder, type SheetOptions } from './sheetBuilder';
import { sourceLine } from './sources';
import type { SheetDescription } from './types';

export const COMPARE_SHEET_NAME = "Scenario's vergelijken";

/** At most this many reasons per refused sheet are listed; the rest is counted. */
const MAX_REASONS = 10;
const MAX_TEXT = 120;

/** Text that came from a workbook, made safe to write as a value: no leading = + - @ (never a formula), capped. */
export const workbookText = (text: string): string => {
  const stripped = text.replace(/^[\s=+\-@]+/, '');
  return stripped.length > MAX_TEXT ? `${stripped.slice(0, MAX_TEXT - 1)}…` : stripped;
};

type Line = 'coa' | 'ind' | 'nidos' | 'chain';
type Measure = 'Need' | 'Budget' | 'Gap';
const LINES: readonly { key: Line; label: string }[] = [
  { key: 'coa', label: 'COA' },
  { key: 'ind', label: 'IND' },
  { key: 'nidos', label: 'Nidos' },
  { key: 'chain', label: 'Keten' },
];
const MEASURES: readonly { key: Measure; label: string; field: keyof GapLine }[] = [
  { key: 'Need', label: 'behoefte', field: 'need' },
  { key: 'Budget', label: 'begroting', field: 'budget' },
  { key: 'Gap', label: 'tekort (behoefte − begroting)', field: 'gap' },
];
const lineOf = (o: ChainYear, line: Line): GapLine => (line === 'chain' ? o.chain : o.org[line]);

/**
 * *Scenario's vergelijken* (issue 9): per scenario sheet found in the
 * workbook, per year, need, budget and gap per organisation and for the
 * chain, as formulas on that sheet's output cells (so an edit there shows
 * here), cached with the core's projection of the drivers read back from
 * it. Below: the drivers that differ from the basis, one row per changed
 * cell with every scenario's value (as Excel's Scenario Manager summary
 * lists changing cells), the sheets that were not compared with the reason,
 * and a chart of the chain gap per scenario.
 *
 * `reads` are the read-back results of every sheet (readScenarioValues);
 * sheets without a marker are ignored. Their sheet names are the names the
 * sheets actually have in the workbook.
 */
export function compareSheet(edition: Edition, reads: readonly ScenarioRead[], options: SheetOptions): SheetDescription {
  // A sheet whose drivers the model cannot project (NegativeOccupancyError) is refused with the model's message, not a crash.
  const projected = reads.flatMap((r): ({ read: ReadScenario; outcome: ChainYear[] } | { refused: RefusedScenario })[] => {
    if (r.kind === 'refused') return [{ refused: r }];
    if (r.kind !== 'ok') return [];
    try {
      return [{ read: r, outcome: projectChain(edition, r.drivers) }];
    } catch (error) {
      if (!(error instanceof NegativeOccupancyError)) throw error;
      return [{ refused: { kind: 'refused', sheetName: r.sheetName, label: r.label, problems: [{ kind: 'projection', message: error.message }] } }];
    }
  });
  const scenarios = projected.flatMap((p) => ('read' in p ? [p.read] : []));
  const outcomes = projected.flatMap((p) => ('read' in p ? [p.outcome] : []));
  const refused = projected.flatMap((p) => ('refused' in p ? [p.refused] : []));
  const s = new SheetBuilder(edition, 'compare', COMPARE_SHEET_NAME, options);
  s.heading(`Scenario's vergelijken met de begroting ${edition.id}`, 'Bedragen in euro’s. Tekort = behoefte − begroting (positief = tekort).', `${sourceLine(edition, ['Tabel 4'])}; behoefte uit de scenariobladen van deze werkmap`);
  const basis = presetDrivers(edition, 'basis');
  const years = basis.years;
  const cols = years.map((year, i) => ({ year, column: 3 + i }));
  const lastCol = 2 + years.length;
  s.text(
    1,
    5,
    `${scenarios.length} scenarioblad${scenarios.length === 1 ? '' : 'en'} vergeleken${refused.length ? `, ${refused.length} niet (zie "Niet vergeleken")` : ''}. De cellen verwijzen naar de bladen: een aangepaste invoer daar rekent hier mee.`,
    'note',
  );

  // Need, budget and gap per line, per scenario.
  const top = 7;
  let row = top;
  s.text(1, row, 'Scenarioblad', 'header');
  s.text(2, row, 'Grootheid', 'header');
  cols.forEach(({ year, column }) => s.text(column, row, String(year), 'header'));
  row++;
  const chainGapRow: number[] = [];
  for (const [j, scenario] of scenarios.entries()) {
    const outcome = outcomes[j]!;
    const prefix = sheetPrefix(scenario.sheetName);
    const name = workbookText(scenario.sheetName);
    for (const line of LINES)
      for (const m of MEASURES) {
        const total = line.key === 'chain' && m.key === 'Gap';
        if (total) chainGapRow.push(row);
        s.text(1, row, name, 'label');
        s.text(2, row, `${line.label} ${m.label}`, total ? 'total' : 'label');
        const output = `${line.key}${m.key}` as OutputRow;
        cols.forEach(({ column }, i) => s.formula(column, row, `=${prefix}${outputAddress(output, i)}`, lineOf(outcome[i]!, line.key)[m.field], FORMAT.euros, total ? 'total' : 'output'));
        if (m.key === 'Gap') s.highlight(`${at(3, row)}:${at(lastCol, row)}`, HALF_EURO);
        row++;
      }
  }
  if (scenarios.length > 0) s.table('Scenarios_Vergelijking', rangeOf(at(1, top), at(lastCol, row - 1)));
  else s.text(1, row++, 'Geen scenariobladen om te vergelijken.', 'warning');

  // Drivers that differ from the basis: one row per changed cell, every scenario's value beside the basis.
  row++;
  s.text(1, row++, `Drivers die afwijken van de basis (MPP-basis, prijsvariant ${basis.priceVariant}), zoals de scenariosamenvatting van Excel`, 'subtitle');
  const changed = driverCells(basis).filter((c) => scenarios.some((sc) => !nearlyEqual(driverValue(sc.drivers, c.key, c.year), driverValue(basis, c.key, c.year))));
  if (scenarios.length === 0 || changed.length === 0) {
    s.text(1, row++, scenarios.length === 0 ? 'Geen scenario’s.' : 'Geen van de scenario’s wijkt af van de basis.', 'note');
  } else {
    s.text(1, row, 'Driver', 'header');
    s.text(2, row, 'Jaar', 'header');
    s.text(3, row, 'Basis', 'header');
    scenarios.forEach((sc, j) => s.text(4 + j, row, workbookText(sc.sheetName), 'header'));
    row++;
    for (const c of changed) {
      const d = driverDeclaration(c.key);
      s.text(1, row, d.label.nl, 'label');
      if (c.year !== undefined) s.value(2, row, c.year, FORMAT.year);
      s.value(3, row, driverValue(basis, c.key, c.year), d.format);
      const address = c.year === undefined ? singleDriverAddress(c.key as Parameters<typeof singleDriverAddress>[0]) : yearDriverAddress(c.key as Parameters<typeof yearDriverAddress>[0], years.indexOf(c.year));
      scenarios.forEach((sc, j) => {
        const v = driverValue(sc.drivers, c.key, c.year);
        s.formula(4 + j, row, `=${sheetPrefix(sc.sheetName)}${address}`, v, d.format, nearlyEqual(v, driverValue(basis, c.key, c.year)) ? 'output' : 'warning');
      });
      row++;
    }
  }

  // What each compared sheet records (read back from its settings cells, not from prose).
  if (scenarios.length > 0) {
    row++;
    s.text(1, row++, 'Vastgelegd op de scenariobladen', 'subtitle');
    ['Blad', 'Naam', 'Uitgangspunt', 'Prijsvariant', 'Editie', 'Afgestemd t/m'].forEach((h, c) => s.text(1 + c, row, h, 'header'));
    row++;
    for (const sc of scenarios) {
      s.text(1, row, workbookText(sc.sheetName), 'label');
      s.text(2, row, workbookText(sc.label));
      s.text(3, row, sc.recorded.preset);
      s.text(4, row, sc.recorded.priceVariant);
      s.text(5, row, sc.recorded.edition);
      s.value(6, row, sc.recorded.alignedThrough, FORMAT.year);
      row++;
    }
  }

  // Sheets with a scenario marker that were not compared, with every reason.
  if (refused.length > 0) {
    row++;
    s.text(1, row++, 'Niet vergeleken', 'subtitle');
    s.text(1, row, 'Blad', 'header');
    s.text(2, row, 'Reden', 'header');
    row++;
    for (const r of refused) {
      const reasons = r.problems.slice(0, MAX_REASONS).map((p) => readProblemText(p, 'nl'));
      if (r.problems.length > MAX_REASONS) reasons.push(`… en nog ${r.problems.length - MAX_REASONS} ${r.problems.length - MAX_REASONS === 1 ? 'reden' : 'redenen'}`);
      for (const reason of reasons) {
        s.text(1, row, workbookText(r.sheetName), 'label');
        s.text(2, row, workbookText(reason), 'warning');
        row++;
      }
    }
  }

  // Chart: the chain gap per scenario.
  if (scenarios.length > 0) {
    row++;
    const chartTop = row;
    s.text(1, chartTop, 'Grafiek: tekort keten per scenario (€)', 'subtitle');
    cols.forEach(({ year, column }) => s.text(column, chartTop, String(year), 'header'));
    row++;
    scenarios.forEach((sc, j) => {
      s.text(2, row, workbookText(sc.sheetName));
      cols.forEach(({ column }) => s.formula(column, row, `=${at(column, chainGapRow[j]!)}`, s.cellAt(at(column, chainGapRow[j]!))?.cached ?? 0, FORMAT.euros, 'output'));
      row++;
    });
    s.chartBelow({ type: 'line', title: `Scenario's: tekort keten (behoefte − begroting ${edition.id})`, dataRange: `B${chartTop}:${columnLetter(lastCol)}${row - 1}`, seriesBy: 'rows', categoryAxisTitle: 'Jaar', valueAxisTitle: '€' });
  }
  s.widthsFrom([34, 34, 16, 16, 16, 16, 16]);
  s.freezeAt(top, 2);
  return s.build();
}
