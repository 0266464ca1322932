import { describeError, editionById, EDITIONS, type CoreError, type Edition, type Language } from '../../core';
import { excelError } from '../excelErrors';
import type { Cell } from './elementwise';
import { CellFault } from './fault';
import { commonShape, covers, gridOf, isSingleCell, shapeOf, shapeText } from './grid';
import { parameter, textReader } from './readers';

/**
 * The optional last argument of every AENM function: the data edition ("OB2025", any case).
 * 0 or an empty cell means left out (issue 10): the newest edition the add-in carries.
 */
export const editionReader = (editions: readonly Edition[] = EDITIONS): ((cell: unknown) => Edition | CellFault) => {
  const asText = textReader('edition');
  return parameter({
    what: 'edition',
    read: (cell) => {
      const text = asText(cell);
      if (text instanceof CellFault) return text;
      const edition = editionById(text, editions);
      return edition.ok ? edition.value : new CellFault(edition.error);
    },
    zero: 'omitted',
    omitted: newest(editions),
  });
};

/** The newest of the editions (the list is newest last). */
const newest = (editions: readonly Edition[]): Edition => editions[editions.length - 1]!;

const errorCell = (error: CoreError, language: Language): Cell => excelError(error.kind, describeError(error, language));

/**
 * Runs a function once per distinct edition its [edition] argument names. One cell (the usual case)
 * is one run. A range of editions broadcasts like any other argument (elementwise.ts): each cell
 * takes its own edition's run, #N/A past the end of the shorter of the two.
 */
export function perEdition(name: string, language: Language, editionArg: unknown, run: (edition: Edition) => Cell[][], editions: readonly Edition[] = EDITIONS): Cell[][] {
  const read = editionReader(editions);
  const grid = gridOf(editionArg);
  const shape = shapeOf(grid);
  if (isSingleCell(shape)) {
    const edition = read(grid[0]![0]);
    return edition instanceof CellFault ? [[errorCell(edition.error, language)]] : run(edition);
  }
  const runs = new Map<Edition, Cell[][]>();
  const resultOf = (edition: Edition): Cell[][] => {
    let result = runs.get(edition);
    if (!result) runs.set(edition, (result = run(edition)));
    return result;
  };
  const first = resultOf(newest(editions));
  const resultShape = shapeOf(first);
  const out = commonShape([resultShape, shape]);
  const outside: CoreError = { kind: 'notAvailable', code: 'outsideRange', params: { what: name, given: `${shapeText(resultShape)}, ${shapeText(shape)}`, shape: shapeText(out) } };
  const at = <T>(cells: readonly (readonly T[])[], rows: number, columns: number, i: number, j: number): T => cells[rows === 1 ? 0 : i]![columns === 1 ? 0 : j]!;
  const rows: Cell[][] = [];
  for (let i = 0; i < out.rows; i++) {
    const row: Cell[] = [];
    for (let j = 0; j < out.columns; j++) {
      if (!covers(shape, i, j) || !covers(resultShape, i, j)) {
        row.push(errorCell(outside, language));
        continue;
      }
      const edition = read(at(grid, shape.rows, shape.columns, i, j) ?? null);
      if (edition instanceof CellFault) row.push(errorCell(edition.error, language));
      else {
        const result = resultOf(edition);
        row.push(covers(shapeOf(result), i, j) ? at(result, result.length, result[0]!.length, i, j) : errorCell(outside, language));
      }
    }
    rows.push(row);
  }
  return rows;
}
