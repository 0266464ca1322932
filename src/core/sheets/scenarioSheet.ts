import { calibrate } from '../chain/calibration';
import { IND_PRODUCTS } from '../edition/products';
import { IND_PRICE_DRIVER, SINGLE_DRIVERS, YEAR_DRIVERS, prefillContext, type YearDriverKey } from '../chain/driverDeclarations';
import { presetDrivers, type ChainDrivers } from '../chain/drivers';
import { projectChain, type ChainYear } from '../chain/project';
import { carried, printed } from '../chain/published';
import { sensitivity } from '../chain/sensitivity';
import { ORGANISATIONS, type PresetName } from '../chain/types';
import type { Edition, IndProduct } from '../edition/types';
import { absolute, at, columnLetter } from './a1';
import { cleanSheetName } from '../naming';
import { outputAddress, SCENARIO_MARKER_V2, SCENARIO_SHEET_LAYOUT as L, singleDriverAddress, yearDriverAddress, type OutputRow } from './chainLayout';
import { FORMAT } from './formats';
import { localNumber, longDate } from './text';
import { HALF_EURO, SheetBuilder, type SheetOptions } from './sheetBuilder';
import { sourceLine } from './sources';
import { structuralYear } from './yearText';
import { ORG_LABEL, placeChainReference } from './chainReference';
import type { CellStyle, SheetDescription } from './types';

/** Check rows (should be 0) are rounded to the cent in the formula too, so no engine shows float noise there. */
export const toCents = (v: number): number => {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? 0 : r;
};

export interface ScenarioOptions extends SheetOptions {
  /** The controller's name for the scenario; the sheet is "Scenario <name>". */
  readonly name: string;
  readonly preset?: PresetName;
  /** Drivers to prefill; default presetDrivers(edition, preset ?? 'basis'). */
  readonly drivers?: ChainDrivers;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ and no leading/trailing apostrophe (core/naming.ts). */
export const scenarioSheetName = (name: string): string => cleanSheetName(`Scenario ${cleanSheetName(name, '')}`, 'Scenario');

const STATUS_LEGEND: readonly [CellStyle, string][] = [
  ['input', 'invoer: pas aan, de uitkomsten rekenen mee (status per rij in kolom H)'],
  ['published', 'gepubliceerd: zo gedrukt in de bron (tabel en regel in kolom H)'],
  ['derived', 'afgeleid: formule op gepubliceerde cijfers'],
  ['assumed', 'aanname: een vermelde regel, geen bron'],
];

/**
 * A chain scenario (chain-model.md): the drivers as input cells (declared in
 * src/core/chain/driverDeclarations.ts, placed by chainLayout.ts), the
 * outputs per organisation and year as formulas that give what projectChain
 * gives, the gap decomposition (a)(b)(c)(s), published reference rows and the
 * calibration they feed, a chart, a sensitivity table and a legend.
 */
export function scenarioSheet(edition: Edition, options: ScenarioOptions): SheetDescription {
  const drivers = options.drivers ?? presetDrivers(edition, options.preset ?? 'basis');
  const cal = calibrate(edition);
  const outcome = projectChain(edition, drivers);
  const basis = projectChain(edition, presetDrivers(edition, 'basis', drivers.priceVariant));
  const sheetName = scenarioSheetName(options.name);
  const s = new SheetBuilder(edition, 'scenario', sheetName, options);
  const style = options.formulaStyle;
  const years = drivers.years;
  const C0 = L.firstYearColumn;
  const col = (i: number): number => C0 + i;
  const statusCol = C0 + years.length;
  const lastCol = statusCol - 1;
  const first = edition.firstBudgetYear;
  const ctx = prefillContext(edition, drivers.preset, drivers.priceVariant);

  s.text(1, 1, `Scenario ${options.name}: ketenmodel (behoefte, begroting en verschil per organisatie) ${edition.id}`, 'title');
  s.text(1, 2, SCENARIO_MARKER_V2, 'note');
  s.text(2, 2, options.name, 'subtitle');
  s.text(1, 3, sourceLine(edition, ['Tabel 1', 'Tabel 4', 'Tabel 6', 'Tabel 7', 'Tabel 8', 'Tabel 11', 'Tabel 12', 'Tabel 13', 'Tabel 15', 'Tabel 19']), 'source');
  s.text(1, 4, `Geschreven op ${longDate(options.writtenAt)}. Bedragen in euro (€), aantallen in personen of aanvragen. Verschil = behoefte − begroting (positief = tekort).`, 'note');
  s.text(1, 5, 'Gele cellen zijn invoer; alle andere cijfers zijn gepubliceerd, afgeleid (formule) of aanname, zie de legenda onderaan.', 'note');

  // Recorded settings: cells the read-back uses, not prose.
  const record = (row: number, label: string, value: string | number, note: string): void => {
    s.text(1, row, label, 'label');
    // Settings, not figures: text in the label style; the aligned-through year is published (with its citations).
    if (typeof value === 'number') s.value(C0, row, value, '0', 'published', note);
    else s.value(C0, row, value, undefined, 'label');
    s.text(statusCol, row, note, 'note');
  };
  record(L.recordRows.edition, 'Editie', edition.id, edition.name);
  record(L.recordRows.preset, 'Vooraf ingevuld met (preset)', drivers.preset, 'basis, laag of hoog (bandbreedte)');
  record(L.recordRows.priceVariant, 'Prijsvariant COA na de afgestemde jaren', drivers.priceVariant, 'A: prijs laatste afgestemde jaar; B: prijs eerste jaar; C: gemiddelde afgestemde jaren');
  record(L.recordRows.alignedThrough, 'Begroting volgt het MPP t/m', cal.alignedThrough, edition.chain.alignedCitations.join(' · '));

  const yearHeader = (row: number, first: string): void => {
    s.text(1, row, first, 'header');
    s.text(2, row, 'Eenheid', 'header');
    years.forEach((y, i) => s.text(col(i), row, String(y), 'header'));
    s.text(statusCol, row, 'Status en bron', 'header');
  };
  const unitOf = (u: string): string => ({ count: 'aantal', ratio: 'verhouding', eur: '€', factor: 'factor', switch: '1/0' })[u] ?? u;

  // Inputs.
  yearHeader(L.inputsHeader, 'Invoer per jaar (drivers)');
  for (const d of YEAR_DRIVERS) {
    const row = L.yearDriverRow[d.key];
    s.text(1, row, d.label.nl, 'label');
    s.text(2, row, unitOf(d.unit));
    years.forEach((y, i) => s.input(col(i), row, drivers.year[d.key][i]!, d));
    const statuses = years.map((y, i) => `${y} ${d.status(ctx, y, i)}`).join(', ');
    s.text(statusCol, row, `${d.prefilledFrom} · ${statuses}`, 'source');
  }
  s.text(1, L.singlesHeader, 'Invoer voor het hele scenario', 'header');
  s.text(2, L.singlesHeader, 'Eenheid', 'header');
  s.text(C0, L.singlesHeader, 'Waarde', 'header');
  for (const d of SINGLE_DRIVERS) {
    const row = L.singleDriverRow[d.key];
    s.text(1, row, d.label.nl, 'label');
    s.text(2, row, unitOf(d.unit));
    s.input(C0, row, drivers.single[d.key], d);
    s.text(statusCol, row, `${d.prefilledFrom} · ${d.status(ctx)}`, 'source');
  }

  // Reference (published, read-only) and calibration (derived) blocks, below the outputs.
  const ref = placeChainReference(s, edition, { style, years, col, statusCol, top: L.blocksFrom + 1, variantCell: L.record.priceVariant, priceVariant: drivers.priceVariant });
  const { put, R } = ref;

  // Outputs.
  yearHeader(L.outputsHeader, 'Uitkomst (formules)');
  const o = (i: number): ChainYear => outcome[i]!;
  const Y = (key: YearDriverKey, i: number): string => yearDriverAddress(key, i);
  const S = (key: (typeof SINGLE_DRIVERS)[number]['key']): string => absolute(singleDriverAddress(key));
  const O = (key: OutputRow, i: number): string => outputAddress(key, i);
  const out = (key: OutputRow, label: string, unit: string, formula: (i: number) => string, cached: (i: number) => number | string, format: string = FORMAT.euros, rowStyle: CellStyle = 'output'): void => {
    const r = L.outputRow[key];
    s.text(1, r, label, rowStyle === 'total' ? 'total' : 'label');
    s.text(2, r, unit);
    years.forEach((_, i) => s.formula(col(i), r, `=${formula(i)}`, cached(i), format, rowStyle));
  };
  out(
    'asylumInflowEffective',
    'Asielinstroom in het scenario (A × f_A)',
    'aantal',
    (i) => `${Y('asylumInflow', i)}*${S('inflowFactor')}`,
    (i) => o(i).asylumInflow,
    FORMAT.count,
  );
  out(
    'coaInflow',
    'Instroom in de opvang (I = A × f_A × r)',
    'aantal',
    (i) => `${O('asylumInflowEffective', i)}*${Y('coaInflowRatio', i)}`,
    (i) => o(i).coaInflow,
    FORMAT.count,
  );
  out(
    'coaOutflowEffective',
    'Uitstroom uit de opvang in het scenario (O × f_O)',
    'aantal',
    (i) => `${Y('coaOutflow', i)}*${S('outflowFactor')}`,
    (i) => o(i).coaOutflow,
    FORMAT.count,
  );
  out(
    'occupancy',
    'Gemiddelde bezetting COA (B = vorig jaar + I − O)',
    'aantal',
    (i) => {
      const flow = `${i === 0 ? S('startOccupancy') : O('occupancy', i - 1)}+${O('coaInflow', i)}-${O('coaOutflowEffective', i)}`;
      // A negative occupancy is an error, not a number (chain-model.md §2.2).
      return `IF(${flow}<0,NA(),${flow})`;
    },
    (i) => o(i).occupancy,
    FORMAT.count,
  );
  out(
    'impliedStay',
    'Impliciete verblijfsduur (B / O × 12)',
    'maanden',
    (i) => `IF(${O('coaOutflowEffective', i)}>0,${O('occupancy', i)}/${O('coaOutflowEffective', i)}*12,"")`,
    (i) => o(i).impliedStayMonths ?? '',
    FORMAT.months,
  );
  out(
    'littleBeds',
    'Bedden bij Tabel 11-verblijfsduur (I × verblijfsduur / 12), ter vergelijking met B',
    'aantal',
    (i) => `${O('coaInflow', i)}*${R('t11', i)}/12`,
    (i) => (o(i).coaInflow * carried(edition, edition.bindings.coaStay, years[i]!).value) / 12,
    FORMAT.count,
  );
  const count: Record<IndProduct, (i: number) => string> = { asiel: (i) => O('asylumInflowEffective', i), regulier: (i) => Y('indRegularCount', i), naturalisatie: (i) => Y('indNaturalisationCount', i) };
  const price = IND_PRICE_DRIVER;
  for (const p of IND_PRODUCTS)
    out(
      `indVolume_${p}`,
      `IND geprijsd volume ${p} (c × M)`,
      'aantal',
      (i) => `${R(`c${p}`, i)}*${count[p](i)}`,
      (i) => o(i).ind.volume[p],
      FORMAT.count,
    );
  out(
    'indNeed',
    'Behoefte IND (Σ volume × kostprijs + vaste posten − leges)',
    '€',
    (i) => `${IND_PRODUCTS.map((p) => `${O(`indVolume_${p}`, i)}*${Y(price[p], i)}`).join('+')}+${Y('indKetenondersteuning', i)}+${Y('indLumpsum', i)}+${Y('indSpecifiek', i)}+${Y('indOek', i)}+${Y('indDwangsommen', i)}-${Y('indLeges', i)}`,
    (i) => o(i).org.ind.need,
  );
  out(
    'nidosPupils',
    'Nidos pupillen (verhouding × B)',
    'aantal',
    (i) => `${R('rpupils', i)}*${O('occupancy', i)}`,
    (i) => o(i).nidos.pupils,
    FORMAT.count,
  );
  out(
    'nidosInCare',
    'Nidos amv in opvang (verhouding × B; sluitpost, niet gepubliceerd)',
    'aantal',
    (i) => `${R('rinCare', i)}*${O('occupancy', i)}`,
    (i) => o(i).nidos.inCare,
    FORMAT.count,
  );
  out(
    'nidosInflow',
    'Nidos instroom amv (verhouding × A)',
    'aantal',
    (i) => `${R('rinflow', i)}*${O('asylumInflowEffective', i)}`,
    (i) => o(i).nidos.inflow,
    FORMAT.count,
  );
  out(
    'nidosNeed',
    'Behoefte Nidos',
    '€',
    (i) => `${O('nidosPupils', i)}*${Y('nidosGuidance', i)}+${O('nidosInCare', i)}*${Y('nidosCare', i)}+${O('nidosInflow', i)}*${Y('nidosIntake', i)}`,
    (i) => o(i).org.nidos.need,
  );
  out(
    'coaNeed',
    'Behoefte COA (B × p)',
    '€',
    (i) => `${O('occupancy', i)}*${Y('pricePerBed', i)}`,
    (i) => o(i).org.coa.need,
  );
  const cutOn = `${S('cutApplied')}=1`;
  for (const org of ORGANISATIONS) {
    const need = (i: number): string => O(`${org}Need`, i);
    const part = (i: number): string => R(`part${org}`, i);
    const line = o;
    out(
      `${org}Budget`,
      `Begroting ${ORG_LABEL[org]} (Tabel 4; zonder taakstelling + deel)`,
      '€',
      (i) => `${R(`t4${org}`, i)}+IF(${cutOn},0,${part(i)})`,
      (i) => line(i).org[org].budget,
    );
    out(
      `${org}Gap`,
      `Verschil ${ORG_LABEL[org]} (behoefte − begroting)`,
      '€',
      (i) => `${need(i)}-${O(`${org}Budget`, i)}`,
      (i) => line(i).org[org].gap,
      FORMAT.euros,
      'total',
    );
    out(
      `${org}Cut`,
      `  (a) taakstelling ${ORG_LABEL[org]}`,
      '€',
      (i) => `IF(${cutOn},${part(i)},0)`,
      (i) => line(i).org[org].cut,
    );
    out(
      `${org}Reversion`,
      `  (b) niet afgestemd op het MPP / terugval ${ORG_LABEL[org]}`,
      '€',
      (i) => `${R(`basis${org}`, i)}-(${R(`t4${org}`, i)}+${part(i)})`,
      (i) => line(i).org[org].reversion,
    );
    out(
      `${org}Scenario`,
      `  (s) scenario-effect ${ORG_LABEL[org]}`,
      '€',
      (i) => `${need(i)}-${R(`basis${org}`, i)}`,
      (i) => line(i).org[org].scenario,
    );
    out(
      `${org}Residual`,
      `  (c) rest ${ORG_LABEL[org]} (hoort 0 te zijn)`,
      '€',
      (i) => `ROUND(${O(`${org}Gap`, i)}-${O(`${org}Cut`, i)}-${O(`${org}Reversion`, i)}-${O(`${org}Scenario`, i)},2)`,
      (i) => toCents(line(i).org[org].residual),
    );
  }
  const sumOrgs =
    (suffix: string) =>
    (i: number): string =>
      ORGANISATIONS.map((org) => O(`${org}${suffix}` as OutputRow, i)).join('+');
  out('chainNeed', 'Behoefte keten (COA + IND + Nidos)', '€', sumOrgs('Need'), (i) => o(i).chain.need, FORMAT.euros, 'total');
  out('chainBudget', `Begroting keten (${edition.id})`, '€', sumOrgs('Budget'), (i) => o(i).chain.budget, FORMAT.euros, 'total');
  out(
    'chainGap',
    'Verschil keten (behoefte − begroting; positief = tekort)',
    '€',
    (i) => `${O('chainNeed', i)}-${O('chainBudget', i)}`,
    (i) => o(i).chain.gap,
    FORMAT.euros,
    'total',
  );
  out(
    'chainCut',
    '  (a) taakstelling (Tabel 1, hele regel)',
    '€',
    (i) => `IF(${cutOn},-${R('t1', i)},0)`,
    (i) => o(i).chain.cut,
  );
  out('chainReversion', '  (b) niet afgestemd op het MPP / terugval naar Rijksbegroting 2024', '€', sumOrgs('Reversion'), (i) => o(i).chain.reversion);
  out('chainScenario', '  (s) scenario-effect', '€', sumOrgs('Scenario'), (i) => o(i).chain.scenario);
  out(
    'chainResidual',
    '  (c) rest: taakstelling op andere regels dan IND, COA en Nidos',
    '€',
    (i) => `ROUND(${O('chainGap', i)}-${O('chainCut', i)}-${O('chainReversion', i)}-${O('chainScenario', i)},2)`,
    (i) => toCents(o(i).chain.residual),
  );
  // Gaps turn red while need exceeds budget: conditional formatting, so the colour follows an edited input.
  for (const key of [...ORGANISATIONS.map((org) => `${org}Gap` as const), 'chainGap' as const]) s.highlight(`${at(col(0), L.outputRow[key])}:${at(lastCol, L.outputRow[key])}`, HALF_EURO);
  out(
    'odaIndex',
    `ODA-index eerstejaarsopvang ((A vorig + dit jaar) / (${cal.mpp.asylumInflowBefore} + ${cal.mpp.asylumInflow[0]}))`,
    'factor',
    (i) => `(${i === 0 ? absolute(R('t6Aprev', 0)) : O('asylumInflowEffective', i - 1)}+${O('asylumInflowEffective', i)})/(${absolute(R('t6Aprev', 0))}+${absolute(R('t6A', 0))})`,
    (i) => o(i).odaIndex,
    '0.0000',
  );
  out(
    'odaEstimate',
    'Geschatte ODA-toerekening eerstejaarsopvang (schatting, niet gepubliceerd)',
    '€',
    (i) => `${absolute(R('t7', 0))}*${O('odaIndex', i)}`,
    (i) => o(i).odaEstimate,
  );

  // Reconciliation: aligned years against Tabel 4, and the budget per MPP bed (no price).
  s.text(1, ref.row, 'Aansluiting', 'header');
  years.forEach((y, i) => s.text(col(i), ref.row, String(y), 'header'));
  s.text(statusCol, ref.row, 'Toelichting', 'header');
  ref.skip();
  for (const org of ORGANISATIONS)
    put(`rec${org}`, `Behoefte ${ORG_LABEL[org]} − Tabel 4 in de basis (0 in afgestemde jaren)`, '€', 'afgeleid; na de afgestemde jaren is dit het verschil (a) + (b)', (i) => ({
      formula: `ROUND(${R(`basis${org}`, i)}-${R(`t4${org}`, i)},2)`,
      cached: toCents(basis[i]!.org[org].need - cal.budget[org][i]!),
      style: 'derived',
    }));
  put(
    'perMppBed',
    'Begroting per MPP-bed (geen prijs): Tabel 4 COA / MPP-bezetting',
    '€',
    'afgeleid; alleen in afgestemde jaren een prijs (§2.5, P5)',
    (i) => ({ formula: `${R('t4coa', i)}/${R('t6B', i)}`, cached: cal.budget.coa[i]! / cal.mpp.occupancy[i]!, style: 'derived' }),
    '#,##0.00',
  );
  put('ind76050diff', 'IND: Tabel 8 asiel − MPP-asielaanvragen (tekst) × kostprijs (niet verklaard in de bron)', '€', 'afgeleid (§2.4)', (i) =>
    i === 0 ? { formula: `${R('t8asiel', 0)}-${R('ind76050', 0)}*${R('t19asiel', 0)}`, cached: cal.ind.pxqFirst.asiel - printed(edition, edition.bindings.indAsylumApplications) * cal.ind.kostprijs.asiel[0]!, style: 'derived' } : undefined,
  );
  put('indNatDiff', `IND: Tabel 8 naturalisatie − ${localNumber(cal.mpp.naturalisation[0]!)} verzoeken (Tabel 6) × kostprijs`, '€', 'afgeleid (§2.4)', (i) =>
    i === 0 ? { formula: `${R('t8naturalisatie', 0)}-${R('t6Nat', 0)}*${R('t19naturalisatie', 0)}`, cached: cal.ind.pxqFirst.naturalisatie - cal.mpp.naturalisation[0]! * cal.ind.kostprijs.naturalisatie[0]!, style: 'derived' } : undefined,
  );
  put('indRegDiff', 'IND: Tabel 8 regulier − Tabel 6-tellingen regulier × kostprijs (Tabel 6 dekt maar een deel van de producten)', '€', 'afgeleid (§2.4)', (i) =>
    i === 0 ? { formula: `${R('t8regulier', 0)}-${R('t6Reg', 0)}*${R('t19regulier', 0)}`, cached: cal.ind.pxqFirst.regulier - cal.mpp.regular[0]! * cal.ind.kostprijs.regulier[0]!, style: 'derived' } : undefined,
  );
  put('nidosPublishedPart', `Nidos ${first}: gepubliceerd deel (pupillen × begeleiding + instroom × instroomteam)`, '€', 'afgeleid (§3); de rest is de sluitpost', (i) =>
    i === 0
      ? { formula: `${R('t12pup', 0)}*${R('t13guidance', 0)}+${R('t12in', 0)}*${R('t13intake', 0)}`, cached: cal.nidos.pupilsFirst * cal.nidos.unit.guidance[0]! + cal.nidos.inflowFirst * cal.nidos.unit.intake[0]!, style: 'derived' }
      : undefined,
  );
  put('nidosSluitpostPart', `Nidos ${first}: sluitpostdeel (Tabel 4 Nidos − gepubliceerd deel)`, '€', 'afgeleid (§3): amv in opvang × verzorgingskosten; niet gepubliceerd', (i) =>
    i === 0
      ? { formula: `${R('t4nidos', 0)}-${R('nidosPublishedPart', 0)}`, cached: cal.budget.nidos[0]! - (cal.nidos.pupilsFirst * cal.nidos.unit.guidance[0]! + cal.nidos.inflowFirst * cal.nidos.unit.intake[0]!), style: 'derived' }
      : undefined,
  );
  ref.skip();

  // Chart data and chart: need against budget.
  const chartTop = ref.row;
  s.text(1, chartTop, 'Grafiek: behoefte tegen begroting van de keten (€)', 'subtitle');
  years.forEach((y, i) => s.text(col(i), chartTop, String(y), 'header'));
  s.text(2, chartTop + 1, 'Behoefte');
  s.text(2, chartTop + 2, 'Begroting');
  years.forEach((_, i) => {
    s.formula(col(i), chartTop + 1, `=${O('chainNeed', i)}`, o(i).chain.need, FORMAT.euros, 'output');
    s.formula(col(i), chartTop + 2, `=${O('chainBudget', i)}`, o(i).chain.budget, FORMAT.euros, 'output');
  });
  s.chartBelow({ type: 'line', title: `Scenario ${options.name}: behoefte tegen begroting`, dataRange: `B${chartTop}:${columnLetter(lastCol)}${chartTop + 2}`, seriesBy: 'rows', categoryAxisTitle: 'Jaar', valueAxisTitle: '€' });
  let row = chartTop + 4;

  // Sensitivity: cached values computed by the core (recalculating 20 variants of the sheet in cells is not feasible).
  const sensYear = structuralYear(edition, years);
  s.text(1, row, `Gevoeligheid: effect op het verschil van de keten in ${sensYear} van +10% in elke invoer (hele reeks), gesorteerd op grootte`, 'header');
  s.text(2, row, 'Eenheid', 'header');
  s.text(C0, row, 'Effect (€)', 'header');
  s.text(statusCol, row++, 'Status', 'header');
  for (const e of sensitivity(edition, drivers, sensYear)) {
    const d = [...YEAR_DRIVERS, ...SINGLE_DRIVERS].find((x) => x.key === e.key)!;
    s.text(1, row, d.label.nl, 'label');
    s.text(2, row, '€');
    s.value(C0, row, e.effect, FORMAT.euros, 'derived');
    s.text(statusCol, row++, 'vaste waarde berekend door het ketenmodel bij het schrijven (geen formule); rekent niet mee met gewijzigde invoer', 'note');
  }
  row++;

  s.text(1, row++, 'Legenda', 'header');
  for (const [st, text] of STATUS_LEGEND) {
    s.text(1, row, st === 'input' ? 'invoer' : st === 'published' ? 'gepubliceerd' : st === 'derived' ? 'afgeleid' : 'aanname', st);
    s.text(2, row++, text, 'note');
  }

  s.widthsFrom([64, 10, 16, 16, 16, 16, 16, 60]);
  s.freezeAt(L.inputsHeader, 2);
  return s.build();
}
