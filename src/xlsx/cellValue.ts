import type { CellValue } from 'exceljs';
import { CUSTOM_FUNCTION_NAMESPACE } from '../core/sheets/aenmFormula';
import type { CellSpec } from '../core/sheets/types';

export { CUSTOM_FUNCTION_NAMESPACE };

const ERRORS = new Set(['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!']);
type Scalar = number | string | boolean;

function result(cached: Scalar | undefined): Scalar | { error: string } | undefined {
  if (typeof cached === 'string' && ERRORS.has(cached)) return { error: cached };
  return cached;
}

/**
 * A formula as Excel stores it in a file. Excel saves a JavaScript custom
 * function as `_xldudf_` + namespace + name with the dots made underscores
 * (`AENM.IND_PRICE(` → `_xldudf_AENM_IND_PRICE(`): a Microsoft engineer in
 * OfficeDev/Excel-Custom-Functions#108, seen in files in office-js #4811 and
 * #5611. A file that holds the formula as typed (`AENM.IND_PRICE(`) shows
 * #NAME? in Excel and is not re-resolved when the add-in loads (office-js
 * #6395); the stored form is resolved to the add-in's function once it has
 * registered. String literals are left alone.
 */
export function storedFormula(formula: string): string {
  const call = new RegExp(`(?<![A-Za-z0-9_.])${CUSTOM_FUNCTION_NAMESPACE}\\.([A-Za-z][A-Za-z0-9_.]*)\\s*\\(`, 'gi');
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(call, (_m, name: string) => `_xldudf_${CUSTOM_FUNCTION_NAMESPACE}_${name.toUpperCase().replace(/\./g, '_')}(`)))
    .join('');
}

/**
 * The ExcelJS value of a described cell. A formula carries the core's cached
 * result, so Excel (which shows cached values until it recalculates), viewers
 * that never recalculate (previews, mail clients) and LibreOffice with
 * recalculation off show the right number, AENM cells included.
 */
export function cellValue(spec: CellSpec): CellValue {
  if (spec.formula !== undefined) {
    const formula = spec.formula.startsWith('=') ? spec.formula.slice(1) : spec.formula;
    return { formula: storedFormula(formula), result: result(spec.cached) } as CellValue;
  }
  return spec.value ?? null;
}
