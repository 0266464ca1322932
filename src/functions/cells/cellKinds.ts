/**
 * What Excel hands a custom function for one cell, and how to tell the kinds
 * apart.
 *
 * - An empty referenced cell arrives as 0 in Excel on Windows and Mac, and as
 *   null in Excel on the web (older builds: undefined or ""): office-js issues
 *   #4702 and #5262, and #1951 for repeating parameters. What an empty cell means
 *   is therefore declared per parameter (readers.ts, `parameter`), so both hosts
 *   give the same answer.
 * - With allowErrorForDataTypeAny, an error cell arrives as an object carrying
 *   an error code ("#DIV/0!"): a CustomFunctions.Error or an Excel.ErrorCellValue.
 * - With allowCustomDataForDataTypeAny (which custom-functions-metadata writes
 *   into functions.json), a data-type cell arrives as its cell-value object:
 *   a formatted number as { type: "Double" | "FormattedNumber", basicValue: 12.5,
 *   numberFormat }, an entity (Stocks, Geography, an add-in's own) as
 *   { type: "Entity" | "LinkedEntity", text, properties, basicType: "Error",
 *   basicValue: "#VALUE!" }. See "Use data types with custom functions in Excel",
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts,
 *   and the Excel.CellValue types of the Excel JavaScript API (basicValue, basicType).
 */

export const isEmptyCell = (cell: unknown): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

interface CellValueObject {
  readonly code?: unknown;
  readonly type?: unknown;
  readonly errorType?: unknown;
  readonly basicType?: unknown;
  readonly basicValue?: unknown;
}

/** The Excel error code of an error passed in from another cell, or null. */
export function upstreamErrorCode(cell: unknown): string | null {
  if (typeof cell !== 'object' || cell === null) return null;
  const record = cell as CellValueObject;
  if (typeof record.code === 'string' && record.code.startsWith('#')) return record.code;
  if (record.type === 'Error') {
    if (typeof record.basicValue === 'string') return record.basicValue;
    return typeof record.errorType === 'string' ? `#${record.errorType}` : '#ERROR';
  }
  return null;
}

/**
 * The plain value a data-type cell stands for (its basicValue: a number, text or
 * logical value), or undefined when it has none: an entity's basicValue is the
 * error #VALUE! (basicType "Error"), an error cell is no data type.
 */
export function basicValueOf(cell: object): number | string | boolean | undefined {
  if (Array.isArray(cell)) return undefined;
  const record = cell as CellValueObject;
  if (record.type === 'Error' || record.basicType === 'Error') return undefined;
  const value = record.basicValue;
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
}

/** What a cell that is neither number, text, logical value nor error holds: its data type ("Entity", "LinkedEntity", …). */
export function dataTypeOf(cell: object): string {
  if (Array.isArray(cell)) return 'array';
  const type = (cell as CellValueObject).type;
  return typeof type === 'string' && type.length <= 40 ? type : 'object';
}

/** How a cell is named in a message: text in quotes is done by the message itself. */
export function describeCell(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return typeof cell === 'object' && cell !== null ? dataTypeOf(cell) : String(cell);
}
