// One LibreOffice round trip and everything the tests ask of it.
import { figure, openBook } from './figures';
import { formulaCells, mismatches, recalculateWithLibreOffice, type FormulaCell } from './libreoffice';

export interface LibreOfficeCheck {
  readonly formulaCount: number;
  readonly recalculated: Map<string, FormulaCell>;
  /** "Sheet!A1: =formula cached x, LibreOffice y" for every difference. */
  readonly mismatches: string[];
  /** A figure on the recalculated workbook, by row label and column header. */
  figureAfter(sheet: string, rowLabel: string, header?: string): unknown;
}

export async function checkWithLibreOffice(soffice: string, xlsxFile: string): Promise<LibreOfficeCheck> {
  const converted = await recalculateWithLibreOffice(soffice, xlsxFile);
  const cached = await formulaCells(xlsxFile);
  const recalculated = await formulaCells(converted);
  const after = await openBook(converted);
  return {
    formulaCount: cached.size,
    recalculated,
    mismatches: mismatches(cached, recalculated),
    figureAfter: (sheet, rowLabel, header) => figure(after, sheet, rowLabel, header),
  };
}
