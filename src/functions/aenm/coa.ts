import { coaBedsChecked, coaCostAt, coaOccupancyChecked, coaPricePerBed } from '../../core';
import { elementwise, type Cell } from '../cells/elementwise';
import { CellFault } from '../cells/fault';
import { numberReader, optional } from '../cells/readers';
import type { FunctionContext } from '../context';

const inflowPerYear = numberReader('instroom');
const stayMonths = numberReader('verblijfsduur (maanden)');
const previous = numberReader('bezetting vorig jaar');
const outflowPerYear = numberReader('uitstroom');
const occupiedBeds = numberReader('bedden');
const pricePerBed = numberReader('prijs per bed');
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
  return elementwise(
    { name: 'AENM.COA_OCCUPANCY', language: ctx.language, readers: [previous, inflowPerYear, outflowPerYear] as const, compute: occupancyOf },
    [before, inflow, outflow],
  );
}

/** beds × price per occupied bed-year; price defaults to the edition's first-year COA contribution / MPP occupancy. */
export function coaCostCells(ctx: FunctionContext, beds: unknown, price: unknown): Cell[][] {
  const standard = coaPricePerBed(ctx.edition, ctx.edition.firstBudgetYear);
  const fallback = standard.ok ? standard.value : new CellFault(standard.error);
  return elementwise(
    {
      name: 'AENM.COA_COST',
      language: ctx.language,
      readers: [occupiedBeds, optional(pricePerBed, fallback)] as const,
      compute: costAt,
    },
    [beds, price],
  );
}
