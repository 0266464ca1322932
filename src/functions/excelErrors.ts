import type { ErrorKind } from '../core';

/**
 * The only place that creates Excel errors. Inside Excel (and the Office.js
 * stand-in of the browser tests) that is a real CustomFunctions.Error; in
 * unit tests and HyperFormula, where there is no CustomFunctions, a plain
 * object of the same shape, so callers and tests never check which.
 */
export type ExcelErrorCode = '#VALUE!' | '#N/A';

export interface ExcelErrorLike {
  readonly code: string;
  readonly message?: string;
}

class ExcelErrorStandIn implements ExcelErrorLike {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message: string,
  ) {}
}

interface CustomFunctionsLike {
  Error: new (code: never, message?: string) => ExcelErrorLike;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

const customFunctions = (): CustomFunctionsLike | undefined => {
  const candidate = (globalThis as { CustomFunctions?: Partial<CustomFunctionsLike> }).CustomFunctions;
  return typeof candidate?.Error === 'function' && candidate.ErrorCode ? (candidate as CustomFunctionsLike) : undefined;
};

export const excelCodeOf = (kind: ErrorKind): ExcelErrorCode => (kind === 'notAvailable' ? '#N/A' : '#VALUE!');

export function excelError(kind: ErrorKind, message: string): ExcelErrorLike {
  const cf = customFunctions();
  if (!cf) return new ExcelErrorStandIn(excelCodeOf(kind), message);
  const code = kind === 'notAvailable' ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue;
  return new cf.Error(code as never, message);
}

/** True for what excelError returns (either form). */
export const isExcelError = (value: unknown): value is ExcelErrorLike => typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
