import type { Edition } from '../edition/types';
import type { Drivers, PresetName, YearDrivers } from '../projection/drivers';
import { presetDrivers } from '../projection/presets';
import { project } from '../projection/project';
import { odaItems } from '../oda/odaShares';
import { absolute, at, columnLetter, rangeOf } from './a1';
import { FORMAT } from './formats';
import { budgetEuros, cutEuros, odaEuros } from './parameters';
import { SCENARIO_LAYOUT as L, SCENARIO_MARKER } from './scenarioLayout';
import { SheetBuilder, type SheetOptions } from './sheetBuilder';
import { sourceLine } from './sources';
import type { SheetDescription } from './types';
import { yearRow } from './yearRow';

export interface ScenarioOptions extends SheetOptions {
  /** The controller's name for the scenario; the sheet is "Scenario <name>". */
  readonly name: string;
  readonly preset?: PresetName;
  /** Drivers to prefill; default presetDrivers(edition, preset ?? 'basis'). */
  readonly drivers?: Drivers;
}

type InputRow = Exclude<keyof typeof L.rows, 'startOccupancy' | 'cutApplied' | 'outputsHeader' | 'occupancy' | 'steadyStateBeds' | 'impliedStayMonths' | 'coaCost' | 'indCost' | 'nidosCost' | 'total' | 'budget' | 'gap' | 'odaEstimate' | 'chartHeader'>;

const INPUTS: readonly { key: InputRow; label: string; unit: string; format: string; get: (d: YearDrivers) => number }[] = [
  { key: 'asylumInflow', label: 'Asielinstroom', unit: 'aantal', format: FORMAT.count, get: (d) => d.asylumInflow },
  { key: 'coaInflow', label: 'Instroom in de opvang (COA)', unit: 'aantal', format: FORMAT.count, get: (d) => d.coaInflow },
  { key: 'coaOutflow', label: 'Uitstroom uit de opvang (COA)', unit: 'aantal', format: FORMAT.count, get: (d) => d.coaOutflow },
  { key: 'stayMonths', label: 'Gemiddelde verblĳfsduur', unit: 'maanden', format: FORMAT.months, get: (d) => d.stayMonths },
  { key: 'pricePerBed', label: 'Prĳs per bezet bed per jaar', unit: '€', format: '#,##0.00', get: (d) => d.pricePerBed },
  { key: 'indVolume.asiel', label: 'IND volume asiel', unit: 'aanvragen', format: FORMAT.count, get: (d) => d.indVolume.asiel },
  { key: 'indVolume.regulier', label: 'IND volume regulier', unit: 'aanvragen', format: FORMAT.count, get: (d) => d.indVolume.regulier },
  { key: 'indVolume.naturalisatie', label: 'IND volume naturalisatie', unit: 'aanvragen', format: FORMAT.count, get: (d) => d.indVolume.naturalisatie },
  { key: 'indPrice.asiel', label: 'IND kostprĳs asiel', unit: '€', format: FORMAT.euros, get: (d) => d.indPrice.asiel },
  { key: 'indPrice.regulier', label: 'IND kostprĳs regulier', unit: '€', format: FORMAT.euros, get: (d) => d.indPrice.regulier },
  { key: 'indPrice.naturalisatie', label: 'IND kostprĳs naturalisatie', unit: '€', format: FORMAT.euros, get: (d) => d.indPrice.naturalisatie },
  { key: 'indOther', label: 'IND overig (lumpsum, specifiek, dwangsommen − leges)', unit: '€', format: FORMAT.euros, get: (d) => d.indOther },
  { key: 'nidosPupils', label: 'Nidos pupillen', unit: 'aantal', format: FORMAT.count, get: (d) => d.nidosPupils },
  { key: 'nidosInCare', label: 'Nidos amv in opvang', unit: 'aantal', format: FORMAT.count, get: (d) => d.nidosInCare },
  { key: 'nidosInflow', label: 'Nidos instroom amv', unit: 'aantal', format: FORMAT.count, get: (d) => d.nidosInflow },
  { key: 'nidosUnitCosts.guidance', label: 'Nidos begeleidingskosten per amv', unit: '€', format: FORMAT.euros, get: (d) => d.nidosUnitCosts.guidance },
  { key: 'nidosUnitCosts.care', label: 'Nidos verzorgingskosten per amv', unit: '€', format: FORMAT.euros, get: (d) => d.nidosUnitCosts.care },
  { key: 'nidosUnitCosts.intake', label: 'Nidos instroomteam per amv', unit: '€', format: FORMAT.euros, get: (d) => d.nidosUnitCosts.intake },
];

/** Excel sheet names: at most 31 characters, none of []:*?/\ and no leading/trailing apostrophe. */
export const scenarioSheetName = (name: string): string => `Scenario ${name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim()}`.slice(0, 31).trim();

const tableSafe = (text: string): string => text.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * A scenario: drivers per year as input cells (prefilled from a preset), and
 * outputs as formulas on those cells that give exactly what `project` gives,
 * so the sheet recalculates when the controller edits an input.
 */
export function scenarioSheet(edition: Edition, options: ScenarioOptions): SheetDescription {
  const drivers = options.drivers ?? presetDrivers(edition, options.preset ?? 'basis');
  const outcome = project(edition, drivers);
  const sheetName = scenarioSheetName(options.name);
  const s = new SheetBuilder(edition, 'scenario', sheetName, options);
  const style = options.formulaStyle;
  s.text(1, 1, `Scenario ${options.name}: kosten van de keten tegen de begroting ${edition.id}`, 'title');
  s.text(1, 2, SCENARIO_MARKER, 'note');
  s.text(2, 2, options.name, 'subtitle');
  s.text(1, 3, sourceLine(edition, ['Tabel 1', 'Tabel 4', 'Tabel 6', 'Tabel 7', 'Tabel 11', 'Tabel 12', 'Tabel 13', 'Tabel 16', 'Tabel 19']), 'source');
  s.text(1, 4, `Editie: ${edition.id} (${edition.name}) · geschreven op ${options.writtenAt} · vooraf ingevuld: ${options.drivers ? 'eigen drivers' : `MPP-${options.preset ?? 'basis'}`}`, 'note');
  s.text(1, 5, 'Gele cellen zĳn invoer: pas ze aan, de uitkomsten rekenen mee. Bedragen in euro’s.', 'note');

  const cols = drivers.years.map((d, i) => ({ year: d.year, column: L.firstYearColumn + i }));
  const lastCol = cols[cols.length - 1]!.column;
  const header = (row: number, first: string): void => {
    s.text(1, row, first, 'header');
    s.text(2, row, 'Eenheid', 'header');
    cols.forEach(({ year, column }) => s.text(column, row, String(year), 'header'));
  };
  header(L.inputsHeader, 'Invoer (drivers)');
  for (const input of INPUTS) {
    const row = L.rows[input.key];
    s.text(1, row, input.label, 'label');
    s.text(2, row, input.unit);
    drivers.years.forEach((d, i) => s.value(cols[i]!.column, row, input.get(d), input.format, 'input'));
  }
  const tableBase = `${tableSafe(sheetName)}`;
  s.table(`${tableBase}_Invoer`, rangeOf(at(1, L.inputsHeader), at(lastCol, L.rows['nidosUnitCosts.intake'])));
  const first = L.firstYearColumn;
  s.text(1, L.rows.startOccupancy, `Gemiddelde bezetting ${drivers.years[0]!.year - 1} (startwaarde)`, 'label');
  s.text(2, L.rows.startOccupancy, 'aantal');
  s.value(first, L.rows.startOccupancy, drivers.startOccupancy, FORMAT.count, 'input');
  s.text(1, L.rows.cutApplied, 'Taakstelling Beperken asielinstroom toegepast (1 = ja, 0 = nee)', 'label');
  s.text(2, L.rows.cutApplied, '1/0');
  s.value(first, L.rows.cutApplied, drivers.cutApplied ? 1 : 0, '0', 'input');

  header(L.rows.outputsHeader, 'Uitkomst (formules)');
  const r = L.rows;
  const ref = (key: keyof typeof L.rows, c: number): string => at(c, L.rows[key]);
  const out = (key: keyof typeof r, label: string, unit: string, format: string, f: (c: number, i: number) => string, value: (i: number) => number | null, rowStyle: 'output' | 'total' = 'output'): void => {
    s.text(2, r[key], unit);
    yearRow(s, r[key], label, cols, (_y, c) => {
      const i = c - first;
      return { formula: f(c, i), cached: (value(i) ?? '') as number };
    }, format, rowStyle);
  };
  const o = (i: number) => outcome[i]!;
  out('occupancy', 'Gemiddelde bezetting (vorig jaar + instroom − uitstroom)', 'aantal', FORMAT.count, (c, i) => `${i === 0 ? absolute(ref('startOccupancy', first)) : ref('occupancy', c - 1)}+${ref('coaInflow', c)}-${ref('coaOutflow', c)}`, (i) => o(i).occupancy);
  out('steadyStateBeds', 'Bedden volgens Little (instroom × verblĳfsduur / 12)', 'aantal', FORMAT.count, (c) => `${ref('coaInflow', c)}*${ref('stayMonths', c)}/12`, (i) => o(i).steadyStateBeds);
  out('impliedStayMonths', 'Impliciete verblĳfsduur (bezetting / uitstroom × 12)', 'maanden', FORMAT.months, (c) => `IF(${ref('coaOutflow', c)}>0,${ref('occupancy', c)}/${ref('coaOutflow', c)}*12,"")`, (i) => o(i).impliedStayMonths);
  out('coaCost', 'Kosten COA (bezetting × prĳs per bed)', '€', FORMAT.euros, (c) => `ROUND(${ref('occupancy', c)}*${ref('pricePerBed', c)},2)`, (i) => o(i).coaCost);
  out('indCost', 'Kosten IND (pxq + overig)', '€', FORMAT.euros, (c) => `ROUND(${ref('indVolume.asiel', c)}*${ref('indPrice.asiel', c)}+${ref('indVolume.regulier', c)}*${ref('indPrice.regulier', c)}+${ref('indVolume.naturalisatie', c)}*${ref('indPrice.naturalisatie', c)}+${ref('indOther', c)},2)`, (i) => o(i).indCost);
  out('nidosCost', 'Kosten Nidos (pupillen, amv in opvang, instroom)', '€', FORMAT.euros, (c) => `ROUND(${ref('nidosPupils', c)}*${ref('nidosUnitCosts.guidance', c)}+${ref('nidosInCare', c)}*${ref('nidosUnitCosts.care', c)}+${ref('nidosInflow', c)}*${ref('nidosUnitCosts.intake', c)},2)`, (i) => o(i).nidosCost);
  out('total', 'Totaal kosten keten', '€', FORMAT.euros, (c) => `ROUND(${ref('coaCost', c)}+${ref('indCost', c)}+${ref('nidosCost', c)},2)`, (i) => o(i).total, 'total');
  const b = edition.bindings;
  out('budget', `Begroting ${edition.id} (IND + COA + NIDOS)`, '€', FORMAT.euros, (c, i) => {
    const year = cols[i]!.year;
    const lines = [b.indContribution.row, b.coaContribution.row, b.nidosContribution.row].map((k) => budgetEuros(edition, style, k, year).formula).join('+');
    return `ROUND(${lines}-IF(${absolute(ref('cutApplied', first))}=1,0,${cutEuros(edition, style, year).formula}),2)`;
  }, (i) => o(i).budget, 'total');
  out('gap', 'Verschil (begroting − kosten; negatief = tekort)', '€', FORMAT.euros, (c) => `ROUND(${ref('budget', c)}-${ref('total', c)},2)`, (i) => o(i).gap, 'total');
  const costRow: Record<string, keyof typeof r> = { [b.coaContribution.row]: 'coaCost', [b.indContribution.row]: 'indCost', [b.nidosContribution.row]: 'nidosCost' };
  out('odaEstimate', `Geschatte ODA-toerekening (aandelen ${edition.firstBudgetYear} uit Tabel 7)`, '€', FORMAT.euros, (c, i) => {
    const terms = odaItems(edition).map((item) => {
      const amount = odaEuros(edition, style, item.key).formula;
      if (item.share === null || item.line === null) return amount;
      const share = `(${amount}/(${budgetEuros(edition, style, item.line, edition.firstBudgetYear).formula}))`;
      const row = costRow[item.line];
      return `${share}*${row ? ref(row, c) : `(${budgetEuros(edition, style, item.line, cols[i]!.year).formula})`}`;
    });
    return `ROUND(${terms.join('+')},2)`;
  }, (i) => o(i).odaEstimate);
  s.table(`${tableBase}_Uitkomst`, rangeOf(at(1, r.outputsHeader), at(lastCol, r.odaEstimate)));

  // Chart data: total cost against the budget, next to each other per year.
  s.text(1, r.chartHeader, 'Grafiek: kosten tegen begroting (€)', 'subtitle');
  cols.forEach(({ year, column }) => s.text(column, r.chartHeader, String(year), 'header'));
  yearRow(s, r.chartHeader + 1, 'Totaal kosten keten', cols, (_y, c) => ({ formula: ref('total', c), cached: o(c - first).total }), FORMAT.euros);
  yearRow(s, r.chartHeader + 2, `Begroting ${edition.id}`, cols, (_y, c) => ({ formula: ref('budget', c), cached: o(c - first).budget }), FORMAT.euros);
  // Series names in column B, so the chart's categories are the years only.
  s.text(2, r.chartHeader + 1, 'Kosten');
  s.text(2, r.chartHeader + 2, 'Begroting');
  s.chart({ type: 'line', title: `Scenario ${options.name}: kosten tegen begroting`, dataRange: `B${r.chartHeader}:${columnLetter(lastCol)}${r.chartHeader + 2}`, seriesBy: 'rows', from: at(lastCol + 2, L.inputsHeader), to: at(lastCol + 10, L.inputsHeader + 18) });

  s.widthsFrom([58, 10, 16, 16, 16, 16, 16]);
  s.freezeAt(L.inputsHeader, 2);
  return s.build();
}
