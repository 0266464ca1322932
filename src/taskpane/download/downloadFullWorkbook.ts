import type { Edition } from '../../core';
import type { FormulaStyle } from '../../core/sheets/types';
import { basisScenario, fullWorkbookPlan, type PlannedScenario } from '../../xlsx/fullWorkbookPlan';
import { DEFAULT_WORKBOOK_SHEETS } from '../../core/sheets';
import { workbookFile } from '../../xlsx/workbookFile';
import { downloadBlob } from './downloadBlob';

export interface FullWorkbookRequest {
  readonly edition: Edition;
  readonly addinVersion: string;
  readonly formulaStyle?: FormulaStyle;
  /** Extra scenarios beside MPP-basis (e.g. from the scenario form). */
  readonly scenarios?: readonly PlannedScenario[];
  /** ISO date; defaults to today. */
  readonly today?: string;
}

/**
 * Every sheet (the same as `npm run workbook`) as an .xlsx download: what the
 * pane offers when it runs outside Excel. Returns the file name offered.
 */
export async function downloadFullWorkbook(request: FullWorkbookRequest, doc: Document = document): Promise<string> {
  const today = request.today ?? new Date().toISOString().slice(0, 10);
  const { edition } = request;
  const plan = fullWorkbookPlan({
    edition,
    sheets: DEFAULT_WORKBOOK_SHEETS,
    scenarios: [basisScenario(edition), ...(request.scenarios ?? [])],
    formulaStyle: request.formulaStyle ?? 'excel',
    writtenAt: today,
  });
  const file = await workbookFile(plan, { edition: edition.id, editionName: edition.name, addinVersion: request.addinVersion }, today);
  downloadBlob(file.blob, file.fileName, doc);
  return file.fileName;
}
