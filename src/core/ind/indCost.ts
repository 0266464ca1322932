import { indPrice } from '../edition/lookup';
import { cents, euros } from '../edition/money';
import { asResult, chain, ok, type Checked, type Result } from '../edition/result';
import type { Edition, IndProduct } from '../edition/types';
import { LIMITS, nonNegative, positive, refusal, withinLimit } from '../edition/validate';

/** IND pxq for a known price (€ per application): the arithmetic, for callers that look the price up once. */
export const indCostAt = (price: number, quantity: number): Checked => (withinLimit(quantity, LIMITS.count) ? cents(price * quantity) : refusal('applications', quantity, LIMITS.count));

/** IND pxq: integral cost price × number of applications, in euros. IND_COST("asiel"; 1000) = 4.418.000. */
export const indCost = (edition: Edition, product: IndProduct, quantity: number, year: number): Result<number> => chain(indPrice(edition, product, year), (price) => asResult(indCostAt(euros(price), quantity)));

/** What a budget (€) buys: whole applications at the integral cost price. */
export const indCapacity = (edition: Edition, budget: number, product: IndProduct, year: number): Result<number> =>
  chain(nonNegative('budget', budget, LIMITS.euros), (b) => chain(indPrice(edition, product, year), (price) => chain(positive('indPrice', euros(price), LIMITS.euros), (p) => ok(wholeApplications(b, p)))));

/** Floor, but not below an exact quotient that binary arithmetic lands a hair under (4.418.000 / 4.418 = 1000). */
const wholeApplications = (budget: number, price: number): number => {
  const q = Math.floor(budget / price);
  return (q + 1) * price <= budget ? q + 1 : q;
};
