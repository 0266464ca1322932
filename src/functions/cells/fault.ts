import type { CoreError, ErrorCode, ErrorKind } from '../../core';

/**
 * A cell that cannot be used, carrying the core error that words its message.
 * A class (not a Result) so the per-cell hot path tells a fault from a value
 * with one `instanceof`, and valid values need no wrapper object.
 */
export class CellFault {
  constructor(readonly error: CoreError) {}
}

export const fault = (kind: ErrorKind, code: ErrorCode, params: CoreError['params']): CellFault => new CellFault({ kind, code, params });

/** Reads one cell into a value or a fault; never throws. */
export type Reader<T> = (cell: unknown) => T | CellFault;
