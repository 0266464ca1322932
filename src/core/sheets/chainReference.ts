import { calibrate } from '../chain/calibration';
import { IND_PRODUCTS } from '../edition/products';
import { presetDrivers } from '../chain/drivers';
import { projectChain } from '../chain/project';
import { carried, isPrinted, printed } from '../chain/published';
import { tableOf } from '../edition/lookup';
import { ORGANISATIONS, type Organisation } from '../chain/types';
import type { Edition, IndProduct, PriceVariant } from '../edition/types';
import { absolute, at } from './a1';
import { FORMAT } from './formats';
import { assumedYearsNote } from './yearText';
import { budgetEuros, cutEuros, indPriceEuros, odaEuros } from './parameters';
import type { SheetBuilder } from './sheetBuilder';
import type { CellStyle, FormulaStyle } from './types';

export const ORG_LABEL: Record<Organisation, string> = { coa: 'COA', ind: 'IND', nidos: 'Nidos' };

export interface ReferenceCell {
  readonly formula?: string;
  readonly value?: number;
  readonly cached?: number;
  readonly style: CellStyle;
}

export interface ChainReference {
  /** Address of a reference or calibration row's cell in year index i. */
  R(key: string, i: number): string;
  /** Places one more row of the same shape (label, unit, a cell per year, status). */
  put(key: string, label: string, unit: string, status: string, cell: (i: number) => ReferenceCell | undefined, format?: string): number;
  /** Leaves an empty row. */
  skip(): void;
  /** The next free row. */
  readonly row: number;
}

export interface ReferenceOptions {
  readonly style: FormulaStyle;
  readonly years: readonly number[];
  readonly col: (i: number) => number;
  readonly statusCol: number;
  readonly top: number;
  /** The cell holding the price variant letter the basis uses after the aligned years. */
  readonly variantCell: string;
  readonly priceVariant: PriceVariant;
}

/**
 * The published figures the chain model reads (locked, styled by status,
 * with their source) and the calibration on them (formulas), ending with the
 * basis need per organisation. Shared by the scenario and Taakstelling sheets
 * so both price the chain with the same formulas; each cached value is what
 * the core (src/core/chain) computes.
 */
export function placeChainReference(s: SheetBuilder, edition: Edition, options: ReferenceOptions): ChainReference {
  const { style, years, col, statusCol } = options;
  const cal = calibrate(edition);
  const basis = projectChain(edition, presetDrivers(edition, 'basis', options.priceVariant));
  const first = edition.firstBudgetYear;
  let row = options.top;
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
      else s.value(col(i), r, c.value ?? 0, format, c.style, status);
    });
    s.text(statusCol, r, status, 'source');
    return r;
  };
  const R = (key: string, i: number): string => at(col(i), refRow[key]!);
  const carriedCell = (values: readonly number[], printedIn: (y: number) => boolean, key: string) => (i: number) =>
    printedIn(years[i]!) || i === 0 ? { value: values[i]!, style: 'published' as const } : { formula: R(key, i - 1), cached: values[i]!, style: 'assumed' as const };
  /** A published series carried past its last printed year (the carried years assumed, each = the year before). */
  const carriedRef = (ref: Parameters<typeof carried>[1], key: string) =>
    carriedCell(
      years.map((y) => carried(edition, ref, y).value),
      (y) => isPrinted(edition, ref, y),
      key,
    );
  const t6 =
    (row6: string) =>
    (y: number): boolean =>
      isPrinted(edition, { table: edition.bindings.mpp.table, row: row6 }, y);
  const t6Note = (row6: string, carriedFrom = false): string => assumedYearsNote(edition, { table: edition.bindings.mpp.table, row: row6 }, carriedFrom);

  s.text(1, row, 'Gepubliceerde referentie (alleen lezen; voedt de kalibratie en de basis)', 'header');
  years.forEach((y, i) => s.text(col(i), row, String(y), 'header'));
  s.text(statusCol, row++, 'Status en bron', 'header');
  put('t6A', 'Tabel 6 Asielinstroom (MPP)', 'aantal', `gepubliceerd, Tabel 6 (L607)${t6Note('asielinstroom', true)}`, carriedCell(cal.mpp.asylumInflow, t6('asielinstroom'), 't6A'), FORMAT.count);
  put('t6B', 'Tabel 6 Gemiddelde bezetting in de opvang (MPP)', 'aantal', `gepubliceerd, Tabel 6 (L620)${t6Note('coa_bezetting')}`, carriedCell(cal.mpp.occupancy, t6('coa_bezetting'), 't6B'), FORMAT.count);
  put(
    't6Reg',
    'Tabel 6 regulier + Toelating en Verblijf + Visa (M regulier)',
    'aantal',
    `gepubliceerd, som van Tabel 6 (L632-636)${t6Note(edition.chain.indRegularRows[0]!)}`,
    carriedCell(cal.mpp.regular, t6(edition.chain.indRegularRows[0]!), 't6Reg'),
    FORMAT.count,
  );
  put(
    't6Nat',
    'Tabel 6 Instroom Naturalisatie verzoeken (M naturalisatie)',
    'aantal',
    `gepubliceerd, Tabel 6 (L638-640)${t6Note(edition.chain.indNaturalisationRow)}`,
    carriedCell(cal.mpp.naturalisation, t6(edition.chain.indNaturalisationRow), 't6Nat'),
    FORMAT.count,
  );
  const overige = edition.tables.find((t) => t.id === 'tabel6')!.rows.find((r) => r.key === 'overige_instroom')!;
  put(
    't6Overig',
    'Tabel 6 Overige instroom (voedt niets: niet gedefinieerd in de bron)',
    'aantal',
    'gepubliceerd, Tabel 6 (L609)',
    (i) => {
      const v = overige.values[edition.tables.find((t) => t.id === 'tabel6')!.columns.indexOf(String(years[i]))];
      return v === null || v === undefined ? undefined : { value: v, style: 'published' };
    },
    FORMAT.count,
  );
  put(
    't11',
    'Tabel 11 Gemiddelde verblijfsduur opvang op basis van uitstroom',
    'maanden',
    `gepubliceerd, Tabel 11 (L815-820)${assumedYearsNote(edition, edition.bindings.coaStay)}`,
    carriedRef(edition.bindings.coaStay, 't11'),
    FORMAT.months,
  );
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
  put('fixedEd', 'IND vaste posten zonder leges (editie: Tabel 8, daarna §2.6)', '€', `gepubliceerd ${edition.firstBudgetYear} (Tabel 8); daarna aanname (aangehouden of 0)`, (i) => ({
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
  const apps = edition.bindings.indAsylumApplications;
  const appsTable = tableOf(edition, apps.table);
  const appsRow = appsTable.rows.find((r) => r.key === apps.row)!;
  const appsYear = years.indexOf(Number(apps.column));
  put(
    'ind76050',
    `IND asielaanvragen volgens het MPP ${apps.column} (tekst; voedt niets: er is één kostprijs asiel)`,
    'aantal',
    'gepubliceerd, tekst (L1129-1133)',
    (i) => (i === appsYear ? { value: printed(edition, apps), style: 'published' } : undefined),
    FORMAT.count,
  );
  for (const part of appsRow.sumOf ?? []) {
    const partRow = appsTable.rows.find((r) => r.key === part)!;
    put(
      `ind76050_${part}`,
      `  waarvan ${partRow.label.replace(/\s*\([\d.]+\)$/, '')}`,
      'aantal',
      'gepubliceerd, tekst (L1129-1133)',
      (i) => (i === appsYear ? { value: printed(edition, { table: apps.table, row: part, column: apps.column }), style: 'published' } : undefined),
      FORMAT.count,
    );
  }
  put(
    't11permit',
    'Tabel 11 Gemiddelde opvangduur vergunninghouders na vergunningverlening (voedt niets)',
    'maanden',
    `gepubliceerd, Tabel 11 (L815-820)${assumedYearsNote(edition, edition.bindings.coaStayAfterPermit)}`,
    carriedRef(edition.bindings.coaStayAfterPermit, 't11permit'),
    FORMAT.months,
  );
  put(
    't6Mvv',
    'Tabel 6 Instroom Machtiging tot voorlopig verblijf nareis (voedt niets: productgroep niet vermeld)',
    'aantal',
    `gepubliceerd, Tabel 6 (L627)${t6Note('ind_mvv_nareis')}`,
    carriedRef({ table: edition.bindings.mpp.table, row: 'ind_mvv_nareis' }, 't6Mvv'),
    FORMAT.count,
  );
  for (const p of IND_PRODUCTS)
    put(`t16${p}`, `Tabel 16 omzet ${p} incl. toegerekende overige bekostiging (geen pxq; voedt niets)`, '€', 'gepubliceerd, Tabel 16; delen door de kostprijs is geen volume (§2.4)', (i) => ({
      value: carried(edition, edition.bindings.indTurnover[p], years[i]!).value,
      style: 'published',
    }));
  row++;

  // Calibration (derived, locked).
  s.text(1, row, 'Kalibratie in de afgestemde jaren (afgeleid, alleen lezen; daarna doorgetrokken)', 'header');
  years.forEach((y, i) => s.text(col(i), row, String(y), 'header'));
  s.text(statusCol, row++, 'Status en formule', 'header');
  const aligned = (i: number): boolean => years[i]! <= cal.alignedThrough;
  put(
    'priceAligned',
    'COA prijs per bezet bed in afgestemde jaren (Tabel 4 COA / MPP-bezetting)',
    '€',
    'afgeleid (§2.5)',
    (i) => (aligned(i) ? { formula: `${R('t4coa', i)}/${R('t6B', i)}`, cached: cal.price.aligned[i]!, style: 'derived' } : undefined),
    '#,##0.00',
  );
  const alignedIdx = years.map((_, i) => i).filter(aligned);
  const last = alignedIdx[alignedIdx.length - 1]!;
  put(
    'variants',
    'Prijsvarianten A / B / C (kolommen 1-3): laatste afgestemde jaar / eerste jaar / gemiddeld',
    '€',
    'afgeleid (§2.5)',
    (i) => {
      if (i === 0) return { formula: R('priceAligned', last), cached: cal.price.variant.A, style: 'derived' };
      if (i === 1) return { formula: R('priceAligned', 0), cached: cal.price.variant.B, style: 'derived' };
      if (i === 2) return { formula: `(${alignedIdx.map((j) => R('t4coa', j)).join('+')})/(${alignedIdx.map((j) => R('t6B', j)).join('+')})`, cached: cal.price.variant.C, style: 'derived' };
      return undefined;
    },
    '#,##0.00',
  );
  const variantRef = absolute(options.variantCell);
  put(
    'priceBasis',
    'COA prijs in de basis (afgestemd jaar, anders de vastgelegde variant)',
    '€',
    'afgeleid',
    (i) =>
      aligned(i)
        ? { formula: R('priceAligned', i), cached: cal.price.aligned[i]!, style: 'derived' }
        : { formula: `IF(${variantRef}="A",${absolute(R('variants', 0))},IF(${variantRef}="B",${absolute(R('variants', 1))},${absolute(R('variants', 2))}))`, cached: cal.price.variant[options.priceVariant], style: 'derived' },
    '#,##0.00',
  );
  put('pxqMoney', 'IND pxq-geld (Tabel 15 omzet − vaste posten)', '€', 'afgeleid (§3, §6)', (i) => ({ formula: `${R('t15', i)}-${R('fixedEd', i)}`, cached: cal.ind.pxqMoney[i]!, style: 'derived' }));
  put(
    'k',
    'IND k (pxq-geld / vorig jaar, afgestemde jaren na het eerste)',
    'factor',
    'afgeleid (§2.4)',
    (i) => (aligned(i) && i > 0 ? { formula: `${R('pxqMoney', i)}/${R('pxqMoney', i - 1)}`, cached: cal.ind.k[i]!, style: 'derived' } : undefined),
    '0.000000',
  );
  const mpp: Record<IndProduct, string> = { asiel: 't6A', regulier: 't6Reg', naturalisatie: 't6Nat' };
  for (const p of IND_PRODUCTS)
    put(
      `c${p}`,
      `IND geprijsde producten per MPP-telling, ${p} (c)`,
      'verhouding',
      'afgeleid (§2.4); na de afgestemde jaren doorgetrokken',
      (i) => {
        const cached = cal.ind.perCount[p][i]!;
        if (i === 0) return { formula: `${R(`t8${p}`, 0)}/${R(`t19${p}`, 0)}/${R(mpp[p], 0)}`, cached, style: 'derived' };
        if (aligned(i)) return { formula: `${R(`c${p}`, i - 1)}*${R(mpp[p], i - 1)}/${R(mpp[p], i)}*${R('k', i)}`, cached, style: 'derived' };
        return { formula: R(`c${p}`, i - 1), cached, style: 'derived' };
      },
      '0.000000',
    );
  put(
    'sluitpost',
    `Nidos amv in opvang ${first} (sluitpost op Tabel 4, niet gepubliceerd)`,
    'aantal',
    'afgeleid (§2.7): (Tabel 4 Nidos − pupillen × begeleiding − instroom × instroomteam) / verzorging',
    (i) => (i === 0 ? { formula: `(${R('t4nidos', 0)}-${R('t12pup', 0)}*${R('t13guidance', 0)}-${R('t12in', 0)}*${R('t13intake', 0)})/${R('t13care', 0)}`, cached: cal.nidos.inCareFirst, style: 'derived' } : undefined),
    '#,##0.00',
  );
  put(
    'kN',
    'Nidos kN (Tabel 4 Nidos / vorig jaar, afgestemde jaren na het eerste)',
    'factor',
    'afgeleid (§2.7)',
    (i) => (aligned(i) && i > 0 ? { formula: `${R('t4nidos', i)}/${R('t4nidos', i - 1)}`, cached: cal.nidos.k[i]!, style: 'derived' } : undefined),
    '0.000000',
  );
  const ratio = (key: 'pupils' | 'inCare' | 'inflow', label: string, volume0: string, per: string) =>
    put(
      `r${key}`,
      label,
      'verhouding',
      'afgeleid (§2.7); volgt B (pupillen, amv in opvang: aanname) of A (instroom)',
      (i) => {
        const cached = cal.nidos.ratio[key][i]!;
        if (i === 0) return { formula: `${volume0}/${R(per, 0)}`, cached, style: 'derived' };
        if (aligned(i)) return { formula: `${R(`r${key}`, i - 1)}*${R(per, i - 1)}*${R('kN', i)}/${R(per, i)}`, cached, style: 'derived' };
        return { formula: R(`r${key}`, i - 1), cached, style: 'derived' };
      },
      '0.000000',
    );
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
  for (const org of ORGANISATIONS) put(`basis${org}`, `Behoefte ${ORG_LABEL[org]} in de basis (MPP-volumes, prijsvariant)`, '€', 'afgeleid (§4)', (i) => ({ formula: basisNeed[org](i), cached: basis[i]!.org[org].need, style: 'derived' }));

  return {
    R,
    put,
    skip: () => void row++,
    get row() {
      return row;
    },
  };
}
