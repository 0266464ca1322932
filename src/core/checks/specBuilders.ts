import type { CellRef, CheckSpec } from '../edition/types';

/**
 * Small constructors so an edition's checks read like the sentences they
 * encode. `{col}` stands for each checked column, `{prev}` for the one before.
 */
export const cell = (table: string, row: string, column = '{col}'): CellRef => ({ table, row, column });

interface Options {
  readonly columns?: readonly string[];
  readonly tolerance?: number;
}

export const equal = (id: string, title: string, left: CellRef, right: CellRef, options: Options & { factor?: number } = {}): CheckSpec => ({
  id,
  kind: 'equal',
  title,
  left,
  right,
  ...options,
});

export const sum = (id: string, title: string, total: CellRef | number, terms: readonly CellRef[], options: Options & { minus?: readonly CellRef[] } = {}): CheckSpec => {
  const { minus = [], ...rest } = options;
  return {
    id,
    kind: 'sum',
    title,
    total,
    terms: [...terms.map((ref) => ({ ref, sign: 1 as const })), ...minus.map((ref) => ({ ref, sign: -1 as const }))],
    ...rest,
  };
};

export const share = (id: string, title: string, printed: CellRef | number, numerator: CellRef, denominator: CellRef, options: Options & { tolerance: number; factor?: number }): CheckSpec => ({
  id,
  kind: 'share',
  title,
  share: printed,
  numerator,
  denominator,
  ...options,
});

export const years = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
