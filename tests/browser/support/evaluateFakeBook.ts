// Recalculates what the fake workbook received, in Node, with HyperFormula (GPL, tests only):
// the fake stores formulas as text, so "the written sheet's need" is computed here.
import { HyperFormula, type SimpleCellAddress } from 'hyperformula';
import { parseAddress } from '../../../src/core/sheets/a1';

export interface FakeBookCells {
  sheets: Record<string, { cells: Record<string, unknown> }>;
  order: string[];
  names: { name: string; address: string; sheet?: string }[];
}

export function evaluateFakeBook(book: FakeBookCells): (sheet: string, address: string) => unknown {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', precisionRounding: 14 });
  const ids = new Map<string, number>();
  for (const name of book.order) ids.set(name, hf.getSheetId(hf.addSheet(name))!);
  hf.suspendEvaluation();
  for (const n of book.names) {
    if (!n.sheet) continue;
    hf.addNamedExpression(n.name, `='${n.sheet.replace(/'/g, "''")}'!$${n.address.replace(/^([A-Z]+)(\d+)$/, '$1$$$2')}`);
  }
  for (const name of book.order) {
    const sheet = ids.get(name)!;
    for (const [address, value] of Object.entries(book.sheets[name]!.cells)) {
      const { column, row } = parseAddress(address);
      const content = typeof value === 'string' && !value.startsWith('=') && /^[+\-'0-9]/.test(value) ? `'${value}` : value;
      hf.setCellContents({ sheet, col: column - 1, row: row - 1 } as SimpleCellAddress, [[content as string | number | boolean | null]]);
    }
  }
  hf.resumeEvaluation();
  return (sheetName, address) => {
    const { column, row } = parseAddress(address);
    return hf.getCellValue({ sheet: ids.get(sheetName)!, col: column - 1, row: row - 1 });
  };
}
