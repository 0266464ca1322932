import { tableOf } from '../edition/lookup';
import type { Edition } from '../edition/types';
import { roundNoise } from '../edition/units';
import { absolute, at, rangeOf } from './a1';
import { FORMAT } from './formats';
import { indPriceEuros } from './parameters';
import { SheetBuilder, type SheetOptions } from './sheetBuilder';
import { sourceLine } from './sources';
import type { SheetDescription } from './types';
import { placeTable } from './yearBlock';
import { yearRow } from './yearRow';

export const CUTS_SHEET_NAME = 'Taakstelling 2027-2028';

/**
 * What the structural cut leaves: Tabel 1 with the cut highlighted, the
 * chain's budget lines and their change, what the IND budget still pays for
 * and what the COA budget still buys at the 2025 price per bed, and the gap
 * to the MPP occupancy. Every derived cell is a formula on the cells above.
 */
export function cutsSheet(edition: Edition, options: SheetOptions): SheetDescription {
  const s = new SheetBuilder(edition, 'cuts', CUTS_SHEET_NAME, options);
  const b = edition.bindings;
  const t1 = tableOf(edition, b.mutations.table);
  const t4 = tableOf(edition, b.budgetLines.table);
  const first = edition.firstBudgetYear;
  const years = edition.projectionYears.map(String);
  s.heading('Taakstelling Beperken asielinstroom: wat de begroting nog koopt', 'Bedragen x € 1.000 tenzij anders vermeld', sourceLine(edition, [t1.label, t4.label, 'Tabel 6', 'Tabel 16', 'Tabel 17', 'Tabel 19', 'tekst bĳ Tabel 15–16']));

  // Tabel 1 with the computed stand beside the printed one.
  const mut = placeTable(s, edition, t1.id, 6, { header: `Uitgavenmutaties (${t1.label}, x € 1.000)`, tableName: `${edition.id}_Mutaties`, highlight: b.cut.row });
  const cols = years.map((y) => ({ year: Number(y), column: mut.columnOf[y]! }));
  const totalKey = t1.rows.find((r) => r.sumOf)!;
  const terms = totalKey.sumOf!.map((k) => mut.rowOf[k]!);
  const fig = (placed: typeof mut, key: string, year: number): number => placed.figures[key]![String(year)] ?? 0;
  const standRow = mut.bottom + 1;
  const stand = yearRow(s, standRow, 'Stand berekend (som van de regels)', cols, (y, c) => ({
    formula: `SUM(${at(c, Math.min(...terms))}:${at(c, Math.max(...terms))})`,
    cached: totalKey.sumOf!.reduce((sum, k) => sum + fig(mut, k, y), 0),
  }), FORMAT.thousands, 'total');
  yearRow(s, standRow + 1, 'Verschil met gepubliceerde stand', cols, (y, c) => ({ formula: `${at(c, standRow)}-${at(c, mut.rowOf[totalKey.key]!)}`, cached: stand[y]! - fig(mut, totalKey.key, y) }), FORMAT.thousands);

  // Budget lines of the chain and their change.
  const lines = [b.indContribution.row, b.coaContribution.row, b.nidosContribution.row];
  const bud = placeTable(s, edition, t4.id, standRow + 4, { header: `Begroting per regel (${t4.label}, x € 1.000)`, rows: lines, columns: years, tableName: `${edition.id}_Begroting_Keten` });
  const lineTotalRow = bud.bottom + 1;
  const lineTotal = yearRow(s, lineTotalRow, 'Totaal IND + COA + NIDOS', cols, (y, c) => ({ formula: `SUM(${at(c, bud.top + 1)}:${at(c, bud.bottom)})`, cached: lines.reduce((sum, k) => sum + fig(bud, k, y), 0) }), FORMAT.thousands, 'total');
  const changeTop = lineTotalRow + 2;
  s.text(1, changeTop, 'Mutatie t.o.v. vorig jaar (x € 1.000)', 'subtitle');
  [...lines, 'totaal'].forEach((key, i) => {
    const sourceRow = key === 'totaal' ? lineTotalRow : bud.rowOf[key]!;
    const label = key === 'totaal' ? 'Totaal' : t4.rows.find((r) => r.key === key)!.label;
    const value = (y: number): number => (key === 'totaal' ? lineTotal[y]! : fig(bud, key, y));
    yearRow(s, changeTop + 1 + i, `Mutatie ${label}`, cols.slice(1), (y, c) => ({ formula: `${at(c, sourceRow)}-${at(c - 1, sourceRow)}`, cached: value(y) - value(y - 1) }), FORMAT.thousands);
  });

  // IND: budget, cut, FTE, what the budget pays for.
  const indTop = changeTop + 6;
  s.text(1, indTop, 'IND', 'header');
  cols.forEach(({ year, column }) => s.text(column, indTop, String(year), 'header'));
  const indBudgetRow = indTop + 1;
  const indBudget = yearRow(s, indBudgetRow, 'Begroting IND (x € 1.000)', cols, (y, c) => ({ formula: at(c, bud.rowOf[b.indContribution.row]!), cached: fig(bud, b.indContribution.row, y) }), FORMAT.thousands);
  const cutRow = placeTable(s, edition, b.indCut.table, indTop + 3, { header: 'IND-deel taakstelling (tekst, x € 1 mln.)', rows: [b.indCut.row], columns: years, tableName: `${edition.id}_IND_Taakstelling` });
  const fteRow = placeTable(s, edition, b.indFte.table, cutRow.bottom + 2, { header: 'Fte IND (Tabel 17)', rows: [b.indFte.row], columns: years, tableName: `${edition.id}_IND_Fte` });
  const omzet = placeTable(s, edition, b.indTurnover.asiel.table, fteRow.bottom + 2, { header: 'Omzet asiel pxq (Tabel 16, x € 1.000)', rows: [b.indTurnover.asiel.row], columns: years, tableName: `${edition.id}_IND_Omzet_Asiel` });
  const omzetRow = omzet.rowOf[b.indTurnover.asiel.row]!;
  const priceRow = omzet.bottom + 1;
  const prices = yearRow(s, priceRow, 'Kostprĳs asiel (Tabel 19, €)', cols, (y) => {
    const p = indPriceEuros(edition, options.formulaStyle, 'asiel', y);
    return { formula: p.formula, cached: p.value };
  }, FORMAT.euros);
  const decisionsRow = priceRow + 1;
  const decisions = yearRow(s, decisionsRow, 'Asielbeslissingen die de omzet betaalt (omzet × 1.000 / kostprĳs)', cols, (y, c) => ({
    formula: `${at(c, omzetRow)}*1000/${at(c, priceRow)}`,
    cached: roundNoise((fig(omzet, b.indTurnover.asiel.row, y) * 1000) / prices[y]!),
  }), FORMAT.count);
  const c0 = cols[0]!.column;
  yearRow(s, decisionsRow + 1, `Asielbeslissingen als aandeel van ${first}`, cols, (y, c) => ({ formula: `${at(c, decisionsRow)}/${absolute(at(c0, decisionsRow))}`, cached: roundNoise(decisions[y]! / decisions[first]!) }), FORMAT.share);
  const fteKey = b.indFte.row;
  yearRow(s, decisionsRow + 2, `Fte als aandeel van ${first}`, cols, (y, c) => ({ formula: `${at(c, fteRow.rowOf[fteKey]!)}/${absolute(at(c0, fteRow.rowOf[fteKey]!))}`, cached: roundNoise(fig(fteRow, fteKey, y) / fig(fteRow, fteKey, first)) }), FORMAT.share);
  yearRow(s, decisionsRow + 3, `Begroting IND als aandeel van ${first}`, cols, (y, c) => ({ formula: `${at(c, indBudgetRow)}/${absolute(at(c0, indBudgetRow))}`, cached: roundNoise(indBudget[y]! / indBudget[first]!) }), FORMAT.share);

  // COA: budget per MPP bed, beds bought at the 2025 price, the gap.
  const coaTop = decisionsRow + 5;
  const mppYears = tableOf(edition, b.mpp.table).columns;
  const occ = placeTable(s, edition, b.mpp.table, coaTop, { header: 'COA: MPP-bezetting (Tabel 6)', rows: [b.coaOccupancy.row], columns: years.filter((y) => mppYears.includes(y)), tableName: `${edition.id}_COA_Bezetting` });
  const occRow = occ.rowOf[b.coaOccupancy.row]!;
  const lastMpp = Number(mppYears[mppYears.length - 1]);
  // Years after Tabel 6 ends carry its last year forward, as a visible formula.
  const occupancy: Record<number, number> = {};
  const occupancyRow = occ.bottom + 1;
  yearRow(s, occupancyRow, `Bezetting gebruikt (na ${lastMpp}: ${lastMpp} doorgetrokken)`, cols, (y, c) => {
    occupancy[y] = fig(occ, b.coaOccupancy.row, Math.min(y, lastMpp));
    return { formula: y <= lastMpp ? at(c, occRow) : at(c - 1, occupancyRow), cached: occupancy[y]! };
  }, FORMAT.count);
  const coaBudgetRow = occupancyRow + 1;
  const coaRow = bud.rowOf[b.coaContribution.row]!;
  yearRow(s, coaBudgetRow, 'Begroting COA (€)', cols, (y, c) => ({ formula: `${at(c, coaRow)}*1000`, cached: fig(bud, b.coaContribution.row, y) * 1000 }), FORMAT.euros);
  const perBedRow = coaBudgetRow + 1;
  const perBed = yearRow(s, perBedRow, 'Begroting per MPP-bed (€ per bezet bed per jaar)', cols, (y, c) => ({ formula: `${at(c, coaBudgetRow)}/${at(c, occupancyRow)}`, cached: (fig(bud, b.coaContribution.row, y) * 1000) / occupancy[y]! }), FORMAT.euros);
  const price = perBed[first]!;
  const priceRef = absolute(at(c0, perBedRow));
  const bedsRow = perBedRow + 1;
  const beds = yearRow(s, bedsRow, `Bedden die de begroting koopt tegen de prĳs van ${first}`, cols, (y, c) => ({ formula: `${at(c, coaBudgetRow)}/${priceRef}`, cached: (fig(bud, b.coaContribution.row, y) * 1000) / price }), FORMAT.count);
  yearRow(s, bedsRow + 1, 'Tekort aan bedden (MPP-bezetting − gekochte bedden)', cols, (y, c) => ({ formula: `${at(c, occupancyRow)}-${at(c, bedsRow)}`, cached: occupancy[y]! - beds[y]! }), FORMAT.count);
  const gapRow = bedsRow + 2;
  yearRow(s, gapRow, `Financieringstekort (€): (bezetting − gekochte bedden) × prĳs ${first}`, cols, (y, c) => ({ formula: `(${at(c, occupancyRow)}-${at(c, bedsRow)})*${priceRef}`, cached: (occupancy[y]! - beds[y]!) * price }), FORMAT.euros, 'warning');
  const costRow = gapRow + 1;
  yearRow(s, costRow, `Kosten MPP-bezetting tegen prĳs ${first} (€)`, cols, (y, c) => ({ formula: `${at(c, occupancyRow)}*${priceRef}`, cached: occupancy[y]! * price }), FORMAT.euros);

  // Chart data beside each other: budget against the cost of the MPP occupancy.
  const chartTop = costRow + 2;
  s.text(1, chartTop, 'Grafiek: begroting COA tegen kosten MPP-bezetting (€)', 'subtitle');
  cols.forEach(({ year, column }) => s.text(column, chartTop, String(year), 'header'));
  yearRow(s, chartTop + 1, 'Begroting COA', cols, (y, c) => ({ formula: at(c, coaBudgetRow), cached: fig(bud, b.coaContribution.row, y) * 1000 }), FORMAT.euros);
  yearRow(s, chartTop + 2, `Kosten MPP-bezetting tegen prĳs ${first}`, cols, (y, c) => ({ formula: at(c, costRow), cached: occupancy[y]! * price }), FORMAT.euros);
  const lastCol = cols[cols.length - 1]!.column;
  s.chart({ type: 'columnClustered', title: `COA: begroting tegen kosten MPP-bezetting tegen prĳs ${first}`, dataRange: rangeOf(at(1, chartTop), at(lastCol, chartTop + 2)), seriesBy: 'rows', from: at(lastCol + 2, 6), to: at(lastCol + 10, 26) });

  s.widthsFrom([62, 15, 15, 15, 15, 15]);
  s.freezeAt(6, 1);
  return s.build();
}
