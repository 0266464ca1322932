// Finds a published figure on a written sheet by its row label and column header, as a reader would.
import ExcelJS from 'exceljs';

export async function openBook(file: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  if (typeof file === 'string') await book.xlsx.readFile(file);
  else await book.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  return book;
}

/** A cell's shown value: the (recalculated) result of a formula, else the constant. */
function shown(cell: ExcelJS.Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/**
 * The value in the row labelled `rowLabel` (column A) and, when `header` is
 * given, the column whose nearest header above that row reads `header`;
 * otherwise column B.
 */
export function figure(book: ExcelJS.Workbook, sheetName: string, rowLabel: string, header?: string): unknown {
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet "${sheetName}" (have ${book.worksheets.map((w) => w.name).join(', ')})`);
  let row = 0;
  sheet.eachRow((r, n) => {
    if (row === 0 && text(shown(r.getCell(1))) === rowLabel) row = n;
  });
  if (row === 0) throw new Error(`${sheetName}: no row labelled "${rowLabel}"`);
  if (header === undefined) return shown(sheet.getCell(row, 2));
  for (let up = row - 1; up >= 1; up--) {
    const r = sheet.getRow(up);
    for (let c = 2; c <= sheet.columnCount; c++) if (text(shown(r.getCell(c))) === header) return shown(sheet.getCell(row, c));
  }
  throw new Error(`${sheetName}: no column "${header}" above "${rowLabel}"`);
}
