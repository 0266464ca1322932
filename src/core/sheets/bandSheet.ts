import { calibrate } from '../chain/calibration';
import { IND_PRODUCTS } from '../edition/products';
import { IND_PRICE_DRIVER, prefillContext, SINGLE_DRIVERS, YEAR_DRIVERS, type PrefillContext, type YearDriverKey } from '../chain/driverDeclarations';
import { presetDrivers, type ChainDrivers } from '../chain/drivers';
import { projectChain, type ChainYear } from '../chain/project';
import { ORGANISATIONS, type FigureStatus, type Organisation, type PresetName } from '../chain/types';
import type { Edition, PriceVariant } from '../edition/types';
import { absolute, at, columnLetter } from './a1';
import { FORMAT } from './formats';
import { budgetEuros } from './parameters';
import { HALF_EURO, SheetBuilder, type SheetOptions } from './sheetBuilder';
import { sourceLine } from './sources';
import type { SheetDescription } from './types';

export const BAND_SHEET_NAME = 'Bandbreedte';

/** The bands side by side, low first (chain-model.md §7). */
export const BANDS: readonly PresetName[] = ['laag', 'basis', 'hoog'];
/** The bands whose factors the controller edits; the basis is factor 1 by definition. */
export type EditableBand = Exclude<PresetName, 'basis'>;

export interface BandFactors {
  /** f_A: factor on the asylum inflow, every year. */
  readonly inflow: number;
  /** f_O: factor on the outflow from reception, every year. */
  readonly outflow: number;
}

export interface BandOptions extends SheetOptions {
  /** Band factors to prefill; default the edition's (low 0,8 / 1,1, high 1,2 / 0,9). */
  readonly factors?: Partial<Record<EditableBand, BandFactors>>;
  /** COA price variant of the years the budget is not aligned; default the edition's. */
  readonly priceVariant?: PriceVariant;
}

/** The drivers of one band: the basis preset's drivers with the band's factors. */
export function bandDrivers(edition: Edition, band: PresetName, options: Pick<BandOptions, 'factors' | 'priceVariant'> = {}): ChainDrivers {
  const variant = options.priceVariant ?? edition.chain.priceVariant;
  const drivers = presetDrivers(edition, band, variant);
  const factors = band === 'basis' ? undefined : options.factors?.[band];
  if (!factors) return drivers;
  return { ...drivers, single: { ...drivers.single, inflowFactor: factors.inflow, outflowFactor: factors.outflow } };
}

const LABEL = { laag: 'Laag', basis: 'Basis', hoog: 'Hoog' } as const;
const STATUS_TEXT: Record<FigureStatus, string> = { gepubliceerd: 'gepubliceerd', afgeleid: 'afgeleid', aanname: 'aanname' };

/** "gepubliceerd; 2029 aanname": a row's status per year in one cell. */
function statusSummary(years: readonly number[], status: (year: number, i: number) => FigureStatus): string {
  const groups = new Map<FigureStatus, number[]>();
  years.forEach((y, i) => {
    const s = status(y, i);
    groups.set(s, [...(groups.get(s) ?? []), y]);
  });
  const entries = [...groups.entries()];
  if (entries.length === 1) return STATUS_TEXT[entries[0]![0]];
  const main = entries.reduce((a, b) => (b[1].length > a[1].length ? b : a));
  return [STATUS_TEXT[main[0]], ...entries.filter((e) => e !== main).map(([s, ys]) => `${ys.join(', ')} ${STATUS_TEXT[s]}`)].join('; ');
}

/** The output rows of each band block, in sheet order. */
const BAND_ROWS = ['asylumInflow', 'coaInflow', 'coaOutflow', 'occupancy', 'coaNeed', 'indNeed', 'nidosNeed', 'chainNeed', 'chainBudget', 'coaGap', 'indGap', 'nidosGap', 'chainGap', 'chainScenario'] as const;
export type BandRow = (typeof BAND_ROWS)[number];

const cents = (x: number): number => (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;

/** What the core says each band row is worth in a year: the cached value of its formula (gaps to the cent, as the formula rounds them). */
export const bandRowValue = (o: ChainYear, row: BandRow): number => {
  switch (row) {
    case 'asylumInflow':
    case 'coaInflow':
    case 'coaOutflow':
    case 'occupancy':
      return o[row];
    case 'coaNeed':
    case 'indNeed':
    case 'nidosNeed':
      return o.org[row.slice(0, -4) as Organisation].need;
    case 'coaGap':
    case 'indGap':
    case 'nidosGap':
      return cents(o.org[row.slice(0, -3) as Organisation].gap);
    case 'chainNeed':
      return o.chain.need;
    case 'chainBudget':
      return o.chain.budget;
    case 'chainGap':
      return cents(o.chain.gap);
    case 'chainScenario':
      return cents(o.chain.scenario);
  }
};

const FIRST_YEAR_COLUMN = 3;
const FACTOR_TOP = 7;

/** Where the band sheet puts things; tests and the README's figures find cells here. */
export interface BandLayout {
  /** Input cells of the factors (low and high); the basis column holds a constant 1. */
  readonly factor: Readonly<Record<PresetName, { readonly inflow: string; readonly outflow: string }>>;
  /** Row of each band output, per band; year i in column C + i. */
  readonly bandRow: Readonly<Record<PresetName, Readonly<Record<BandRow, number>>>>;
  readonly firstYearColumn: number;
}

/**
 * *Bandbreedte* (chain-model.md §7): low, basis and high side by side over
 * the projection years. The band factors f_A (asylum inflow) and f_O
 * (outflow) are the only inputs; the basis drivers and the calibrated
 * parameters stand on the sheet as reference rows with their status, and
 * every band figure is a formula on them whose cached value is the core's
 * projection. Prices, kostprijzen, unit costs, the IND items, budget and
 * cut are not varied (§7).
 */
export function bandSheet(edition: Edition, options: BandOptions): SheetDescription & { readonly layout: BandLayout } {
  const variant = options.priceVariant ?? edition.chain.priceVariant;
  const factors: Record<PresetName, BandFactors> = {
    laag: options.factors?.laag ?? edition.chain.bands.laag,
    basis: { inflow: 1, outflow: 1 },
    hoog: options.factors?.hoog ?? edition.chain.bands.hoog,
  };
  const outcomes = Object.fromEntries(BANDS.map((b) => [b, projectChain(edition, bandDrivers(edition, b, { factors, priceVariant: variant }))])) as Record<PresetName, ChainYear[]>;
  const basis = presetDrivers(edition, 'basis', variant);
  const cal = calibrate(edition);
  const ctx: PrefillContext = prefillContext(edition, 'basis', variant);
  const years = basis.years;
  const cols = years.map((year, i) => ({ year, column: FIRST_YEAR_COLUMN + i }));
  const lastCol = FIRST_YEAR_COLUMN + years.length - 1;
  const sourceCol = lastCol + 1;
  const style = options.formulaStyle;

  const s = new SheetBuilder(edition, 'band', BAND_SHEET_NAME, options);
  s.heading(
    `Bandbreedte ${years[0]}–${years[years.length - 1]}: laag, basis en hoog naast elkaar`,
    'Bedragen in euro’s; aantallen in personen of bedden. Tekort = behoefte − begroting (positief = tekort).',
    `${sourceLine(edition, ['Tabel 1', 'Tabel 4', 'Tabel 6', 'Tabel 8', 'Tabel 12', 'Tabel 13', 'Tabel 15', 'Tabel 19'])}; bandbreedte: aanname`,
  );
  s.text(
    1,
    5,
    `Gele cellen zijn invoer: de bandbreedte (aanname; geen bron geeft breedtes). Alleen de asielinstroom (× f_A) en de uitstroom uit de opvang (× f_O, lager = langer verblijf) variëren; prijzen, kostprijzen, posten, begroting en taakstelling niet. Prijsvariant COA: ${variant}.`,
    'note',
  );

  // Band factors: the only inputs.
  s.text(1, FACTOR_TOP, 'Bandbreedte (aanname)', 'header');
  s.text(2, FACTOR_TOP, 'Status', 'header');
  BANDS.forEach((b, i) => s.text(FIRST_YEAR_COLUMN + i, FACTOR_TOP, LABEL[b], 'header'));
  const factorRow = { inflow: FACTOR_TOP + 1, outflow: FACTOR_TOP + 2 };
  const inflowDecl = SINGLE_DRIVERS.find((d) => d.key === 'inflowFactor')!;
  const outflowDecl = SINGLE_DRIVERS.find((d) => d.key === 'outflowFactor')!;
  s.text(1, factorRow.inflow, `${inflowDecl.label.nl}`, 'label');
  s.text(1, factorRow.outflow, `${outflowDecl.label.nl}`, 'label');
  s.text(2, factorRow.inflow, 'aanname (bandbreedte)');
  s.text(2, factorRow.outflow, 'aanname (bandbreedte)');
  const factorCell = {} as Record<PresetName, { inflow: string; outflow: string }>;
  BANDS.forEach((b, i) => {
    const column = FIRST_YEAR_COLUMN + i;
    const editable = b !== 'basis';
    factorCell[b] = {
      inflow: editable ? s.input(column, factorRow.inflow, factors[b].inflow, inflowDecl) : s.value(column, factorRow.inflow, factors[b].inflow, inflowDecl.format, 'label'),
      outflow: editable ? s.input(column, factorRow.outflow, factors[b].outflow, outflowDecl) : s.value(column, factorRow.outflow, factors[b].outflow, outflowDecl.format, 'label'),
    };
  });
  s.text(sourceCol, factorRow.inflow, 'Basis = 1 (geen variatie). Standaard laag 0,8 / hoog 1,2: aanname, geen bron.', 'source');
  s.text(sourceCol, factorRow.outflow, 'Basis = 1. Standaard laag 1,1 / hoog 0,9: aanname, geen bron.', 'source');

  // Reference block: the basis drivers and calibrated parameters the formulas read (not inputs here).
  let row = factorRow.outflow + 2;
  const header = (first: string, second = 'Status'): void => {
    s.text(1, row, first, 'header');
    s.text(2, row, second, 'header');
    cols.forEach(({ year, column }) => s.text(column, row, String(year), 'header'));
    s.text(sourceCol, row, 'Bron / regel', 'header');
    row++;
  };
  header(`Basisdrivers (MPP-basis, prijsvariant ${variant}) en kalibratie: referentie, niet gevarieerd`);
  const driverRow = {} as Record<YearDriverKey, number>;
  for (const d of YEAR_DRIVERS) {
    driverRow[d.key] = row;
    s.text(1, row, d.label.nl, 'label');
    s.text(
      2,
      row,
      statusSummary(years, (y, i) => d.status(ctx, y, i)),
    );
    cols.forEach(({ column }, i) => s.value(column, row, basis.year[d.key][i]!, d.format));
    s.text(sourceCol, row, d.prefilledFrom, 'source');
    row++;
  }
  const startDecl = SINGLE_DRIVERS.find((d) => d.key === 'startOccupancy')!;
  const startRow = row++;
  s.text(1, startRow, startDecl.label.nl, 'label');
  s.text(2, startRow, STATUS_TEXT[startDecl.status(ctx)]);
  s.value(FIRST_YEAR_COLUMN, startRow, basis.single.startOccupancy, startDecl.format);
  s.text(sourceCol, startRow, startDecl.prefilledFrom, 'source');

  const calRow = (label: string, values: readonly number[], source: string, format = '0.000000'): number => {
    const r = row++;
    s.text(1, r, label, 'label');
    s.text(2, r, 'afgeleid (kalibratie)');
    cols.forEach(({ column }, i) => s.value(column, r, values[i]!, format));
    s.text(sourceCol, r, source, 'source');
    return r;
  };
  const perCountRow = Object.fromEntries(
    IND_PRODUCTS.map((p) => [p, calRow(`IND geprijsde producten per MPP-telling (c ${p})`, cal.ind.perCount[p], `Tabel 8 pxq / kostprijs / MPP-telling ${cal.first}; ${cal.first + 1}: × k; daarna doorgetrokken (§2.4)`)]),
  ) as Record<(typeof IND_PRODUCTS)[number], number>;
  const nidosRatioRow = {
    pupils: calRow('Nidos pupillen per COA-bed', cal.nidos.ratio.pupils, `Tabel 12 ${cal.first} / bezetting; ${cal.first + 1}: × kN; daarna doorgetrokken (§2.7, aanname)`),
    inCare: calRow('Nidos amv in opvang per COA-bed (sluitpost op Tabel 4)', cal.nidos.ratio.inCare, 'Sluitpost op Tabel 4 NIDOS - opvang / bezetting (§2.7, niet gepubliceerd)'),
    inflow: calRow('Nidos instroom amv per asielinstroom', cal.nidos.ratio.inflow, `Tabel 12 ${cal.first} / asielinstroom; ${cal.first + 1}: × kN; daarna doorgetrokken (§2.7)`),
  };
  const b = edition.bindings;
  const budgetKey: Record<Organisation, string> = { coa: b.coaContribution.row, ind: b.indContribution.row, nidos: b.nidosContribution.row };
  const ORG_LABEL: Record<Organisation, string> = { coa: 'COA', ind: 'IND', nidos: 'Nidos' };
  const budgetRow = {} as Record<Organisation, number>;
  for (const org of ORGANISATIONS) {
    const r = row++;
    budgetRow[org] = r;
    s.text(1, r, `Begroting ${ORG_LABEL[org]} (Tabel 4, taakstelling toegepast)`, 'label');
    s.text(2, r, 'gepubliceerd');
    cols.forEach(({ year, column }) => {
      const published = budgetEuros(edition, style, budgetKey[org], year);
      s.formula(column, r, `=${published.formula}`, published.value, FORMAT.euros, 'output');
    });
    s.text(sourceCol, r, `Tabel 4 ${budgetKey[org].toUpperCase()}`, 'source');
  }

  // One block per band: every cell a formula on the factors and the reference rows.
  const bandRow = {} as Record<PresetName, Record<BandRow, number>>;
  const ref = (r: number, c: number): string => at(c, r);
  // Blocks of equal size, one after the other: a band's (s) row reads the basis block below or above it.
  const blocksTop = row;
  const planned = (band: PresetName, key: BandRow): number => blocksTop + 1 + BANDS.indexOf(band) * (2 + BAND_ROWS.length) + 1 + BAND_ROWS.indexOf(key);
  for (const band of BANDS) {
    row++;
    header(`${LABEL[band]} (f_A in ${factorCell[band].inflow}, f_O in ${factorCell[band].outflow})`, 'Eenheid');
    const rows = {} as Record<BandRow, number>;
    BAND_ROWS.forEach((k) => (rows[k] = row++));
    if (rows.chainNeed !== planned(band, 'chainNeed')) throw new Error('band sheet: blocks are not laid out as planned');
    bandRow[band] = rows;
    const fA = absolute(factorCell[band].inflow);
    const fO = absolute(factorCell[band].outflow);
    const d = (key: YearDriverKey, c: number): string => ref(driverRow[key], c);
    const formulas: Record<BandRow, (c: number, i: number) => string> = {
      asylumInflow: (c) => `${d('asylumInflow', c)}*${fA}`,
      coaInflow: (c) => `${ref(rows.asylumInflow, c)}*${d('coaInflowRatio', c)}`,
      coaOutflow: (c) => `${d('coaOutflow', c)}*${fO}`,
      occupancy: (c, i) => `${i === 0 ? absolute(at(FIRST_YEAR_COLUMN, startRow)) : ref(rows.occupancy, c - 1)}+${ref(rows.coaInflow, c)}-${ref(rows.coaOutflow, c)}`,
      coaNeed: (c) => `${ref(rows.occupancy, c)}*${d('pricePerBed', c)}`,
      indNeed: (c) =>
        [
          `${ref(perCountRow.asiel, c)}*${ref(rows.asylumInflow, c)}*${d(IND_PRICE_DRIVER.asiel, c)}`,
          `${ref(perCountRow.regulier, c)}*${d('indRegularCount', c)}*${d(IND_PRICE_DRIVER.regulier, c)}`,
          `${ref(perCountRow.naturalisatie, c)}*${d('indNaturalisationCount', c)}*${d(IND_PRICE_DRIVER.naturalisatie, c)}`,
          d('indKetenondersteuning', c),
          d('indLumpsum', c),
          d('indSpecifiek', c),
          d('indOek', c),
          d('indDwangsommen', c),
        ].join('+') + `-${d('indLeges', c)}`,
      nidosNeed: (c) =>
        `${ref(nidosRatioRow.pupils, c)}*${ref(rows.occupancy, c)}*${d('nidosGuidance', c)}+${ref(nidosRatioRow.inCare, c)}*${ref(rows.occupancy, c)}*${d('nidosCare', c)}+${ref(nidosRatioRow.inflow, c)}*${ref(rows.asylumInflow, c)}*${d('nidosIntake', c)}`,
      chainNeed: (c) => `${ref(rows.coaNeed, c)}+${ref(rows.indNeed, c)}+${ref(rows.nidosNeed, c)}`,
      chainBudget: (c) => ORGANISATIONS.map((o) => ref(budgetRow[o], c)).join('+'),
      // Gaps to the cent: in the aligned years need and budget agree, and the difference is float noise (1e-7) that engines round differently.
      coaGap: (c) => `ROUND(${ref(rows.coaNeed, c)}-${ref(budgetRow.coa, c)},2)`,
      indGap: (c) => `ROUND(${ref(rows.indNeed, c)}-${ref(budgetRow.ind, c)},2)`,
      nidosGap: (c) => `ROUND(${ref(rows.nidosNeed, c)}-${ref(budgetRow.nidos, c)},2)`,
      chainGap: (c) => `ROUND(${ref(rows.chainNeed, c)}-${ref(rows.chainBudget, c)},2)`,
      chainScenario: (c) => `ROUND(${ref(rows.chainNeed, c)}-${ref(planned('basis', 'chainNeed'), c)},2)`,
    };
    const META: Record<BandRow, { label: string; unit: string; format: string }> = {
      asylumInflow: { label: 'Asielinstroom × f_A', unit: 'personen', format: FORMAT.count },
      coaInflow: { label: 'Instroom in de opvang (A × f_A × r)', unit: 'personen', format: FORMAT.count },
      coaOutflow: { label: 'Uitstroom uit de opvang (O × f_O)', unit: 'personen', format: FORMAT.count },
      occupancy: { label: 'Gemiddelde bezetting COA (vorig jaar + instroom − uitstroom)', unit: 'bedden', format: FORMAT.count },
      coaNeed: { label: 'Behoefte COA (bezetting × prijs per bed)', unit: '€', format: FORMAT.euros },
      indNeed: { label: 'Behoefte IND (pxq + posten − leges)', unit: '€', format: FORMAT.euros },
      nidosNeed: { label: 'Behoefte Nidos (pupillen, amv in opvang, instroom)', unit: '€', format: FORMAT.euros },
      chainNeed: { label: 'Behoefte keten (COA + IND + Nidos)', unit: '€', format: FORMAT.euros },
      chainBudget: { label: 'Begroting keten (Tabel 4 COA + IND + Nidos)', unit: '€', format: FORMAT.euros },
      coaGap: { label: 'Tekort COA (behoefte − begroting)', unit: '€', format: FORMAT.euros },
      indGap: { label: 'Tekort IND (behoefte − begroting)', unit: '€', format: FORMAT.euros },
      nidosGap: { label: 'Tekort Nidos (behoefte − begroting)', unit: '€', format: FORMAT.euros },
      chainGap: { label: 'Tekort keten (behoefte − begroting)', unit: '€', format: FORMAT.euros },
      chainScenario: { label: 'Scenario-effect (s): behoefte keten − behoefte basis', unit: '€', format: FORMAT.euros },
    };
    for (const k of BAND_ROWS) {
      const total = k === 'chainNeed' || k === 'chainGap';
      s.text(1, rows[k], `${LABEL[band]}: ${META[k].label}`, total ? 'total' : 'label');
      s.text(2, rows[k], META[k].unit);
      cols.forEach(({ column }, i) => s.formula(column, rows[k], `=${formulas[k](column, i)}`, bandRowValue(outcomes[band][i]!, k), META[k].format, total ? 'total' : 'output'));
      if (k === 'coaGap' || k === 'indGap' || k === 'nidosGap' || k === 'chainGap') s.highlight(`${at(FIRST_YEAR_COLUMN, rows[k])}:${at(lastCol, rows[k])}`, HALF_EURO);
    }
    s.text(sourceCol, rows.occupancy, 'afgeleid: stroom B = B(j−1) + I − O (§2.2)', 'source');
  }

  // Chart data: the band of the chain's need against the budget, and of the occupancy.
  const chartBlock = (title: string, key: BandRow, withBudget: boolean, chartTitle: string): void => {
    row++;
    const top = row;
    s.text(1, top, title, 'subtitle');
    cols.forEach(({ year, column }) => s.text(column, top, String(year), 'header'));
    row++;
    for (const band of BANDS) {
      s.text(2, row, LABEL[band]);
      cols.forEach(({ column }, i) => s.formula(column, row, `=${ref(bandRow[band][key], column)}`, bandRowValue(outcomes[band][i]!, key), key === 'occupancy' ? FORMAT.count : FORMAT.euros, 'output'));
      row++;
    }
    if (withBudget) {
      s.text(2, row, 'Begroting');
      cols.forEach(({ column }, i) => s.formula(column, row, `=${ref(bandRow.basis.chainBudget, column)}`, bandRowValue(outcomes.basis[i]!, 'chainBudget'), FORMAT.euros, 'output'));
      row++;
    }
    s.chartBelow({ type: 'line', title: chartTitle, dataRange: `B${top}:${columnLetter(lastCol)}${row - 1}`, seriesBy: 'rows', categoryAxisTitle: 'Jaar', valueAxisTitle: key === 'occupancy' ? 'bedden' : '€' });
  };
  chartBlock('Grafiek: behoefte keten per band tegen de begroting (€)', 'chainNeed', true, 'Bandbreedte: behoefte keten (laag, basis, hoog) tegen de begroting');
  chartBlock('Grafiek: gemiddelde bezetting COA per band (bedden)', 'occupancy', false, 'Bandbreedte: gemiddelde bezetting COA (laag, basis, hoog)');

  row++;
  s.text(1, row++, 'Legenda: gepubliceerd = staat zo in de bron (tabel en regel in de laatste kolom); afgeleid = formule op gepubliceerde cijfers of kalibratie in de afgestemde jaren; aanname = vastgestelde regel (zie bron).', 'note');
  s.text(1, row++, `Afgestemd op het MPP t/m ${edition.chain.alignedThrough}: ${edition.chain.alignedCitations.join(' · ')}`, 'note');
  s.text(
    1,
    row++,
    'Bandbreedtes ramen de volumes, niet prijzen of budgetten: OB2025 kent geen bandbreedtes (L1136-1138); de heroriëntatie noemt alleen het advies van de Staatscommissie om bandbreedtes voor aantallen te ramen (004:L5646-5652).',
    'note',
  );

  s.widthsFrom([62, 24, 16, 16, 16, 16, 16, 70]);
  return { ...s.build(), layout: { factor: factorCell, bandRow, firstYearColumn: FIRST_YEAR_COLUMN } };
}
