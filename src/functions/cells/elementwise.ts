import { describeError, type CoreError, type Language, type Result } from '../../core';
import { excelError, type ExcelErrorLike } from '../excelErrors';
import { CellFault, type Reader } from './fault';
import { commonShape, gridOf, isSingleCell, shapeOf, shapeText, type Grid, type Shape } from './grid';

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

/** Distinct error messages worded in one call; past this, further distinct faults share one message per kind of fault. */
export const MAX_DISTINCT_MESSAGES = 1_000;
/** Params longer than this are not compared by content (a pasted megabyte is compared by identity). */
const MAX_KEYED_PARAM = 200;

/**
 * One error cell per distinct fault in a call (issue 12): a million cells with
 * the same fault share one worded message instead of a million, and a million
 * distinct faults cost at most MAX_DISTINCT_MESSAGES messages, so memory and
 * time stay bounded by the range, not by what the cells happen to say.
 */
export class ErrorCells {
  private readonly byContent = new Map<string, ExcelErrorLike>();
  private readonly overflow = new Map<string, ExcelErrorLike>();
  private readonly arrayIds = new WeakMap<object, number>();
  private lastError: CoreError | undefined;
  private lastCell: ExcelErrorLike | undefined;

  constructor(private readonly language: Language) {}

  of(error: CoreError): ExcelErrorLike {
    if (error === this.lastError || (this.lastError && sameFault(error, this.lastError))) {
      this.lastError = error;
      return this.lastCell!;
    }
    const key = this.keyOf(error);
    let cell = key === null ? undefined : this.byContent.get(key);
    if (!cell) {
      if (this.byContent.size < MAX_DISTINCT_MESSAGES) {
        cell = errorCell(error, this.language);
        if (key !== null) this.byContent.set(key, cell);
      } else cell = this.shared(error);
    }
    this.lastError = error;
    this.lastCell = cell;
    return cell;
  }

  /** The fault by content: kind, code and each param (lists by identity); null when a param is too long to compare cheaply. */
  private keyOf(error: CoreError): string | null {
    let key = `${error.kind}\u0001${error.code}`;
    for (const name in error.params) {
      const value = error.params[name];
      if (Array.isArray(value)) {
        let id = this.arrayIds.get(value);
        if (id === undefined) this.arrayIds.set(value, (id = nextId++));
        key += `\u0001${name}\u0002#${id}`;
      } else {
        const text = String(value);
        if (text.length > MAX_KEYED_PARAM) return null;
        key += `\u0001${name}\u0002${text}`;
      }
    }
    return key;
  }

  private shared(error: CoreError): ExcelErrorLike {
    const key = `${error.kind}\u0001${error.code}\u0001${String(error.params.what)}`;
    let cell = this.overflow.get(key);
    if (!cell) {
      const note = this.language === 'nl' ? `één van meer dan ${MAX_DISTINCT_MESSAGES} verschillende fouten in dit bereik` : `one of over ${MAX_DISTINCT_MESSAGES} distinct faults in this range`;
      cell = errorCell({ ...error, params: { ...error.params, given: `… (${note})` } }, this.language);
      this.overflow.set(key, cell);
    }
    return cell;
  }
}
let nextId = 1;

/** The same fault as the previous cell's (kind, code, every param), without building a key. */
function sameFault(a: CoreError, b: CoreError): boolean {
  if (a.code !== b.code || a.kind !== b.kind) return false;
  let count = 0;
  for (const name in a.params) {
    if (a.params[name] !== b.params[name]) return false;
    count++;
  }
  for (const name in b.params) if (--count < 0 || !(name in a.params)) return false;
  return count === 0;
}

function settle(outcome: Outcome, name: string, errors: ErrorCells): Cell {
  let value: number;
  if (typeof outcome === 'number') value = outcome;
  else if (outcome instanceof CellFault) return errors.of(outcome.error);
  else if (outcome.ok) value = outcome.value;
  else return errors.of(outcome.error);
  // Never NaN/Infinity into a sheet; -0 prints as "-0" in some hosts.
  if (value - value !== 0) return errors.of({ kind: 'invalidValue', code: 'tooLarge', params: { what: name, given: String(value), max: Number.MAX_VALUE } });
  return value === 0 ? 0 : value;
}

/**
 * Applies `compute` cell by cell over the arguments' grids, broadcasting as
 * Excel's own functions do: a single cell against a range, a column against a
 * row (a grid), equal ranges elementwise; where a range is shorter than the
 * result, the cells beyond it are #N/A (as =A1:A3+B1:B2 gives). A bad cell
 * gives an error in that cell only. Arguments that are one cell are read once;
 * no closures or arrays are made per cell.
 */
export function elementwise<T extends readonly unknown[]>(call: Call<T>, args: readonly unknown[]): Cell[][] {
  const { name, language, readers, compute } = call;
  const count = readers.length;
  const grids: Grid[] = [];
  for (let k = 0; k < count; k++) grids.push(gridOf(args[k]));
  const shapes = grids.map(shapeOf);
  const shape = commonShape(shapes);
  if (shape.rows * shape.columns > MAX_CELLS) {
    return [[errorCell({ kind: 'invalidValue', code: 'tooMuchInput', params: { what: name, cells: shapeText(shape), max: MAX_CELLS } }, language)]];
  }

  const fixed: unknown[] = new Array(count);
  const single: boolean[] = new Array(count);
  // Per argument: repeated along the columns (one column), and the column past which it has no value.
  const oneColumn: boolean[] = new Array(count);
  const columnsOf: number[] = new Array(count);
  for (let k = 0; k < count; k++) {
    single[k] = isSingleCell(shapes[k]!);
    oneColumn[k] = shapes[k]!.columns === 1;
    columnsOf[k] = oneColumn[k] ? shape.columns : shapes[k]!.columns;
    if (single[k]) fixed[k] = readers[k]!(grids[k]![0]![0]);
  }
  const outside = new CellFault({ kind: 'notAvailable', code: 'outsideRange', params: { what: name, given: shapes.map(shapeText).join(', '), shape: shapeText(shape) } });

  const errors = new ErrorCells(language);
  const values: unknown[] = new Array(count);
  const invoke = compute as unknown as (...v: unknown[]) => Outcome;
  let varying = -1;
  for (let k = 0; k < count; k++) if (!single[k]) varying = varying === -1 ? k : -2;
  if (varying >= 0) return alongOne(call.name, grids[varying]!, shape, varying, readers[varying]!, fixed, invoke, errors);

  const rowOf: (readonly unknown[] | undefined)[] = new Array(count);
  const out: Cell[][] = new Array(shape.rows);
  for (let i = 0; i < shape.rows; i++) {
    const row: Cell[] = new Array(shape.columns);
    // Each argument's row for this result row: its only row, its i-th, or none (#N/A) past its end.
    for (let k = 0; k < count; k++) rowOf[k] = grids[k]!.length === 1 ? grids[k]![0] : grids[k]![i];
    for (let j = 0; j < shape.columns; j++) {
      let faulted: CellFault | null = null;
      for (let k = 0; k < count; k++) {
        const cells = rowOf[k];
        const value = single[k] ? fixed[k] : cells === undefined || j >= columnsOf[k]! ? outside : readers[k]!(oneColumn[k] ? cells[0] : cells[j]);
        if (value instanceof CellFault) {
          faulted = value;
          break;
        }
        values[k] = value;
      }
      if (faulted) {
        row[j] = errors.of(faulted.error);
        continue;
      }
      try {
        row[j] = settle(invokeWith(invoke, values, count), name, errors);
      } catch (e) {
        row[j] = defect(e, name, errors);
      }
    }
    out[i] = row;
  }
  return out;
}

/**
 * The common case, one range against single cells (=AENM.IND_COST("asiel"; A2:A100001)):
 * the same answers as the general loop, which it spares reading every single argument
 * again per cell (issue 15: ≤ 3× a bare loop over 100.000 cells). The range has the
 * result's shape (it alone gives it), so no cell of it lies outside; a fault among the
 * single arguments is reported in every cell unless the range's cell, read first because
 * it comes first, is already faulty, as in the general loop's argument order.
 */
function alongOne(name: string, grid: Grid, shape: Shape, varying: number, read: Reader<unknown>, fixed: readonly unknown[], invoke: (...v: unknown[]) => Outcome, errors: ErrorCells): Cell[][] {
  const count = fixed.length;
  const values = fixed.slice();
  let before: CellFault | null = null;
  let after: CellFault | null = null;
  for (let k = 0; k < count; k++) {
    const v = fixed[k];
    if (k !== varying && v instanceof CellFault) {
      if (k < varying) before ??= v;
      else after ??= v;
    }
  }
  const oneColumn = shape.columns === 1;
  const out: Cell[][] = new Array(shape.rows);
  for (let i = 0; i < shape.rows; i++) {
    const cells = grid[i]!;
    const row: Cell[] = new Array(shape.columns);
    for (let j = 0; j < shape.columns; j++) {
      if (before) {
        row[j] = errors.of(before.error);
        continue;
      }
      const value = read(oneColumn ? cells[0] : cells[j]);
      if (value instanceof CellFault) {
        row[j] = errors.of(value.error);
        continue;
      }
      if (after) {
        row[j] = errors.of(after.error);
        continue;
      }
      values[varying] = value;
      try {
        row[j] = settle(invokeWith(invoke, values, count), name, errors);
      } catch (e) {
        row[j] = defect(e, name, errors);
      }
    }
    out[i] = row;
  }
  return out;
}

/**
 * A throw from a computation is a defect (e.g. an edition without a bound table), not the controller's mistake: said
 * in that cell. The try stays in each loop: moved into a helper around the call, it cost IND_COST over 100.000 cells
 * in Chromium ~2 ms (5,5 → 7,5 ms).
 */
function defect(e: unknown, name: string, errors: ErrorCells): Cell {
  return errors.of({ kind: 'invalidValue', code: 'internalError', params: { what: name, given: e instanceof Error ? e.message : String(e) } });
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
