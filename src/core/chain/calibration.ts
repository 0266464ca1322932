import { tableOf } from '../edition/lookup';
import type { ChainRef, Edition, IndItemSetting, IndProduct, PriceVariant } from '../edition/types';
import { carried, printed } from './published';
import { ORGANISATIONS, type Organisation } from './types';
import { IND_PRODUCTS } from '../edition/products';

export type IndItemKey = IndItemSetting['key'];

/**
 * Everything the chain model derives from the edition alone (chain-model.md
 * §2, P7): the published series per projection year (2029 carried where a
 * table stops), and the calibrated parameters of the aligned years. All
 * amounts in euros, unrounded. Arrays run over edition.projectionYears.
 */
export interface Calibration {
  readonly years: readonly number[];
  readonly first: number;
  readonly alignedThrough: number;
  /** Tabel 6, per year (2029 carried), counts. */
  readonly mpp: {
    readonly asylumInflow: readonly number[];
    /** Asielinstroom of the year before the first (2024), the start of the ODA index. */
    readonly asylumInflowBefore: number;
    readonly coaInflow: readonly number[];
    readonly coaOutflow: readonly number[];
    readonly occupancy: readonly number[];
    readonly occupancyBefore: number;
    readonly regular: readonly number[];
    readonly naturalisation: readonly number[];
  };
  /** I / A per year (§2.2), unrounded. */
  readonly inflowRatio: readonly number[];
  /** COA price per bed: the calibrated aligned years, and each variant's price for later years (§2.5). */
  readonly price: { readonly aligned: readonly number[]; readonly variant: Readonly<Record<PriceVariant, number>> };
  /** Tabel 4 per organisation, euros. */
  readonly budget: Readonly<Record<Organisation, readonly number[]>>;
  /** Tabel 1 "Beperken asielinstroom", euros, as a positive amount. */
  readonly cutTotal: readonly number[];
  /** Each organisation's part of the cut, derived (§2.8), euros, positive. */
  readonly cutPart: Readonly<Record<Organisation, readonly number[]>>;
  readonly ind: {
    readonly kostprijs: Readonly<Record<IndProduct, readonly number[]>>;
    /** The non-pxq items and leges per year as prefilled (§2.6), euros; leges positive. */
    readonly items: Readonly<Record<IndItemKey, readonly number[]>>;
    /** Tabel 8 pxq per product, first year, euros. */
    readonly pxqFirst: Readonly<Record<IndProduct, number>>;
    /** Tabel 15 omzet per year, euros. */
    readonly turnover: readonly number[];
    /** Omzet − fixed items (items without leges): the pxq money per year (§6). */
    readonly pxqMoney: readonly number[];
    /** k per year: pxq money / previous year's, aligned years after the first; 1 elsewhere. */
    readonly k: readonly number[];
    /** c_p per year: priced products per MPP count (§2.4). */
    readonly perCount: Readonly<Record<IndProduct, readonly number[]>>;
  };
  readonly nidos: {
    readonly unit: { readonly guidance: readonly number[]; readonly care: readonly number[]; readonly intake: readonly number[] };
    /** Tabel 12 first year. */
    readonly pupilsFirst: number;
    readonly inflowFirst: number;
    /** amv in opvang, first year: the sluitpost on Tabel 4 (§2.7). */
    readonly inCareFirst: number;
    /** kN per year: Tabel 4 Nidos / previous year's in aligned years after the first; 1 elsewhere. */
    readonly k: readonly number[];
    /** Volumes per MPP driver: pupils and in care per COA bed, inflow per asylum inflow. */
    readonly ratio: { readonly pupils: readonly number[]; readonly inCare: readonly number[]; readonly inflow: readonly number[] };
  };
  readonly oda: readonly { readonly key: string; readonly label: string; readonly amount: number }[];
}

const calibrations = new WeakMap<Edition, Calibration>();

/** The edition's calibration, computed once per edition object. */
export function calibrate(edition: Edition): Calibration {
  const known = calibrations.get(edition);
  if (known) return known;
  const made = compute(edition);
  calibrations.set(edition, made);
  return made;
}

function compute(edition: Edition): Calibration {
  const b = edition.bindings;
  const settings = edition.chain;
  const years = edition.projectionYears;
  const first = edition.firstBudgetYear;
  const aligned = settings.alignedThrough;
  const isAligned = (y: number): boolean => y >= first && y <= aligned;
  const series = (ref: ChainRef): number[] => years.map((y) => carried(edition, ref, y).value);
  const mppRef = (row: string): ChainRef => ({ table: b.mpp.table, row });
  const sumSeries = (rows: readonly string[]): number[] => years.map((_, i) => rows.reduce((s, row) => s + series(mppRef(row))[i]!, 0));

  const asylumInflow = series(b.asylumInflow);
  const coaInflow = series(b.coaInflow);
  const coaOutflow = series(b.coaOutflow);
  const occupancy = series(b.coaOccupancy);
  const regular = sumSeries(settings.indRegularRows);
  const naturalisation = series(mppRef(settings.indNaturalisationRow));
  const inflowRatio = years.map((_, i) => coaInflow[i]! / asylumInflow[i]!);

  const budgetOf = (row: string): number[] => years.map((y) => printed(edition, { table: b.budgetLines.table, row }, y));
  const budget: Record<Organisation, number[]> = { coa: budgetOf(b.coaContribution.row), ind: budgetOf(b.indContribution.row), nidos: budgetOf(b.nidosContribution.row) };
  const cutTotal = years.map((y) => -printed(edition, b.cut, y));
  const { stepFrom, stepTo, tranche } = settings.cutParts;
  const cutPart = Object.fromEntries(
    ORGANISATIONS.map((org) => {
      const row = { coa: b.coaContribution.row, ind: b.indContribution.row, nidos: b.nidosContribution.row }[org];
      const step = printed(edition, { table: b.budgetLines.table, row }, stepFrom) - printed(edition, { table: b.budgetLines.table, row }, stepTo);
      return [org, years.map((y) => (tranche[String(y)] ?? 0) * step)];
    }),
  ) as Record<Organisation, number[]>;

  // COA price: calibrated in aligned years only (P7), variants for later years (§2.5).
  const alignedIdx = years.map((y, i) => (isAligned(y) ? i : -1)).filter((i) => i >= 0);
  const priceAligned = years.map((y, i) => (isAligned(y) ? budget.coa[i]! / occupancy[i]! : NaN));
  const lastAligned = alignedIdx[alignedIdx.length - 1]!;
  const pooled = alignedIdx.reduce((s, i) => s + budget.coa[i]!, 0) / alignedIdx.reduce((s, i) => s + occupancy[i]!, 0);
  const variant: Record<PriceVariant, number> = { A: priceAligned[lastAligned]!, B: priceAligned[alignedIdx[0]!]!, C: pooled };

  // IND (§2.4, §2.6, §3.2).
  const kostprijs = Object.fromEntries(IND_PRODUCTS.map((p) => [p, series(b.indPrice[p])])) as Record<IndProduct, number[]>;
  const items = Object.fromEntries(
    settings.indItems.map((item) => {
      const v = Math.abs(printed(edition, item.ref));
      return [item.key, years.map((y) => (y === first || item.after === 'hold' ? v : 0))];
    }),
  ) as Record<IndItemKey, number[]>;
  const pxqFirst = Object.fromEntries(IND_PRODUCTS.map((p) => [p, printed(edition, settings.indPxq[p])])) as Record<IndProduct, number>;
  const turnover = series(settings.indTurnover);
  const fixed = (i: number): number => settings.indItems.filter((it) => it.key !== 'leges').reduce((s, it) => s + items[it.key][i]!, 0);
  const pxqMoney = years.map((_, i) => turnover[i]! - fixed(i));
  const k = years.map((y, i) => (isAligned(y) && y > first ? pxqMoney[i]! / pxqMoney[i - 1]! : 1));
  const countOf: Record<IndProduct, number[]> = { asiel: asylumInflow, regulier: regular, naturalisatie: naturalisation };
  const perCount = Object.fromEntries(
    IND_PRODUCTS.map((p) => {
      const c: number[] = [];
      years.forEach((y, i) => {
        if (y === first) c.push(pxqFirst[p] / kostprijs[p][i]! / countOf[p][i]!);
        else if (isAligned(y)) c.push((c[i - 1]! * countOf[p][i - 1]! * k[i]!) / countOf[p][i]!);
        else c.push(c[i - 1]!);
      });
      return [p, c];
    }),
  ) as Record<IndProduct, number[]>;

  // Nidos (§2.7).
  const at = (ref: { table: string; row: string }, y: number): number => carried(edition, ref, y).value;
  const unit = { guidance: years.map((y) => at(b.nidosGuidanceCost, y)), care: years.map((y) => at(b.nidosCareCost, y)), intake: years.map((y) => at(b.nidosIntakeCost, y)) };
  const pupilsFirst = printed(edition, b.nidosPupils, first);
  const inflowFirst = printed(edition, b.nidosInflow, first);
  const i0 = years.indexOf(first);
  const inCareFirst = (budget.nidos[i0]! - pupilsFirst * unit.guidance[i0]! - inflowFirst * unit.intake[i0]!) / unit.care[i0]!;
  const nidosK = years.map((y, i) => (isAligned(y) && y > first ? budget.nidos[i]! / budget.nidos[i - 1]! : 1));
  const ratio = { pupils: [] as number[], inCare: [] as number[], inflow: [] as number[] };
  let volumes = { pupils: pupilsFirst, inCare: inCareFirst, inflow: inflowFirst };
  years.forEach((y, i) => {
    if (y === first || isAligned(y)) {
      if (y > first) volumes = { pupils: volumes.pupils * nidosK[i]!, inCare: volumes.inCare * nidosK[i]!, inflow: volumes.inflow * nidosK[i]! };
      ratio.pupils.push(volumes.pupils / occupancy[i]!);
      ratio.inCare.push(volumes.inCare / occupancy[i]!);
      ratio.inflow.push(volumes.inflow / asylumInflow[i]!);
    } else {
      ratio.pupils.push(ratio.pupils[i - 1]!);
      ratio.inCare.push(ratio.inCare[i - 1]!);
      ratio.inflow.push(ratio.inflow[i - 1]!);
    }
  });

  const odaTable = tableOf(edition, b.oda.table);
  const oda = odaTable.rows.filter((r) => r.key !== b.oda.total).map((r) => ({ key: r.key, label: r.label, amount: printed(edition, { table: b.oda.table, row: r.key }, b.oda.column) }));

  return {
    years,
    first,
    alignedThrough: aligned,
    mpp: {
      asylumInflow,
      asylumInflowBefore: printed(edition, b.asylumInflow, first - 1),
      coaInflow,
      coaOutflow,
      occupancy,
      occupancyBefore: printed(edition, b.coaOccupancy, first - 1),
      regular,
      naturalisation,
    },
    inflowRatio,
    price: { aligned: priceAligned, variant },
    budget,
    cutTotal,
    cutPart,
    ind: { kostprijs, items, pxqFirst, turnover, pxqMoney, k, perCount },
    nidos: { unit, pupilsFirst, inflowFirst, inCareFirst, k: nidosK, ratio },
    oda,
  };
}
