import { OB2025 } from '../../src/core';
import type { SheetDescription } from '../../src/core/sheets/types';
import { basisScenario, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';
import { DEFAULT_WORKBOOK_SHEETS } from '../../src/core/sheets';

/** The default workbook (`npm run workbook`): every kind of sheet, the compare sheet on the MPP-basis scenario. */
export const defaultWorkbook = (): SheetDescription[] => fullWorkbookPlan({ edition: OB2025, sheets: DEFAULT_WORKBOOK_SHEETS, scenarios: [basisScenario(OB2025)], formulaStyle: 'excel', writtenAt: '2026-12-01' });
