import { coaBedsCells, coaCostCells, coaOccupancyCells } from './aenm/coa';
import { indCapacityCells, indCostCells, indPriceCells } from './aenm/ind';
import { budgetCells, cutCells, mppCells, odaCells } from './aenm/lookups';
import { nidosCostCells } from './aenm/nidos';
import { EDITIONS, type Edition } from '../core';
import type { Cell } from './cells/elementwise';
import { perEdition } from './cells/perEdition';
import type { FunctionContext } from './context';
import { displayLanguage } from './language';

/**
 * Every AENM custom function, declared once: its id (the name in Excel) and the function of the
 * functions layer that computes it from the context and its arguments. The ids, the examples'
 * type, the help pages' and the tests' lists derive from here. Each id also has its JSDoc'd
 * wrapper in functions.ts (custom-functions-metadata reads Excel's metadata from there; a test
 * keeps the two in step) and one worked example in examples.ts (a test requires it).
 * Every function takes an optional last argument [edition], handled here.
 */
type CellsFunction = (ctx: FunctionContext, ...args: never[]) => Cell[][];

export const REGISTRY = {
  IND_COST: indCostCells,
  IND_PRICE: indPriceCells,
  IND_CAPACITY: indCapacityCells,
  COA_BEDS: coaBedsCells,
  COA_OCCUPANCY: coaOccupancyCells,
  COA_COST: coaCostCells,
  NIDOS_COST: nidosCostCells,
  MPP: mppCells,
  BUDGET: budgetCells,
  ODA: odaCells,
  CUT: cutCells,
} as const satisfies Record<string, CellsFunction>;

export type FunctionId = keyof typeof REGISTRY;

export const FUNCTION_IDS = Object.keys(REGISTRY) as readonly FunctionId[];

/**
 * How many of a function's arguments before [edition] may be left out (the trailing ones): the
 * JSDoc's [year], [price], [organisation] in functions.ts, which Excel reads
 * (tests/functions/metadata.test.ts holds the two together). Test hosts that call the functions
 * as Excel does (the HyperFormula plugin) take it from here.
 */
export const OPTIONAL_BEFORE_EDITION: Readonly<Record<FunctionId, number>> = { IND_COST: 1, IND_PRICE: 1, IND_CAPACITY: 1, COA_BEDS: 0, COA_OCCUPANCY: 0, COA_COST: 1, NIDOS_COST: 1, MPP: 0, BUDGET: 0, ODA: 0, CUT: 1 };

/** How many arguments a function takes before its [edition]. */
export const arityOf = (id: FunctionId): number => REGISTRY[id].length - 1;

/**
 * Calls a function as Excel does: its arguments, then the optional [edition] (empty or 0: the newest).
 * `editions` are those the [edition] argument may name: the add-in's own; tests pass fixture editions.
 */
export function callFunction(id: FunctionId, args: readonly unknown[], editions: readonly Edition[] = EDITIONS): Cell[][] {
  const cells = REGISTRY[id] as unknown as (ctx: FunctionContext, ...a: unknown[]) => Cell[][];
  const arity = arityOf(id);
  const language = displayLanguage();
  const own = args.slice(0, arity);
  return perEdition(`AENM.${id}`, language, args[arity], (edition) => cells({ edition, language }, ...own), editions);
}
