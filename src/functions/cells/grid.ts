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
 * The result shape: one cell broadcasts against a range; ranges must agree
 * exactly. null when they do not (the caller answers #VALUE! with the shapes).
 */
export function commonShape(shapes: readonly Shape[]): Shape | null {
  let result: Shape = { rows: 1, columns: 1 };
  for (const shape of shapes) {
    if (isSingleCell(shape)) continue;
    if (isSingleCell(result)) result = shape;
    else if (shape.rows !== result.rows || shape.columns !== result.columns) return null;
  }
  return result;
}
