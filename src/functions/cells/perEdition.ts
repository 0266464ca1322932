import { editionById, EDITIONS, newestOf, type CoreError, type Edition, type Language } from '../../core';
import { ErrorCells, MAX_CELLS, type Cell } from './elementwise';
import { CellFault, type Reader } from './fault';
import { commonShape, covers, gridOf, isSingleCell, shapeOf, shapeText, type Shape } from './grid';
import { textParameter, textReader } from './readers';

/**
 * The optional last argument of every AENM function: the data edition ("OB2025", any case).
 * 0 or an empty cell means left out (issue 10): the newest of `editions`.
 */
function editionReader(editions: readonly Edition[]): Reader<Edition> {
  const asText = textReader('edition');
  const read: Reader<Edition> = (cell) => {
    const text = asText(cell);
    if (text instanceof CellFault) return text;
    const edition = editionById(text, editions);
    return edition.ok ? edition.value : new CellFault(edition.error);
  };
  return textParameter('edition', read, newestOf(editions));
}

/** A cell of a grid broadcast to (i, j): a size-1 dimension repeats, as in elementwise.ts. */
const at = <T>(cells: readonly (readonly T[])[], shape: Shape, i: number, j: number): T => cells[shape.rows === 1 ? 0 : i]![shape.columns === 1 ? 0 : j]!;

/**
 * Runs a function once per distinct edition its [edition] argument names. One cell (the usual case)
 * is one run. A range of editions broadcasts like any other argument (elementwise.ts): each cell
 * takes its own edition's run, #N/A past the end of the shorter of the two. The same limits as
 * elementwise: at most MAX_CELLS cells, one worded message per distinct fault (ErrorCells).
 */
export function perEdition(name: string, language: Language, editionArg: unknown, run: (edition: Edition) => Cell[][], editions: readonly Edition[] = EDITIONS): Cell[][] {
  const read = editionReader(editions);
  const errors = new ErrorCells(language);
  const grid = gridOf(editionArg);
  const shape = shapeOf(grid);
  if (isSingleCell(shape)) {
    const edition = read(grid[0]![0]);
    return edition instanceof CellFault ? [[errors.of(edition.error)]] : run(edition);
  }
  const runs = new Map<Edition, { cells: Cell[][]; shape: Shape }>();
  const resultOf = (edition: Edition) => {
    let result = runs.get(edition);
    if (!result) {
      const cells = run(edition);
      runs.set(edition, (result = { cells, shape: shapeOf(cells) }));
    }
    return result;
  };
  const first = resultOf(newestOf(editions)).shape;
  const out = commonShape([first, shape]);
  if (out.rows * out.columns > MAX_CELLS) return [[errors.of({ kind: 'invalidValue', code: 'tooMuchInput', params: { what: name, cells: shapeText(out), max: MAX_CELLS } })]];
  const outside: CoreError = { kind: 'notAvailable', code: 'outsideRange', params: { what: name, given: `${shapeText(first)}, ${shapeText(shape)}`, shape: shapeText(out) } };
  const rows: Cell[][] = [];
  for (let i = 0; i < out.rows; i++) {
    const row: Cell[] = [];
    for (let j = 0; j < out.columns; j++) {
      if (!covers(shape, i, j) || !covers(first, i, j)) {
        row.push(errors.of(outside));
        continue;
      }
      const edition = read(at(grid, shape, i, j) ?? null);
      if (edition instanceof CellFault) row.push(errors.of(edition.error));
      else {
        const result = resultOf(edition);
        row.push(covers(result.shape, i, j) ? at(result.cells, result.shape, i, j) : errors.of(outside));
      }
    }
    rows.push(row);
  }
  return rows;
}
