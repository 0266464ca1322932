import { calibrate, IND_PRODUCTS } from '../chain/calibration';
import { SINGLE_DRIVERS, YEAR_DRIVERS, prefillContext, type YearDriverKey } from '../chain/driverDeclarations';
import { presetDrivers, type ChainDrivers } from '../chain/drivers';
import { projectChain, type ChainYear } from '../chain/project';
import { sensitivity } from '../chain/sensitivity';
import { ORGANISATIONS, type Organisation, type PresetName } from '../chain/types';
import type { Edition, IndProduct } from '../edition/types';
import { absolute, at, columnLetter } from './a1';
import { outputAddress, SCENARIO_MARKER_V2, SCENARIO_SHEET_LAYOUT as L, singleDriverAddress, yearDriverAddress, type OutputRow } from './chainLayout';
import { FORMAT } from './formats';
import { budgetEuros, cutEuros, indPriceEuros, odaEuros } from './parameters';
import { SheetBuilder, type SheetOptions } from './sheetBuilder';
import { sourceLine } from './sources';
import type { CellStyle, SheetDescription } from './types';

export interface ScenarioOptions extends SheetOptions {
  /** The controller's name for the scenario; the sheet is "Scenario <name>". */
  readonly name: string;
  readonly preset?: PresetName;
  /** Drivers to prefill; default presetDrivers(edition, preset ?? 'basis'). */
  readonly drivers?: ChainDrivers;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ and no leading/trailing apostrophe. */
export const scenarioSheetName = (name: string): string => `Scenario ${name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim()}`.slice(0, 31).trim();

const ORG_LABEL: Record<Organisation, string> = { coa: 'COA', ind: 'IND', nidos: 'Nidos' };
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
  s.text(1, 4, `Geschreven op ${options.writtenAt}. Bedragen in euro (€), aantallen in personen of aanvragen. Verschil = behoefte − begroting (positief = tekort).`, 'note');
  s.text(1, 5, 'Gele cellen zijn invoer; alle andere cijfers zijn gepubliceerd, afgeleid (formule) of aanname, zie de legenda onderaan.', 'note');

  // Recorded settings: cells the read-back uses, not prose.
  const record = (row: number, label: string, value: string | number, note: string): void => {
    s.text(1, row, label, 'label');
    s.value(C0, row, value, undefined, 'derived');
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
    years.forEach((y, i) => s.put({ address: at(col(i), row), value: drivers.year[d.key][i]!, format: d.format, style: 'input', locked: false }));
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
    s.put({ address: at(C0, row), value: drivers.single[d.key], format: d.format, style: 'input', locked: false });
    s.text(statusCol, row, `${d.prefilledFrom} · ${d.status(ctx)}`, 'source');
  }

  // Reference (published, read-only) and calibration (derived) blocks, below the outputs.
  let row = L.blocksFrom + 1;
  const refRow: Record<string, number> = {};
  const put = (key: string, label: string, unit: string, status: string, cell: (i: number) => { formula?: string; value?: number; cached?: number; style: CellStyle } | undefined, format: string = FORMAT.euros): number => {
    const r = row++;
    refRow[key] = r;
    s.text(1, r, label, 'label');
    s.text(2, r, unit);
    years.forEach((_, i) => {
      const c = cell(i);
      if (!c) return;
      if (c.formula !== undefined) s.formula(col(i), r, c.formula.startsWith('=') ? c.formula : `=${c.formula}`, c.cached ?? 0, format, c.style);
      else s.value(col(i), r, c.value ?? 0, format, c.style);
    });
    s.text(statusCol, r, status, 'source');
    return r;
  };
  const R = (key: string, i: number): string => at(col(i), refRow[key]!);
  const carriedCell = (values: readonly number[], printedIn: (y: number) => boolean, key: string) => (i: number) =>
    printedIn(years[i]!) || i === 0 ? { value: values[i]!, style: 'published' as const } : { formula: R(key, i - 1), cached: values[i]!, style: 'assumed' as const };
  const t6 = (row6: string) => (y: number): boolean => y <= 2028 && edition.tables.find((t) => t.id === 'tabel6')!.columns.includes(String(y)) && row6 !== '';

  s.text(1, row, 'Gepubliceerde referentie (alleen lezen; voedt de kalibratie en de basis)', 'header');
  years.forEach((y, i) => s.text(col(i), row, String(y), 'header'));
  s.text(statusCol, row++, 'Status en bron', 'header');
  put('t6A', 'Tabel 6 Asielinstroom (MPP)', 'aantal', 'gepubliceerd, Tabel 6 (L607); 2029 aanname: 2028 doorgetrokken', carriedCell(cal.mpp.asylumInflow, t6('asielinstroom'), 't6A'), FORMAT.count);
  put('t6B', 'Tabel 6 Gemiddelde bezetting in de opvang (MPP)', 'aantal', 'gepubliceerd, Tabel 6 (L620); 2029 aanname', carriedCell(cal.mpp.occupancy, t6('coa_bezetting'), 't6B'), FORMAT.count);
  put('t6Reg', 'Tabel 6 regulier + Toelating en Verblijf + Visa (M regulier)', 'aantal', 'gepubliceerd, som van Tabel 6 (L632-636); 2029 aanname', carriedCell(cal.mpp.regular, t6('x'), 't6Reg'), FORMAT.count);
  put('t6Nat', 'Tabel 6 Instroom Naturalisatie verzoeken (M naturalisatie)', 'aantal', 'gepubliceerd, Tabel 6 (L638-640); 2029 aanname', carriedCell(cal.mpp.naturalisation, t6('x'), 't6Nat'), FORMAT.count);
  const overige = edition.tables.find((t) => t.id === 'tabel6')!.rows.find((r) => r.key === 'overige_instroom')!;
  put('t6Overig', 'Tabel 6 Overige instroom (voedt niets: niet gedefinieerd in de bron)', 'aantal', 'gepubliceerd, Tabel 6 (L609)', (i) => {
    const v = overige.values[edition.tables.find((t) => t.id === 'tabel6')!.columns.indexOf(String(years[i]))];
    return v === null || v === undefined ? undefined : { value: v, style: 'published' };
  }, FORMAT.count);
  put('t11', 'Tabel 11 Gemiddelde verblijfsduur opvang op basis van uitstroom', 'maanden', 'gepubliceerd, Tabel 11 (L815-820); 2029 aanname', (i) => ({ value: 10.6, style: i < 4 ? 'published' : 'assumed' }), FORMAT.months);
  const lineKey: Record<Organisation, string> = { coa: edition.bindings.coaContribution.row, ind: edition.bindings.indContribution.row, nidos: edition.bindings.nidosContribution.row };
  for (const org of ORGANISATIONS)
    put(`t4${org}`, `Tabel 4 ${ORG_LABEL[org]} (begroting ${edition.id})`, '€', `gepubliceerd, Tabel 4`, (i) => {
      const f = budgetEuros(edition, style, lineKey[org], years[i]!);
      return { formula: f.formula, cached: f.value, style: 'published' };
    });
  put('t1', 'Tabel 1 Beperken asielinstroom (taakstelling)', '€', 'gepubliceerd, Tabel 1 (L222)', (i) => {
    const f = cutEuros(edition, style, years[i]!);
    return { formula: f.formula, cached: f.value, style: 'published' };
  });
  put('t15', 'Tabel 15 Omzet IND', '€', 'gepubliceerd, Tabel 15 (L1051)', (i) => ({ value: cal.ind.turnover[i]!, style: 'published' }));
  put('fixedEd', 'IND vaste posten zonder leges (editie: Tabel 8, daarna §2.6)', '€', 'gepubliceerd 2025 (Tabel 8); daarna aanname (aangehouden of 0)', (i) => ({
    value: cal.ind.turnover[i]! - cal.ind.pxqMoney[i]!,
    style: i === 0 ? 'published' : 'assumed',
  }));
  for (const p of IND_PRODUCTS) put(`t8${p}`, `Tabel 8 ${p} (pxq ${first})`, '€', 'gepubliceerd, Tabel 8 (L719-723)', (i) => (i === 0 ? { value: cal.ind.pxqFirst[p], style: 'published' } : undefined));
  for (const p of IND_PRODUCTS)
    put(`t19${p}`, `Tabel 19 kostprijs ${p}`, '€', 'gepubliceerd, Tabel 19', (i) => {
      const f = indPriceEuros(edition, style, p, years[i]!);
      return { formula: f.formula, cached: f.value, style: 'published' };
    });
  put('t12pup', `Tabel 12 Aantal pupillen onder Nidos begeleiding ${first}`, 'aantal', 'gepubliceerd, Tabel 12 (L861-863)', (i) => (i === 0 ? { value: cal.nidos.pupilsFirst, style: 'published' } : undefined), FORMAT.count);
  put('t12in', `Tabel 12 Instroom AMV's ${first}`, 'aantal', 'gepubliceerd, Tabel 12 (L861-863)', (i) => (i === 0 ? { value: cal.nidos.inflowFirst, style: 'published' } : undefined), FORMAT.count);
  const unitKeys = ['guidance', 'care', 'intake'] as const;
  const unitLabel = { guidance: 'Begeleidingskosten per AMV', care: 'Verzorgingskosten per AMV', intake: 'Instroomteam' };
  for (const u of unitKeys) put(`t13${u}`, `Tabel 13 ${unitLabel[u]} ${first}`, '€', 'gepubliceerd, Tabel 13 (L868-872)', (i) => (i === 0 ? { value: cal.nidos.unit[u][0]!, style: 'published' } : undefined));
  put('t6Aprev', `Tabel 6 Asielinstroom ${first - 1} (begin van de ODA-index)`, 'aantal', 'gepubliceerd, Tabel 6 (L607)', (i) => (i === 0 ? { value: cal.mpp.asylumInflowBefore, style: 'published' } : undefined), FORMAT.count);
  const odaTerms = cal.oda.map((item) => odaEuros(edition, style, item.key));
  const odaSum = cal.oda.reduce((sum, item) => sum + item.amount, 0);
  put('t7', 'Tabel 7 ODA-toerekening, som van de posten', '€', 'gepubliceerd, Tabel 7 (L675-683); de gedrukte Totaal is 1 hoger (afronding in de bron)', (i) =>
    i === 0 ? { formula: odaTerms.map((t) => t.formula).join('+'), cached: odaSum, style: 'published' } : undefined,
  );
  put('ind76050', 'IND asielaanvragen volgens het MPP 2025 (48.020 + 1.500 + 3.230 + 23.300; voedt niets)', 'aantal', 'gepubliceerd, tekst (L1129-1133)', (i) => (i === 0 ? { value: 76050, style: 'published' } : undefined), FORMAT.count);
  row++;

  // Calibration (derived, locked).
  s.text(1, row, 'Kalibratie in de afgestemde jaren (afgeleid, alleen lezen; daarna doorgetrokken)', 'header');
  years.forEach((y, i) => s.text(col(i), row, String(y), 'header'));
  s.text(statusCol, row++, 'Status en formule', 'header');
  const aligned = (i: number): boolean => years[i]! <= cal.alignedThrough;
  put('priceAligned', 'COA prijs per bezet bed in afgestemde jaren (Tabel 4 COA / MPP-bezetting)', '€', 'afgeleid (§2.5)', (i) =>
    aligned(i) ? { formula: `${R('t4coa', i)}/${R('t6B', i)}`, cached: cal.price.aligned[i]!, style: 'derived' } : undefined, '#,##0.00');
  const alignedIdx = years.map((_, i) => i).filter(aligned);
  const last = alignedIdx[alignedIdx.length - 1]!;
  put('variants', 'Prijsvarianten A / B / C (kolommen 1-3): laatste afgestemde jaar / eerste jaar / gemiddeld', '€', 'afgeleid (§2.5)', (i) => {
    if (i === 0) return { formula: R('priceAligned', last), cached: cal.price.variant.A, style: 'derived' };
    if (i === 1) return { formula: R('priceAligned', 0), cached: cal.price.variant.B, style: 'derived' };
    if (i === 2) return { formula: `(${alignedIdx.map((j) => R('t4coa', j)).join('+')})/(${alignedIdx.map((j) => R('t6B', j)).join('+')})`, cached: cal.price.variant.C, style: 'derived' };
    return undefined;
  }, '#,##0.00');
  const variantRef = absolute(L.record.priceVariant);
  put('priceBasis', 'COA prijs in de basis (afgestemd jaar, anders de vastgelegde variant)', '€', 'afgeleid', (i) =>
    aligned(i)
      ? { formula: R('priceAligned', i), cached: cal.price.aligned[i]!, style: 'derived' }
      : { formula: `IF(${variantRef}="A",${absolute(R('variants', 0))},IF(${variantRef}="B",${absolute(R('variants', 1))},${absolute(R('variants', 2))}))`, cached: cal.price.variant[drivers.priceVariant], style: 'derived' }, '#,##0.00');
  put('pxqMoney', 'IND pxq-geld (Tabel 15 omzet − vaste posten)', '€', 'afgeleid (§3, §6)', (i) => ({ formula: `${R('t15', i)}-${R('fixedEd', i)}`, cached: cal.ind.pxqMoney[i]!, style: 'derived' }));
  put('k', 'IND k (pxq-geld / vorig jaar, afgestemde jaren na het eerste)', 'factor', 'afgeleid (§2.4)', (i) =>
    aligned(i) && i > 0 ? { formula: `${R('pxqMoney', i)}/${R('pxqMoney', i - 1)}`, cached: cal.ind.k[i]!, style: 'derived' } : undefined, '0.000000');
  const mpp: Record<IndProduct, string> = { asiel: 't6A', regulier: 't6Reg', naturalisatie: 't6Nat' };
  for (const p of IND_PRODUCTS)
    put(`c${p}`, `IND geprijsde producten per MPP-telling, ${p} (c)`, 'verhouding', 'afgeleid (§2.4); na de afgestemde jaren doorgetrokken', (i) => {
      const cached = cal.ind.perCount[p][i]!;
      if (i === 0) return { formula: `${R(`t8${p}`, 0)}/${R(`t19${p}`, 0)}/${R(mpp[p], 0)}`, cached, style: 'derived' };
      if (aligned(i)) return { formula: `${R(`c${p}`, i - 1)}*${R(mpp[p], i - 1)}/${R(mpp[p], i)}*${R('k', i)}`, cached, style: 'derived' };
      return { formula: R(`c${p}`, i - 1), cached, style: 'derived' };
    }, '0.000000');
  put('sluitpost', `Nidos amv in opvang ${first} (sluitpost op Tabel 4, niet gepubliceerd)`, 'aantal', 'afgeleid (§2.7): (Tabel 4 Nidos − pupillen × begeleiding − instroom × instroomteam) / verzorging', (i) =>
    i === 0 ? { formula: `(${R('t4nidos', 0)}-${R('t12pup', 0)}*${R('t13guidance', 0)}-${R('t12in', 0)}*${R('t13intake', 0)})/${R('t13care', 0)}`, cached: cal.nidos.inCareFirst, style: 'derived' } : undefined, '#,##0.00');
  put('kN', 'Nidos kN (Tabel 4 Nidos / vorig jaar, afgestemde jaren na het eerste)', 'factor', 'afgeleid (§2.7)', (i) =>
    aligned(i) && i > 0 ? { formula: `${R('t4nidos', i)}/${R('t4nidos', i - 1)}`, cached: cal.nidos.k[i]!, style: 'derived' } : undefined, '0.000000');
  const ratio = (key: 'pupils' | 'inCare' | 'inflow', label: string, volume0: string, per: string) =>
    put(`r${key}`, label, 'verhouding', 'afgeleid (§2.7); volgt B (pupillen, amv in opvang: aanname) of A (instroom)', (i) => {
      const cached = cal.nidos.ratio[key][i]!;
      if (i === 0) return { formula: `${volume0}/${R(per, 0)}`, cached, style: 'derived' };
      if (aligned(i)) return { formula: `${R(`r${key}`, i - 1)}*${R(per, i - 1)}*${R('kN', i)}/${R(per, i)}`, cached, style: 'derived' };
      return { formula: R(`r${key}`, i - 1), cached, style: 'derived' };
    }, '0.000000');
  ratio('pupils', 'Nidos pupillen per COA-bed', R('t12pup', 0), 't6B');
  ratio('inCare', 'Nidos amv in opvang per COA-bed', R('sluitpost', 0), 't6B');
  ratio('inflow', 'Nidos instroom per asielinstroom', R('t12in', 0), 't6A');
  const tranche = edition.chain.cutParts.tranche;
  const stepI = years.indexOf(edition.chain.cutParts.stepFrom);
  const stepJ = years.indexOf(edition.chain.cutParts.stepTo);
  for (const org of ORGANISATIONS)
    put(`part${org}`, `Deel ${ORG_LABEL[org]} van de taakstelling (tranche × stap Tabel 4 ${edition.chain.cutParts.stepFrom}→${edition.chain.cutParts.stepTo})`, '€', 'afgeleid (§2.8): niet gepubliceerd', (i) => ({
      formula: `${tranche[String(years[i])] ?? 0}*(${absolute(R(`t4${org}`, stepI))}-${absolute(R(`t4${org}`, stepJ))})`,
      cached: cal.cutPart[org][i]!,
      style: 'derived',
    }));
  const basisNeed: Record<Organisation, (i: number) => string> = {
    coa: (i) => `${R('t6B', i)}*${R('priceBasis', i)}`,
    ind: (i) => `${IND_PRODUCTS.map((p) => `${R(`c${p}`, i)}*${R(mpp[p], i)}*${R(`t19${p}`, i)}`).join('+')}+${R('fixedEd', i)}-${R('t15', i)}+${R('t4ind', i)}`,
    nidos: (i) => `${R('rpupils', i)}*${R('t6B', i)}*${absolute(R('t13guidance', 0))}+${R('rinCare', i)}*${R('t6B', i)}*${absolute(R('t13care', 0))}+${R('rinflow', i)}*${R('t6A', i)}*${absolute(R('t13intake', 0))}`,
  };
  for (const org of ORGANISATIONS)
    put(`basis${org}`, `Behoefte ${ORG_LABEL[org]} in de basis (MPP-volumes, prijsvariant)`, '€', 'afgeleid (§4)', (i) => ({ formula: basisNeed[org](i), cached: basis[i]!.org[org].need, style: 'derived' }));
  row++;

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
  out('asylumInflowEffective', 'Asielinstroom in het scenario (A × f_A)', 'aantal', (i) => `${Y('asylumInflow', i)}*${S('inflowFactor')}`, (i) => o(i).asylumInflow, FORMAT.count);
  out('coaInflow', 'Instroom in de opvang (I = A × f_A × r)', 'aantal', (i) => `${O('asylumInflowEffective', i)}*${Y('coaInflowRatio', i)}`, (i) => o(i).coaInflow, FORMAT.count);
  out('coaOutflowEffective', 'Uitstroom uit de opvang in het scenario (O × f_O)', 'aantal', (i) => `${Y('coaOutflow', i)}*${S('outflowFactor')}`, (i) => o(i).coaOutflow, FORMAT.count);
  out('occupancy', 'Gemiddelde bezetting COA (B = vorig jaar + I − O)', 'aantal', (i) => `${i === 0 ? S('startOccupancy') : O('occupancy', i - 1)}+${O('coaInflow', i)}-${O('coaOutflowEffective', i)}`, (i) => o(i).occupancy, FORMAT.count);
  out('impliedStay', 'Impliciete verblijfsduur (B / O × 12)', 'maanden', (i) => `IF(${O('coaOutflowEffective', i)}>0,${O('occupancy', i)}/${O('coaOutflowEffective', i)}*12,"")`, (i) => o(i).impliedStayMonths ?? '', FORMAT.months);
  out('littleBeds', 'Bedden bij Tabel 11-verblijfsduur (I × 10,6 / 12), ter vergelijking', 'aantal', (i) => `${O('coaInflow', i)}*${R('t11', i)}/12`, (i) => (o(i).coaInflow * 10.6) / 12, FORMAT.count);
  const count: Record<IndProduct, (i: number) => string> = { asiel: (i) => O('asylumInflowEffective', i), regulier: (i) => Y('indRegularCount', i), naturalisatie: (i) => Y('indNaturalisationCount', i) };
  const price: Record<IndProduct, YearDriverKey> = { asiel: 'indPriceAsiel', regulier: 'indPriceRegulier', naturalisatie: 'indPriceNaturalisatie' };
  for (const p of IND_PRODUCTS) out(`indVolume_${p}`, `IND geprijsd volume ${p} (c × M)`, 'aantal', (i) => `${R(`c${p}`, i)}*${count[p](i)}`, (i) => o(i).ind.volume[p], FORMAT.count);
  out('indNeed', 'Behoefte IND (Σ volume × kostprijs + vaste posten − leges)', '€', (i) =>
    `${IND_PRODUCTS.map((p) => `${O(`indVolume_${p}`, i)}*${Y(price[p], i)}`).join('+')}+${Y('indKetenondersteuning', i)}+${Y('indLumpsum', i)}+${Y('indSpecifiek', i)}+${Y('indOek', i)}+${Y('indDwangsommen', i)}-${Y('indLeges', i)}`, (i) => o(i).org.ind.need);
  out('nidosPupils', 'Nidos pupillen (verhouding × B)', 'aantal', (i) => `${R('rpupils', i)}*${O('occupancy', i)}`, (i) => o(i).nidos.pupils, FORMAT.count);
  out('nidosInCare', 'Nidos amv in opvang (verhouding × B; sluitpost, niet gepubliceerd)', 'aantal', (i) => `${R('rinCare', i)}*${O('occupancy', i)}`, (i) => o(i).nidos.inCare, FORMAT.count);
  out('nidosInflow', 'Nidos instroom amv (verhouding × A)', 'aantal', (i) => `${R('rinflow', i)}*${O('asylumInflowEffective', i)}`, (i) => o(i).nidos.inflow, FORMAT.count);
  out('nidosNeed', 'Behoefte Nidos', '€', (i) => `${O('nidosPupils', i)}*${Y('nidosGuidance', i)}+${O('nidosInCare', i)}*${Y('nidosCare', i)}+${O('nidosInflow', i)}*${Y('nidosIntake', i)}`, (i) => o(i).org.nidos.need);
  out('coaNeed', 'Behoefte COA (B × p)', '€', (i) => `${O('occupancy', i)}*${Y('pricePerBed', i)}`, (i) => o(i).org.coa.need);
  const cutOn = `${S('cutApplied')}=1`;
  for (const org of ORGANISATIONS) {
    const need = (i: number): string => O(`${org}Need`, i);
    const part = (i: number): string => R(`part${org}`, i);
    const line = o;
    out(`${org}Budget`, `Begroting ${ORG_LABEL[org]} (Tabel 4; zonder taakstelling + deel)`, '€', (i) => `${R(`t4${org}`, i)}+IF(${cutOn},0,${part(i)})`, (i) => line(i).org[org].budget);
    out(`${org}Gap`, `Verschil ${ORG_LABEL[org]} (behoefte − begroting)`, '€', (i) => `${need(i)}-${O(`${org}Budget`, i)}`, (i) => line(i).org[org].gap, FORMAT.euros, 'total');
    out(`${org}Cut`, `  (a) taakstelling ${ORG_LABEL[org]}`, '€', (i) => `IF(${cutOn},${part(i)},0)`, (i) => line(i).org[org].cut);
    out(`${org}Reversion`, `  (b) niet afgestemd op het MPP / terugval ${ORG_LABEL[org]}`, '€', (i) => `${R(`basis${org}`, i)}-(${R(`t4${org}`, i)}+${part(i)})`, (i) => line(i).org[org].reversion);
    out(`${org}Scenario`, `  (s) scenario-effect ${ORG_LABEL[org]}`, '€', (i) => `${need(i)}-${R(`basis${org}`, i)}`, (i) => line(i).org[org].scenario);
    out(`${org}Residual`, `  (c) rest ${ORG_LABEL[org]} (hoort 0 te zijn)`, '€', (i) => `${O(`${org}Gap`, i)}-${O(`${org}Cut`, i)}-${O(`${org}Reversion`, i)}-${O(`${org}Scenario`, i)}`, (i) => line(i).org[org].residual);
  }
  const sumOrgs = (suffix: string) => (i: number): string => ORGANISATIONS.map((org) => O(`${org}${suffix}` as OutputRow, i)).join('+');
  out('chainNeed', 'Behoefte keten (COA + IND + Nidos)', '€', sumOrgs('Need'), (i) => o(i).chain.need, FORMAT.euros, 'total');
  out('chainBudget', `Begroting keten (${edition.id})`, '€', sumOrgs('Budget'), (i) => o(i).chain.budget, FORMAT.euros, 'total');
  out('chainGap', 'Verschil keten (behoefte − begroting; positief = tekort)', '€', (i) => `${O('chainNeed', i)}-${O('chainBudget', i)}`, (i) => o(i).chain.gap, FORMAT.euros, 'total');
  out('chainCut', '  (a) taakstelling (Tabel 1, hele regel)', '€', (i) => `IF(${cutOn},-${R('t1', i)},0)`, (i) => o(i).chain.cut);
  out('chainReversion', '  (b) niet afgestemd op het MPP / terugval naar Rijksbegroting 2024', '€', sumOrgs('Reversion'), (i) => o(i).chain.reversion);
  out('chainScenario', '  (s) scenario-effect', '€', sumOrgs('Scenario'), (i) => o(i).chain.scenario);
  out('chainResidual', '  (c) rest: taakstelling op andere regels dan IND, COA en Nidos', '€', (i) => `${O('chainGap', i)}-${O('chainCut', i)}-${O('chainReversion', i)}-${O('chainScenario', i)}`, (i) => o(i).chain.residual);
  out('odaIndex', `ODA-index eerstejaarsopvang ((A vorig + dit jaar) / (${cal.mpp.asylumInflowBefore} + ${cal.mpp.asylumInflow[0]}))`, 'factor', (i) =>
    `(${i === 0 ? absolute(R('t6Aprev', 0)) : O('asylumInflowEffective', i - 1)}+${O('asylumInflowEffective', i)})/(${absolute(R('t6Aprev', 0))}+${absolute(R('t6A', 0))})`, (i) => o(i).odaIndex, '0.0000');
  out('odaEstimate', 'Geschatte ODA-toerekening eerstejaarsopvang (schatting, niet gepubliceerd)', '€', (i) => `${absolute(R('t7', 0))}*${O('odaIndex', i)}`, (i) => o(i).odaEstimate);

  // Reconciliation: aligned years against Tabel 4, and the budget per MPP bed (no price).
  s.text(1, row, 'Aansluiting', 'header');
  years.forEach((y, i) => s.text(col(i), row, String(y), 'header'));
  s.text(statusCol, row++, 'Toelichting', 'header');
  for (const org of ORGANISATIONS)
    put(`rec${org}`, `Behoefte ${ORG_LABEL[org]} − Tabel 4 in de basis (0 in afgestemde jaren)`, '€', 'afgeleid; na de afgestemde jaren is dit het verschil (a) + (b)', (i) => ({ formula: `${R(`basis${org}`, i)}-${R(`t4${org}`, i)}`, cached: basis[i]!.org[org].need - cal.budget[org][i]!, style: 'derived' }));
  put('perMppBed', 'Begroting per MPP-bed (geen prijs): Tabel 4 COA / MPP-bezetting', '€', 'afgeleid; alleen in afgestemde jaren een prijs (§2.5, P5)', (i) => ({ formula: `${R('t4coa', i)}/${R('t6B', i)}`, cached: cal.budget.coa[i]! / cal.mpp.occupancy[i]!, style: 'derived' }), '#,##0.00');
  put('ind76050diff', 'IND: Tabel 8 asiel − 76.050 × kostprijs (niet verklaard in de bron)', '€', 'afgeleid (§2.4): 48.191.100 €', (i) => (i === 0 ? { formula: `${R('t8asiel', 0)}-${R('ind76050', 0)}*${R('t19asiel', 0)}`, cached: cal.ind.pxqFirst.asiel - 76050 * cal.ind.kostprijs.asiel[0]!, style: 'derived' } : undefined));
  put('nidosPublishedPart', `Nidos ${first}: gepubliceerd deel (pupillen × begeleiding + instroom × instroomteam)`, '€', 'afgeleid (§3); de rest is de sluitpost', (i) =>
    i === 0 ? { formula: `${R('t12pup', 0)}*${R('t13guidance', 0)}+${R('t12in', 0)}*${R('t13intake', 0)}`, cached: cal.nidos.pupilsFirst * cal.nidos.unit.guidance[0]! + cal.nidos.inflowFirst * cal.nidos.unit.intake[0]!, style: 'derived' } : undefined);
  row++;

  // Chart data and chart: need against budget.
  const chartTop = row;
  s.text(1, chartTop, 'Grafiek: behoefte tegen begroting van de keten (€)', 'subtitle');
  years.forEach((y, i) => s.text(col(i), chartTop, String(y), 'header'));
  s.text(2, chartTop + 1, 'Behoefte');
  s.text(2, chartTop + 2, 'Begroting');
  years.forEach((_, i) => {
    s.formula(col(i), chartTop + 1, `=${O('chainNeed', i)}`, o(i).chain.need, FORMAT.euros, 'output');
    s.formula(col(i), chartTop + 2, `=${O('chainBudget', i)}`, o(i).chain.budget, FORMAT.euros, 'output');
  });
  s.chart({ type: 'line', title: `Scenario ${options.name}: behoefte tegen begroting`, dataRange: `B${chartTop}:${columnLetter(lastCol)}${chartTop + 2}`, seriesBy: 'rows', from: at(statusCol + 2, L.inputsHeader), to: at(statusCol + 10, L.inputsHeader + 18) });
  row = chartTop + 4;

  // Sensitivity: cached values computed by the core (recalculating 20 variants of the sheet in cells is not feasible).
  const sensYear = years.includes(2028) ? 2028 : years[years.length - 1]!;
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

