import type { CellValue } from 'exceljs';
import type { CellSpec } from '../core/sheets/types';

const ERRORS = new Set(['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!']);
type Scalar = number | string | boolean;

function result(cached: Scalar | undefined): Scalar | { error: string } | undefined {
  if (typeof cached === 'string' && ERRORS.has(cached)) return { error: cached };
  return cached;
}

/**
 * The ExcelJS value of a described cell. A formula carries the core's cached
 * result, so viewers that never recalculate (previews, mail clients,
 * LibreOffice with recalculation off) still show the right number.
 */
export function cellValue(spec: CellSpec): CellValue {
  if (spec.formula !== undefined) {
    const formula = spec.formula.startsWith('=') ? spec.formula.slice(1) : spec.formula;
    return { formula, result: result(spec.cached) } as CellValue;
  }
  return spec.value ?? null;
}
