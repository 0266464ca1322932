import { euros, indCapacity, indPrice, LIMITS, map, nonNegative, type IndProduct, type Result } from '../../core';
import { elementwise, type Cell } from '../cells/elementwise';
import { memo2 } from '../cells/memo';
import { fastCents } from '../cells/money';
import { memoized, numberReader, optionalYear } from '../cells/readers';
import type { FunctionContext } from '../context';
import { productReader } from './productReader';

const quantity = numberReader('aantal aanvragen');
// Read once: CommonJS builds (jest) turn each use of a re-exported binding into a getter call.
const MAX_COUNT = LIMITS.count;
const budget = numberReader('budget');

const priceLookup = (ctx: FunctionContext) =>
  memo2((product: IndProduct, year: number): Result<number> => map(indPrice(ctx.edition, product, year), euros));

/** IND pxq: qty × integral cost price (€). The price is looked up once per product × year, then core arithmetic per cell. */
export function indCostCells(ctx: FunctionContext, product: unknown, qty: unknown, year: unknown): Cell[][] {
  const price = priceLookup(ctx);
  return elementwise(
    {
      name: 'AENM.IND_COST',
      language: ctx.language,
      readers: [productReader(), quantity, memoized(optionalYear(ctx.edition))] as const,
      // Same order and arithmetic as core indCost: quantity checked first, then cents(price × qty).
      compute: (p: IndProduct, q: number, y: number) => {
        // nonNegative accepts exactly 0 ≤ q ≤ max (q is finite here); it only words the refusal.
        if (!(q >= 0 && q <= MAX_COUNT)) return nonNegative('aantal aanvragen', q, MAX_COUNT);
        const unit = price(p, y);
        return unit.ok ? fastCents(unit.value * q) : unit;
      },
    },
    [product, qty, year],
  );
}

/** The integral cost price (€) of a product in a year. */
export function indPriceCells(ctx: FunctionContext, product: unknown, year: unknown): Cell[][] {
  const price = priceLookup(ctx);
  return elementwise(
    { name: 'AENM.IND_PRICE', language: ctx.language, readers: [productReader(), memoized(optionalYear(ctx.edition))] as const, compute: price },
    [product, year],
  );
}

/** Whole applications a budget (€) pays for. */
export function indCapacityCells(ctx: FunctionContext, amount: unknown, product: unknown, year: unknown): Cell[][] {
  return elementwise(
    {
      name: 'AENM.IND_CAPACITY',
      language: ctx.language,
      readers: [budget, productReader(), memoized(optionalYear(ctx.edition))] as const,
      compute: (b: number, p: IndProduct, y: number) => indCapacity(ctx.edition, b, p, y),
    },
    [amount, product, year],
  );
}
