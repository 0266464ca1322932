import { euros, indCapacity, indCostAt, indPrice, map, type IndProduct, type Result } from '../../core';
import { elementwise, type Cell } from '../cells/elementwise';
import { memo2 } from '../cells/memo';
import { countParameter, optionalYear } from '../cells/readers';
import type { FunctionContext } from '../context';
import { productReader } from './productReader';

const quantity = countParameter('applications');
// Bound once: CommonJS builds (jest, tsx) turn each use of a re-exported binding into a getter call per cell.
const costAt = indCostAt;
const budget = countParameter('budget');

const priceLookup = (ctx: FunctionContext) => memo2((product: IndProduct, year: number): Result<number> => map(indPrice(ctx.edition, product, year), euros));

/** IND pxq: qty × integral cost price (€). The price is looked up once per product × year; the arithmetic is the core's. */
export function indCostCells(ctx: FunctionContext, product: unknown, qty: unknown, year: unknown): Cell[][] {
  const price = priceLookup(ctx);
  return elementwise(
    {
      name: 'AENM.IND_COST',
      language: ctx.language,
      readers: [productReader(), quantity, optionalYear(ctx.edition)] as const,
      compute: (p: IndProduct, q: number, y: number) => {
        const unit = price(p, y);
        return unit.ok ? costAt(unit.value, q) : unit;
      },
    },
    [product, qty, year],
  );
}

/** The integral cost price (€) of a product in a year. */
export function indPriceCells(ctx: FunctionContext, product: unknown, year: unknown): Cell[][] {
  const price = priceLookup(ctx);
  return elementwise({ name: 'AENM.IND_PRICE', language: ctx.language, readers: [productReader(), optionalYear(ctx.edition)] as const, compute: price }, [product, year]);
}

/** Whole applications a budget (€) pays for. */
export function indCapacityCells(ctx: FunctionContext, amount: unknown, product: unknown, year: unknown): Cell[][] {
  return elementwise(
    {
      name: 'AENM.IND_CAPACITY',
      language: ctx.language,
      readers: [budget, productReader(), optionalYear(ctx.edition)] as const,
      compute: (b: number, p: IndProduct, y: number) => indCapacity(ctx.edition, b, p, y),
    },
    [amount, product, year],
  );
}
