import { describeError, type CoreError, type Language, type Result } from '../../core';
import { excelError, type ExcelErrorLike } from '../excelErrors';
import { CellFault, type Reader } from './fault';
import { commonShape, gridOf, isSingleCell, shapeOf, shapeText, type Grid } from './grid';

/** More cells than this in one call is refused with a message, not a frozen Excel. */
export const MAX_CELLS = 1_000_000;

/** What a per-cell computation may answer: a number, a core Result, or a fault. */
export type Outcome = number | Result<number> | CellFault;

export type Cell = number | ExcelErrorLike;

type Readers<T extends readonly unknown[]> = { readonly [K in keyof T]: Reader<T[K]> };

export interface Call<T extends readonly unknown[]> {
  /** The function as the controller typed it, e.g. "AENM.IND_COST", for messages about the whole call. */
  readonly name: string;
  readonly language: Language;
  readonly readers: Readers<T>;
  readonly compute: (...values: T) => Outcome;
}

const errorCell = (error: CoreError, language: Language): ExcelErrorLike => excelError(error.kind, describeError(error, language));

function settle(outcome: Outcome, name: string, language: Language): Cell {
  let value: number;
  if (typeof outcome === 'number') value = outcome;
  else if (outcome instanceof CellFault) return errorCell(outcome.error, language);
  else if (outcome.ok) value = outcome.value;
  else return errorCell(outcome.error, language);
  // Never NaN/Infinity into a sheet; -0 prints as "-0" in some hosts.
  if (value - value !== 0) return errorCell({ kind: 'invalidValue', code: 'tooLarge', params: { what: name, given: String(value), max: Number.MAX_VALUE } }, language);
  return value === 0 ? 0 : value;
}

/**
 * Applies `compute` cell by cell over the arguments' grids: a single cell
 * broadcasts against a range, equal ranges go elementwise, the result has
 * their shape. A bad cell gives an error in that cell only. Arguments that are
 * one cell are read once; no closures or arrays are made per cell.
 */
export function elementwise<T extends readonly unknown[]>(call: Call<T>, args: readonly unknown[]): Cell[][] {
  const { name, language, readers, compute } = call;
  const count = readers.length;
  const grids: Grid[] = [];
  for (let k = 0; k < count; k++) grids.push(gridOf(args[k]));
  const shapes = grids.map(shapeOf);
  const shape = commonShape(shapes);
  if (!shape) return [[errorCell({ kind: 'invalidValue', code: 'shapeMismatch', params: { what: name, given: shapes.map(shapeText).join(', ') } }, language)]];
  if (shape.rows * shape.columns > MAX_CELLS) {
    return [[errorCell({ kind: 'invalidValue', code: 'tooMuchInput', params: { what: `${name}: ${shapeText(shape)} cellen`, max: MAX_CELLS } }, language)]];
  }

  const fixed: unknown[] = new Array(count);
  const single: boolean[] = new Array(count);
  for (let k = 0; k < count; k++) {
    single[k] = isSingleCell(shapes[k]!);
    if (single[k]) fixed[k] = readers[k]!(grids[k]![0]![0]);
  }

  const values: unknown[] = new Array(count);
  const invoke = compute as unknown as (...v: unknown[]) => Outcome;
  const out: Cell[][] = new Array(shape.rows);
  for (let i = 0; i < shape.rows; i++) {
    const row: Cell[] = new Array(shape.columns);
    for (let j = 0; j < shape.columns; j++) {
      let faulted: CellFault | null = null;
      for (let k = 0; k < count; k++) {
        const value = single[k] ? fixed[k] : readers[k]!(grids[k]![i]![j]);
        if (value instanceof CellFault) {
          faulted = value;
          break;
        }
        values[k] = value;
      }
      if (faulted) {
        row[j] = errorCell(faulted.error, language);
        continue;
      }
      try {
        row[j] = settle(invokeWith(invoke, values, count), name, language);
      } catch (e) {
        // A defect (e.g. an edition without a bound table), not the controller's mistake: say so in this cell.
        row[j] = errorCell({ kind: 'invalidValue', code: 'internalError', params: { what: name, given: e instanceof Error ? e.message : String(e) } }, language);
      }
    }
    out[i] = row;
  }
  return out;
}

// Fixed-arity calls: spreading a reused array per cell is several times slower.
function invokeWith(f: (...v: unknown[]) => Outcome, v: unknown[], count: number): Outcome {
  switch (count) {
    case 1:
      return f(v[0]);
    case 2:
      return f(v[0], v[1]);
    case 3:
      return f(v[0], v[1], v[2]);
    case 4:
      return f(v[0], v[1], v[2], v[3]);
    default:
      return f(...v.slice(0, count));
  }
}
