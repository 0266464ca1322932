import { at, parseAddress } from '../core/sheets/a1';
import type { CellSpec } from '../core/sheets/types';

/** A filled rectangle of cells, written with one assignment per property. */
export interface Block {
  readonly address: string;
  readonly rows: number;
  readonly columns: number;
  /** Row-major cells; every position is filled. */
  readonly cells: readonly (readonly CellSpec[])[];
}

/**
 * Groups cells into rectangles without holes: runs of adjacent cells per
 * row, merged downwards while the next row has a run over exactly the same
 * columns. A sheet of a few hundred cells becomes a few dozen blocks.
 */
export function rectangles(cells: readonly CellSpec[]): Block[] {
  const placed = cells.map((cell) => ({ cell, ...parseAddress(cell.address) })).sort((a, b) => a.row - b.row || a.column - b.column);
  const open = new Map<string, { top: number; bottom: number; from: number; to: number; rows: CellSpec[][] }>();
  const done: { top: number; from: number; to: number; rows: CellSpec[][] }[] = [];
  let i = 0;
  while (i < placed.length) {
    const row = placed[i]!.row;
    const runs: { from: number; to: number; cells: CellSpec[] }[] = [];
    for (; i < placed.length && placed[i]!.row === row; i++) {
      const p = placed[i]!;
      const last = runs[runs.length - 1];
      if (last && last.to === p.column - 1) {
        last.to = p.column;
        last.cells.push(p.cell);
      } else runs.push({ from: p.column, to: p.column, cells: [p.cell] });
    }
    const close = (key: string): void => {
      done.push(open.get(key)!);
      open.delete(key);
    };
    for (const [key, block] of open) if (block.bottom !== row - 1) close(key);
    for (const run of runs) {
      const key = `${run.from}:${run.to}`;
      const block = open.get(key);
      if (block) {
        block.bottom = row;
        block.rows.push(run.cells);
      } else {
        open.set(key, { top: row, bottom: row, from: run.from, to: run.to, rows: [run.cells] });
      }
    }
    // Blocks not continued on this row are finished.
    for (const [key, block] of open) if (block.bottom !== row) close(key);
  }
  done.push(...open.values());
  return done.map((b) => ({
    address: b.rows.length === 1 && b.from === b.to ? at(b.from, b.top) : `${at(b.from, b.top)}:${at(b.to, b.top + b.rows.length - 1)}`,
    rows: b.rows.length,
    columns: b.to - b.from + 1,
    cells: b.rows,
  }));
}
