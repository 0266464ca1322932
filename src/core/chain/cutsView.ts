import { printed } from './published';
import type { Edition, IndProduct, PriceVariant } from '../edition/types';
import { calibrate } from './calibration';
import { IND_PRODUCTS } from '../edition/products';
import { presetDrivers } from './drivers';
import { projectChain } from './project';

/** What the budget still buys in a year (chain-model.md §6), basis volumes, the given price variant. */
export interface BudgetBuysYear {
  readonly year: number;
  readonly pricePerBed: number;
  /** Tabel 4 COA / p. */
  readonly bedsBought: number;
  /** The MPP occupancy of the basis. */
  readonly occupancy: number;
  /** occupancy − beds bought; × p = the COA gap. */
  readonly shortfall: number;
  /** The COA cut part / p, and the rest of the shortfall. */
  readonly cutBeds: number;
  readonly reversionBeds: number;
  readonly ind: {
    /** Tabel 15 omzet − the fixed items. */
    readonly pxqMoney: number;
    /** pxq money / the first year's. */
    readonly shareOfFirst: number;
    /** Decisions per product at the kostprijs, split by Tabel 8's first-year pxq shares. */
    readonly decisions: Readonly<Record<IndProduct, number>>;
    /** pxq money / the basis MPP pxq need. */
    readonly coverage: number;
  };
}

export function budgetBuys(edition: Edition, priceVariant: PriceVariant = edition.chain.priceVariant): BudgetBuysYear[] {
  const cal = calibrate(edition);
  const drivers = presetDrivers(edition, 'basis', priceVariant);
  const outcome = projectChain(edition, drivers);
  const pxqFirstTotal = IND_PRODUCTS.reduce((s, p) => s + cal.ind.pxqFirst[p], 0);
  return outcome.map((o, i) => {
    const p = drivers.year.pricePerBed[i]!;
    const bedsBought = cal.budget.coa[i]! / p;
    const cutBeds = cal.cutPart.coa[i]! / p;
    const shortfall = o.occupancy - bedsBought;
    const money = cal.ind.pxqMoney[i]!;
    const pxqNeed = IND_PRODUCTS.reduce((s, q) => s + o.ind.pxq[q], 0);
    return {
      year: o.year,
      pricePerBed: p,
      bedsBought,
      occupancy: o.occupancy,
      shortfall,
      cutBeds,
      reversionBeds: shortfall - cutBeds,
      ind: {
        pxqMoney: money,
        shareOfFirst: money / cal.ind.pxqMoney[0]!,
        decisions: Object.fromEntries(IND_PRODUCTS.map((q) => [q, (money * (cal.ind.pxqFirst[q] / pxqFirstTotal)) / cal.ind.kostprijs[q][i]!])) as Record<IndProduct, number>,
        coverage: money / pxqNeed,
      },
    };
  });
}

/** The text's "na 2027 nog circa 35% van het huidige aantal" (L1143-1144), as printed (a fraction). */
export const indShareText = (edition: Edition): number => printed(edition, edition.chain.indShareText);
