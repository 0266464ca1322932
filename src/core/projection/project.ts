import { impliedStayMonths } from '../coa/coaBeds';
import { cut } from '../cuts/cut';
import { cents, euros } from '../edition/money';
import { seriesFigure } from '../edition/lookup';
import type { Edition, IndProduct } from '../edition/types';
import { roundNoise } from '../edition/units';
import { nidosCostAt } from '../nidos/nidosCost';
import { odaItems } from '../oda/odaShares';
import type { Drivers } from './drivers';

export interface YearOutcome {
  readonly year: number;
  readonly occupancy: number;
  /** Little's law beds from inflow and stay, beside the stock-flow occupancy. */
  readonly steadyStateBeds: number;
  /** occupancy / outflow × 12; null without outflow. */
  readonly impliedStayMonths: number | null;
  readonly coaCost: number;
  readonly indCost: number;
  readonly nidosCost: number;
  readonly total: number;
  /** OB2025 budget of the chain (IND + COA + NIDOS lines), with or without the cut. */
  readonly budget: number;
  /** budget − total: negative is a shortfall. */
  readonly gap: number;
  /** ODA shares of 2025 applied to this year's costs. */
  readonly odaEstimate: number;
}

const PRODUCTS: readonly IndProduct[] = ['asiel', 'regulier', 'naturalisatie'];
const sum = (values: readonly number[]): number => values.reduce((a, v) => a + v, 0);

/**
 * The five-year chain projection. Pure: the same drivers give the same
 * outcome, and the MPP-basis drivers give OB2025's published COA, IND and
 * Nidos budgets back. Results are in euros, rounded only against float noise.
 */
export function project(edition: Edition, drivers: Drivers): YearOutcome[] {
  const b = edition.bindings;
  const budgetOf = (binding: { table: string; row: string }, year: number): number => {
    const f = seriesFigure(edition, binding, year, 'begroting');
    return f.ok ? euros(f.value) : 0;
  };
  const oda = odaItems(edition);
  let previous = drivers.startOccupancy;
  return drivers.years.map((d) => {
    const occupancy = previous + d.coaInflow - d.coaOutflow;
    previous = occupancy;
    const coaCost = cents(occupancy * d.pricePerBed);
    const indCost = cents(sum(PRODUCTS.map((p) => d.indVolume[p] * d.indPrice[p])) + d.indOther);
    const nidosCost = nidosCostAt(d.nidosUnitCosts, d.nidosPupils, d.nidosInCare, d.nidosInflow);
    const total = cents(coaCost + indCost + nidosCost);
    const cutThisYear = cut(edition, d.year, 'total');
    const chainBudget = budgetOf(b.indContribution, d.year) + budgetOf(b.coaContribution, d.year) + budgetOf(b.nidosContribution, d.year);
    const budget = cents(drivers.cutApplied || !cutThisYear.ok ? chainBudget : chainBudget - cutThisYear.value);
    const costOf: Record<string, number> = { [b.coaContribution.row]: coaCost, [b.indContribution.row]: indCost, [b.nidosContribution.row]: nidosCost };
    const odaEstimate = cents(
      sum(
        oda.map((item) => {
          if (item.share === null || item.line === null) return item.amount;
          const cost = costOf[item.line];
          return item.share * (cost ?? budgetOf({ table: b.budgetLines.table, row: item.line }, d.year));
        }),
      ),
    );
    return {
      year: d.year,
      occupancy,
      steadyStateBeds: roundNoise((d.coaInflow * d.stayMonths) / 12),
      impliedStayMonths: impliedStayMonths(occupancy, d.coaOutflow),
      coaCost,
      indCost,
      nidosCost,
      total,
      budget,
      gap: cents(budget - total),
      odaEstimate,
    };
  });
}
