/**
 * What Excel hands a custom function for one cell, and how to tell the kinds
 * apart. Excel passes an empty cell as null (older builds: undefined or ""),
 * and, with allowErrorForDataTypeAny, an error cell as an object carrying an
 * error code ("#DIV/0!"): a CustomFunctions.Error or an Excel.ErrorCellValue.
 */

export const isEmptyCell = (cell: unknown): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** The Excel error code of an error passed in from another cell, or null. */
export function upstreamErrorCode(cell: unknown): string | null {
  if (typeof cell !== 'object' || cell === null) return null;
  const record = cell as { code?: unknown; type?: unknown; errorType?: unknown; basicValue?: unknown };
  if (typeof record.code === 'string' && record.code.startsWith('#')) return record.code;
  if (record.type === 'Error') {
    if (typeof record.basicValue === 'string') return record.basicValue;
    return typeof record.errorType === 'string' ? `#${record.errorType}` : '#ERROR';
  }
  return null;
}

/** How a cell is named in a message: text in quotes is done by the message itself. */
export function describeCell(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (Array.isArray(cell)) return 'bereik';
  return typeof cell === 'object' && cell !== null ? 'object' : String(cell);
}
