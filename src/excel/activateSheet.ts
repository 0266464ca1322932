/**
 * "Ga naar blad": makes a written sheet the active one (Worksheet.activate,
 * ExcelApi 1.1). getItemOrNullObject (1.4) so a sheet the controller deleted
 * or renamed since gives false, not an exception.
 */
export interface ActivateContext {
  readonly workbook: { readonly worksheets: { getItemOrNullObject(name: string): { isNullObject: boolean; load(p: string): void; activate(): void } } };
  sync(): Promise<void>;
}

export async function activateSheet(context: ActivateContext, sheetName: string): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load('isNullObject');
  await context.sync();
  if (sheet.isNullObject) return false;
  sheet.activate();
  await context.sync();
  return true;
}
