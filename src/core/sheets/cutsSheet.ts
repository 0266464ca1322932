import { budgetBuys, indShareText } from '../chain/cutsView';
import { calibrate } from '../chain/calibration';
import { IND_PRODUCTS } from '../edition/products';
import { presetDrivers } from '../chain/drivers';
import { projectChain } from '../chain/project';
import { ORGANISATIONS, type Organisation } from '../chain/types';
import { tableOf } from '../edition/lookup';
import type { Edition, PriceVariant } from '../edition/types';
import { absolute, at, columnLetter } from './a1';
import { ORG_LABEL, placeChainReference } from './chainReference';
import { toCents } from './scenarioSheet';
import { FORMAT } from './formats';
import { HALF_EURO, SheetBuilder, type SheetOptions } from './sheetBuilder';
import { sourceLine } from './sources';
import type { CellStyle, SheetDescription } from './types';
import { placeTable } from './yearBlock';
import { assumedYearsNote, cutStep } from './yearText';

/** "Taakstelling 2027-2028": the years of the cut's step, from the edition. */
export const cutsSheetName = (edition: Edition): string => `Taakstelling ${cutStep(edition).from}-${cutStep(edition).to}`;

export interface CutsOptions extends SheetOptions {
  /** The COA price variant after the aligned years; default the edition's (A). Variant B is shown beside it. */
  readonly priceVariant?: PriceVariant;
}

/** Fixed cells of the Taakstelling sheet. */
export const CUTS_LAYOUT = { priceVariant: 'C6', alignedThrough: 'C7', firstYearColumn: 3, referenceTop: 90 } as const;

/**
 * The 2027–2028 cut on the chain model (chain-model.md §4–§6): per
 * organisation the gap between the MPP need and the budget, split into (a)
 * the cut, (b) the reversion to the Rijksbegroting 2024 starting points and
 * (c) the rest; no shortfall in a year the budget follows the MPP; what the
 * COA and IND budgets still buy, with the text's "circa 35%" beside the
 * computed share. Amounts in x € 1.000, as the budget prints them (the
 * euro figures of the reference block divided by 1000 in the formula);
 * prices per bed in €. The reference block below row 90 is in € and says so.
 */
export function cutsSheet(edition: Edition, options: CutsOptions): SheetDescription {
  const variant = options.priceVariant ?? edition.chain.priceVariant;
  const s = new SheetBuilder(edition, 'cuts', cutsSheetName(edition), options);
  const cal = calibrate(edition);
  const years = edition.projectionYears;
  const C0 = CUTS_LAYOUT.firstYearColumn;
  const col = (i: number): number => C0 + i;
  const statusCol = C0 + years.length;
  const lastCol = statusCol - 1;
  const basis = projectChain(edition, presetDrivers(edition, 'basis', variant));
  const basisB = projectChain(edition, presetDrivers(edition, 'basis', 'B'));
  const buys = budgetBuys(edition, variant);
  const buysB = budgetBuys(edition, 'B');
  const aligned = (i: number): boolean => years[i]! <= cal.alignedThrough;
  s.heading(
    'Taakstelling Beperken asielinstroom: behoefte volgens het MPP, begroting en wat die nog koopt',
    'Bedragen x € 1.000 (prijs per bed in €); verschil = behoefte − begroting (positief = tekort)',
    sourceLine(edition, ['Tabel 1', 'Tabel 4', 'Tabel 6', 'Tabel 8', 'Tabel 15', 'Tabel 17', 'Tabel 19', 'tekst bij Tabel 15–16']),
  );

  s.text(1, 6, 'Prijsvariant COA in gebruik', 'label');
  s.value(C0, 6, variant, undefined, 'label');
  s.text(statusCol, 6, 'A: prijs van het laatste afgestemde jaar (aanbevolen); B: prijs van het eerste jaar; C: gemiddelde van de afgestemde jaren. Variant B staat ernaast.', 'note');
  s.text(1, 7, 'Begroting volgt het MPP t/m', 'label');
  s.value(C0, 7, cal.alignedThrough, '0', 'published', 'tekst L586-590, L1135-1139, L250-252');
  s.text(statusCol, 7, edition.chain.alignedCitations.join(' · '), 'source');

  const ref = placeChainReference(s, edition, { style: options.formulaStyle, years, col, statusCol, top: CUTS_LAYOUT.referenceTop + 1, variantCell: CUTS_LAYOUT.priceVariant, priceVariant: variant });
  const R = ref.R;
  /** A reference-block amount (€) in x € 1.000: the formula divides, the status (published/derived) stays that of the figure. */
  const K = (key: string, i: number): string => `${R(key, i)}/1000`;
  const k = (euros: number): number => euros / 1000;
  const TH = 'x € 1.000';
  s.text(1, CUTS_LAYOUT.referenceTop, 'Rekenblok: gepubliceerde cijfers en kalibratie, bedragen in € (alleen lezen)', 'subtitle');

  let row = 9;
  const header = (title: string): void => {
    s.text(1, row, title, 'header');
    s.text(2, row, 'Eenheid', 'header');
    years.forEach((y, i) => s.text(col(i), row, String(y), 'header'));
    s.text(statusCol, row++, 'Status en toelichting', 'header');
  };
  const line = (label: string, unit: string, note: string, cell: (i: number) => { formula: string; cached: number } | undefined, format: string = FORMAT.euros, style: CellStyle = 'output'): number => {
    const r = row++;
    s.text(1, r, label, style === 'total' ? 'total' : 'label');
    s.text(2, r, unit);
    years.forEach((_, i) => {
      const c = cell(i);
      if (c) s.formula(col(i), r, `=${c.formula}`, c.cached, format, style);
    });
    s.text(statusCol, r, note, 'note');
    return r;
  };

  // Per organisation: need, budget, gap = (a) + (b) + (c).
  const gapRow: Record<Organisation, number> = {} as Record<Organisation, number>;
  const cutRow: Record<Organisation, number> = {} as Record<Organisation, number>;
  const revRow: Record<Organisation, number> = {} as Record<Organisation, number>;
  const needRow: Record<Organisation, number> = {} as Record<Organisation, number>;
  const budRow: Record<Organisation, number> = {} as Record<Organisation, number>;
  for (const org of ORGANISATIONS) {
    header(`${ORG_LABEL[org]}: behoefte volgens het MPP tegen de begroting (prijsvariant ${variant})`);
    const o = (i: number) => basis[i]!.org[org];
    needRow[org] = line(`Behoefte ${ORG_LABEL[org]} (MPP-volumes × prijzen)`, TH, 'afgeleid; leest nooit Tabel 4 van niet-afgestemde jaren', (i) => ({ formula: K(`basis${org}`, i), cached: k(o(i).need) }));
    budRow[org] = line(`Begroting ${ORG_LABEL[org]} (Tabel 4)`, TH, 'gepubliceerd (Tabel 4, x € 1.000)', (i) => ({ formula: K(`t4${org}`, i), cached: k(o(i).budget) }));
    gapRow[org] = line(`Verschil ${ORG_LABEL[org]}`, TH, 'afgeleid; 0 in de afgestemde jaren', (i) => ({ formula: `${at(col(i), needRow[org])}-${at(col(i), budRow[org])}`, cached: k(o(i).gap) }), FORMAT.euros, 'total');
    cutRow[org] = line('  (a) deel van de taakstelling', TH, `afgeleid: stap in Tabel 4 van ${cutStep(edition).from} naar ${cutStep(edition).to} (niet gepubliceerd)`, (i) => ({ formula: K(`part${org}`, i), cached: k(o(i).cut) }));
    revRow[org] = line('  (b) niet afgestemd op het MPP / terugval naar Rijksbegroting 2024', TH, org === 'nidos' ? 'afgeleid; rust op de sluitpost en de verhoudingen: het minst zekere cijfer' : 'afgeleid', (i) => ({
      formula: `${at(col(i), needRow[org])}-(${at(col(i), budRow[org])}+${at(col(i), cutRow[org])})`,
      cached: k(o(i).reversion),
    }));
    line('  (c) rest (hoort 0 te zijn)', TH, 'afgeleid', (i) => ({ formula: `ROUND(${at(col(i), gapRow[org])}-${at(col(i), cutRow[org])}-${at(col(i), revRow[org])},2)`, cached: toCents(k(o(i).residual)) }));
    row++;
  }
  header('Keten (COA + IND + Nidos)');
  const sum = (rows: Record<Organisation, number>) => (i: number) => ORGANISATIONS.map((org) => at(col(i), rows[org])).join('+');
  const chainGapRow = line('Verschil keten', TH, 'afgeleid', (i) => ({ formula: sum(gapRow)(i), cached: k(basis[i]!.chain.gap) }), FORMAT.euros, 'total');
  const chainCutRow = line('  (a) taakstelling, hele regel (Tabel 1)', TH, 'gepubliceerd (Tabel 1, x € 1.000)', (i) => ({ formula: `-${K('t1', i)}`, cached: k(basis[i]!.chain.cut) }));
  const chainRevRow = line('  (b) niet afgestemd op het MPP / terugval', TH, 'afgeleid', (i) => ({ formula: sum(revRow)(i), cached: k(basis[i]!.chain.reversion) }));
  line('  (c) taakstelling op andere regels dan IND, COA en Nidos', TH, 'afgeleid: bijvoorbeeld 37.3 Terugkeer (L535)', (i) => ({
    formula: `ROUND(${at(col(i), chainGapRow)}-${at(col(i), chainCutRow)}-${at(col(i), chainRevRow)},2)`,
    cached: toCents(k(basis[i]!.chain.residual)),
  }));
  for (const r of [...ORGANISATIONS.map((org) => gapRow[org]), chainGapRow]) s.highlight(`${at(col(0), r)}:${at(lastCol, r)}`, HALF_EURO / 1000);
  const coaGapB = line('Verschil COA bij prijsvariant B (prijs van het eerste jaar)', TH, 'afgeleid; de keuze van de prijs verschuift het COA-verschil: vergelijk met de regel Verschil COA hierboven', (i) => ({
    formula: aligned(i) ? `${at(col(i), gapRow.coa)}` : `(${R('t6B', i)}*${absolute(R('variants', 1))}-${R('t4coa', i)})/1000`,
    cached: k(basisB[i]!.org.coa.gap),
  }));
  line('Verschil keten bij prijsvariant B', TH, 'afgeleid', (i) => ({ formula: `${at(col(i), chainGapRow)}-${at(col(i), gapRow.coa)}+${at(col(i), coaGapB)}`, cached: k(basisB[i]!.chain.gap) }));
  row++;

  // COA: what the budget buys.
  header(`COA: bedden die de begroting koopt (prijsvariant ${variant})`);
  const priceRow = line('Prijs per bezet bed per jaar', '€ per bed', 'afgeleid in afgestemde jaren (Tabel 4 / MPP-bezetting); daarna aanname (variant)', (i) => ({ formula: R('priceBasis', i), cached: buys[i]!.pricePerBed }), '#,##0.00');
  const bedsRow = line(
    'Bedden die de begroting koopt (Tabel 4 COA / prijs)',
    'aantal',
    'afgeleid; geen tekort in een afgestemd jaar',
    (i) => ({ formula: `${R('t4coa', i)}/${at(col(i), priceRow)}`, cached: buys[i]!.bedsBought }),
    FORMAT.count,
  );
  const occRow = line('MPP-bezetting', 'aantal', `gepubliceerd, Tabel 6${assumedYearsNote(edition, edition.bindings.coaOccupancy, true)}`, (i) => ({ formula: R('t6B', i), cached: buys[i]!.occupancy }), FORMAT.count);
  const shortRow = line(
    'Tekort aan bedden (MPP − gekocht)',
    'aantal',
    'afgeleid; × prijs = het COA-verschil hierboven',
    (i) => ({ formula: `${at(col(i), occRow)}-${at(col(i), bedsRow)}`, cached: buys[i]!.shortfall }),
    FORMAT.count,
    'total',
  );
  const cutBedsRow = line('  waarvan taakstelling (deel COA / prijs)', 'aantal', 'afgeleid', (i) => ({ formula: `${R('partcoa', i)}/${at(col(i), priceRow)}`, cached: buys[i]!.cutBeds }), FORMAT.count);
  line('  waarvan terugval', 'aantal', 'afgeleid', (i) => ({ formula: `${at(col(i), shortRow)}-${at(col(i), cutBedsRow)}`, cached: buys[i]!.reversionBeds }), FORMAT.count);
  line('Bedden die de begroting koopt bij prijsvariant B', 'aantal', 'afgeleid', (i) => ({ formula: aligned(i) ? at(col(i), bedsRow) : `${R('t4coa', i)}/${absolute(R('variants', 1))}`, cached: buysB[i]!.bedsBought }), FORMAT.count);
  row++;

  // IND: what the budget pays for.
  header('IND: beslissingen die de begroting betaalt tegen de kostprijs');
  const moneyRow = line('pxq-geld (Tabel 15 omzet − vaste posten)', TH, 'afgeleid; volgt de bekostigingsformule omzet = P × Q + lumpsum (L1121-1124)', (i) => ({ formula: K('pxqMoney', i), cached: k(buys[i]!.ind.pxqMoney) }));
  const shareRow = line(`Aandeel van ${edition.firstBudgetYear}`, '%', 'afgeleid', (i) => ({ formula: `${at(col(i), moneyRow)}/${absolute(at(col(0), moneyRow))}`, cached: buys[i]!.ind.shareOfFirst }), FORMAT.share);
  const pxqTotal = IND_PRODUCTS.map((p) => absolute(R(`t8${p}`, 0))).join('+');
  for (const p of IND_PRODUCTS)
    line(
      `Beslissingen ${p} (pxq-geld × aandeel Tabel 8 / kostprijs)`,
      'aantal',
      'afgeleid',
      (i) => ({ formula: `${at(col(i), moneyRow)}*1000*${absolute(R(`t8${p}`, 0))}/(${pxqTotal})/${R(`t19${p}`, i)}`, cached: buys[i]!.ind.decisions[p] }),
      FORMAT.count,
    );
  line(
    'Gedekt deel van de pxq-behoefte volgens het MPP',
    '%',
    'afgeleid',
    (i) => ({
      formula: `${at(col(i), moneyRow)}*1000/(${IND_PRODUCTS.map((p) => `${R(`c${p}`, i)}*${R(p === 'asiel' ? 't6A' : p === 'regulier' ? 't6Reg' : 't6Nat', i)}*${R(`t19${p}`, i)}`).join('+')})`,
      cached: buys[i]!.ind.coverage,
    }),
    FORMAT.share,
  );
  const text = indShareText(edition);
  const textRow = row++;
  s.text(1, textRow, 'Tekst: "na 2027 nog circa 35% van het huidige aantal" (L1143-1144)', 'label');
  s.text(2, textRow, '%');
  const after = years.map((y, i) => i).filter((i) => years[i]! > cutStep(edition).from);
  for (const i of after) s.value(col(i), textRow, text, FORMAT.share, 'published', 'tekst bij Tabel 15–16, L1143-1144');
  s.text(statusCol, textRow, 'gepubliceerd als tekst; de bron geeft methode noch basisjaar', 'source');
  line(
    'Verschil berekend − tekst',
    '%',
    'afgeleid: het berekende aandeel tegen dat uit de tekst; ter vergelijking bijdrage en omzet als aandeel hieronder',
    (i) => (after.includes(i) ? { formula: `${at(col(i), shareRow)}-${at(col(i), textRow)}`, cached: buys[i]!.ind.shareOfFirst - text } : undefined),
    FORMAT.share,
  );
  line(
    `Bijdrage IND als aandeel van ${edition.firstBudgetYear} (Tabel 4)`,
    '%',
    'afgeleid, ter vergelijking',
    (i) => ({ formula: `${R('t4ind', i)}/${absolute(R('t4ind', 0))}`, cached: cal.budget.ind[i]! / cal.budget.ind[0]! }),
    FORMAT.share,
  );
  line(
    `Omzet IND als aandeel van ${edition.firstBudgetYear} (Tabel 15)`,
    '%',
    'afgeleid, ter vergelijking',
    (i) => ({ formula: `${R('t15', i)}/${absolute(R('t15', 0))}`, cached: cal.ind.turnover[i]! / cal.ind.turnover[0]! }),
    FORMAT.share,
  );
  row++;

  // Chart: need against budget of the chain.
  const chartTop = row;
  s.text(1, chartTop, 'Grafiek: behoefte en begroting van de keten (x € 1.000)', 'subtitle');
  years.forEach((y, i) => s.text(col(i), chartTop, String(y), 'header'));
  s.text(2, chartTop + 1, 'Behoefte');
  s.text(2, chartTop + 2, 'Begroting');
  years.forEach((_, i) => {
    s.formula(col(i), chartTop + 1, `=${sum(needRow)(i)}`, k(basis[i]!.chain.need), FORMAT.thousands, 'output');
    s.formula(col(i), chartTop + 2, `=${sum(budRow)(i)}`, k(basis[i]!.chain.budget), FORMAT.thousands, 'output');
  });
  s.chartBelow({
    type: 'columnClustered',
    title: `Keten: behoefte volgens het MPP tegen de begroting ${edition.id}`,
    dataRange: `B${chartTop}:${columnLetter(lastCol)}${chartTop + 2}`,
    seriesBy: 'rows',
    categoryAxisTitle: 'Jaar',
    valueAxisTitle: '€',
  });
  row = chartTop + 4;

  // Tabel 1 as printed (x € 1.000), the cut highlighted.
  const t1 = tableOf(edition, edition.bindings.mutations.table);
  const placed = placeTable(s, edition, t1.id, row, { header: `Uitgavenmutaties (${t1.label}, x € 1.000, zoals gedrukt)`, tableName: `${edition.id}_Mutaties`, highlight: edition.bindings.cut.row });
  row = placed.bottom + 2;
  const fte = placeTable(s, edition, edition.bindings.indFte.table, row, { header: 'Fte IND (Tabel 17, zoals gedrukt)', rows: [edition.bindings.indFte.row], columns: years.map(String), tableName: `${edition.id}_IND_Fte` });
  row = fte.bottom + 2;

  s.text(1, row++, 'Legenda', 'header');
  for (const [st, label, textLegend] of [
    ['published', 'gepubliceerd', 'zo gedrukt in de bron'],
    ['derived', 'afgeleid', 'formule op gepubliceerde cijfers'],
    ['assumed', 'aanname', 'een vermelde regel, geen bron'],
  ] as const) {
    s.text(1, row, label, st);
    s.text(2, row++, textLegend, 'note');
  }
  if (row >= CUTS_LAYOUT.referenceTop) throw new Error(`${cutsSheetName(edition)}: the sections reach row ${row}, past the reference block at ${CUTS_LAYOUT.referenceTop}`);

  s.widthsFrom([66, 10, 16, 16, 16, 16, 16, 60]);
  s.freezeAt(5, 2);
  return s.build();
}
