/** Sheet descriptions: every one-click sheet described once, as data, for the Office.js and .xlsx adapters. */
export type * from './types';
export { type SheetOptions } from './sheetBuilder';
export { odaSheet, ODA_SHEET_NAME } from './odaSheet';
export { mppSheet, MPP_SHEET_NAME } from './mppSheet';
export { cutsSheet, cutsSheetName } from './cutsSheet';
export { structuralYear, yearSpan } from './yearText';
export { scenarioSheet, scenarioSheetName, type ScenarioOptions } from './scenarioSheet';
export { bandSheet, bandDrivers, BAND_SHEET_NAME, BANDS, type BandOptions, type BandFactors, type BandLayout } from './bandSheet';
export { compareSheet, COMPARE_SHEET_NAME, workbookText } from './compareSheet';
export {
  descriptionValues,
  readProblemText,
  readScenarioDescription,
  readScenarioValues,
  SCENARIO_READ_RANGE,
  type ReadProblem,
  type ReadScenario,
  type RecordedSettings,
  type RefusedScenario,
  type ScenarioRead,
} from './scenarioReadBack';
export { parametersSheet, parametersSheetName } from './parametersSheet';
export { parameterList, type Parameter } from './parameters';
export { requiredNames, workbookPlan } from './workbookPlan';
export { buildSheet, DEFAULT_WORKBOOK_SHEETS, SHEET_KINDS, SHEETS, type SheetEntry, type SheetRequest } from './catalogue';
export { SCENARIO_MARKER, SCENARIO_SHEET_LAYOUT, OUTPUT_ROWS, outputAddress, singleDriverAddress, yearDriverAddress, isScenarioMarker, type OutputRow } from './scenarioLayout';
export { columnLetter, columnNumber, formulaReferences, parseAddress, parseRange, sheetPrefix } from './a1';
export { FORMAT } from './formats';
export { COLOUR, FONT_NAME, FONT_SIZE, PALETTE, lookOf, type Look } from './palette';
export { longDate, words, type DateLanguage } from './text';
export { inputRule } from './inputRules';
