/**
 * Ranges in, ranges out. Excel passes a parameter declared `any[][]` as a
 * 2-D array, rows first, even for a single cell ([[v]]); an optional
 * argument left out arrives as null or undefined. Anything else (a bare
 * scalar or a 1-D array, as other hosts and tests may pass) is folded into
 * the same 2-D shape here, so the rest of the code sees one thing: a Grid.
 */
export type Grid = readonly (readonly unknown[])[];

const EMPTY: Grid = [[null]];

export function gridOf(arg: unknown): Grid {
  if (!Array.isArray(arg)) return [[arg === undefined ? null : arg]];
  if (arg.length === 0) return EMPTY;
  const isArray = Array.isArray;
  let rowsAreArrays = true;
  let emptyRow = false;
  for (let i = 0; i < arg.length; i++) {
    const row: unknown = arg[i];
    if (!isArray(row)) rowsAreArrays = false;
    else if (row.length === 0) emptyRow = true;
  }
  if (rowsAreArrays) return emptyRow ? EMPTY : (arg as Grid);
  // A 1-D array is one row; a stray non-array row becomes a one-cell row.
  return (arg as unknown[]).every((cell) => !Array.isArray(cell)) ? [arg as unknown[]] : (arg as unknown[]).map((row) => (Array.isArray(row) ? row : [row]));
}

export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

/** Excel ranges are rectangular; a ragged array is measured by its widest row (missing cells read as empty). */
export const shapeOf = (grid: Grid): Shape => {
  let columns = 0;
  for (const row of grid) if (row.length > columns) columns = row.length;
  return { rows: grid.length, columns };
};

export const isSingleCell = (shape: Shape): boolean => shape.rows === 1 && shape.columns === 1;

export const shapeText = (shape: Shape): string => `${shape.rows}x${shape.columns}`;

/**
 * The result shape, as Excel's own functions broadcast (=A1:A3*B1:D1 spills 3x3): per
 * dimension the largest size of any argument. An argument of size 1 in a dimension
 * repeats along it; a shorter one leaves the cells beyond its end #N/A (`covers`).
 */
export function commonShape(shapes: readonly Shape[]): Shape {
  let rows = 1;
  let columns = 1;
  for (const shape of shapes) {
    if (shape.rows > rows) rows = shape.rows;
    if (shape.columns > columns) columns = shape.columns;
  }
  return { rows, columns };
}

/** Whether an argument of this shape has a value at (row, column) of the result: repeated along a dimension of size 1, #N/A past its end. */
export const covers = (shape: Shape, row: number, column: number): boolean => (shape.rows === 1 || row < shape.rows) && (shape.columns === 1 || column < shape.columns);
