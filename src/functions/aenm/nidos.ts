import { LIMITS, nidosCostAt, nidosUnitCosts, nonNegative } from '../../core';
import { elementwise, type Cell } from '../cells/elementwise';
import { countParameter, optionalYear } from '../cells/readers';
import type { FunctionContext } from '../context';

const pupilsReader = countParameter('pupils');
const inCareReader = countParameter('minorsInCare');
const inflowReader = countParameter('minorsInflow');

/** Nidos cost (€) with Tabel 13 unit costs, looked up once per year; checks in core nidosCost's order. */
export function nidosCostCells(ctx: FunctionContext, pupils: unknown, inCare: unknown, inflow: unknown, year: unknown): Cell[][] {
  type Units = ReturnType<typeof nidosUnitCosts>;
  const units = new Map<number, Units>();
  const unitsOf = (y: number): Units => {
    let found = units.get(y);
    if (!found) units.set(y, (found = nidosUnitCosts(ctx.edition, y)));
    return found;
  };
  return elementwise(
    {
      name: 'AENM.NIDOS_COST',
      language: ctx.language,
      readers: [pupilsReader, inCareReader, inflowReader, optionalYear(ctx.edition)] as const,
      compute: (p: number, c: number, i: number, y: number) => {
        const a = nonNegative('pupils', p, LIMITS.count);
        if (!a.ok) return a;
        const b = nonNegative('minorsInCare', c, LIMITS.count);
        if (!b.ok) return b;
        const d = nonNegative('minorsInflow', i, LIMITS.count);
        if (!d.ok) return d;
        const costs = unitsOf(y);
        return costs.ok ? nidosCostAt(costs.value, p, c, i) : costs;
      },
    },
    [pupils, inCare, inflow, year],
  );
}
