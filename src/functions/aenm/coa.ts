import { coaBedsChecked, coaCostAt, coaOccupancyChecked, coaPricePerBed } from '../../core';
import { elementwise, type Cell } from '../cells/elementwise';
import { CellFault } from '../cells/fault';
import { countParameter, numberReader, parameter } from '../cells/readers';
import type { FunctionContext } from '../context';

const inflowPerYear = countParameter('inflow');
const stayMonths = countParameter('stay');
const previous = countParameter('previousOccupancy');
const outflowPerYear = countParameter('outflow');
const occupiedBeds = countParameter('beds');
/** A price of 0 has no meaning: 0 (an empty cell on Excel desktop) means the standard price, as an empty cell does on the web. */
const pricePerBed = (standard: number | CellFault) => parameter({ what: 'pricePerBed', read: numberReader('pricePerBed'), zero: 'omitted', omitted: standard });
// Bound once: CommonJS builds (jest, tsx) turn each use of a re-exported binding into a getter call per cell.
const bedsOf = coaBedsChecked;
const occupancyOf = coaOccupancyChecked;
const costAt = coaCostAt;

/** Little's law: beds = inflow per year × stay in months / 12. */
export function coaBedsCells(ctx: FunctionContext, inflow: unknown, stay: unknown): Cell[][] {
  return elementwise({ name: 'AENM.COA_BEDS', language: ctx.language, readers: [inflowPerYear, stayMonths] as const, compute: bedsOf }, [inflow, stay]);
}

/** The MPP stock-flow: previous + inflow − outflow. */
export function coaOccupancyCells(ctx: FunctionContext, before: unknown, inflow: unknown, outflow: unknown): Cell[][] {
  return elementwise({ name: 'AENM.COA_OCCUPANCY', language: ctx.language, readers: [previous, inflowPerYear, outflowPerYear] as const, compute: occupancyOf }, [before, inflow, outflow]);
}

/** beds × price per occupied bed-year; price defaults to the edition's first-year COA contribution / MPP occupancy. */
export function coaCostCells(ctx: FunctionContext, beds: unknown, price: unknown): Cell[][] {
  const standard = coaPricePerBed(ctx.edition, ctx.edition.firstBudgetYear);
  const fallback = standard.ok ? standard.value : new CellFault(standard.error);
  return elementwise(
    {
      name: 'AENM.COA_COST',
      language: ctx.language,
      readers: [occupiedBeds, pricePerBed(fallback)] as const,
      compute: costAt,
    },
    [beds, price],
  );
}
