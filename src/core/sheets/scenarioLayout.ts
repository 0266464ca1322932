/**
 * The scenario sheet's fixed cells. The layout itself is computed from the
 * driver declarations in chainLayout.ts; this module keeps the marker names
 * the adapters already import.
 */
export { SCENARIO_MARKER_V2 as SCENARIO_MARKER, SCENARIO_SHEET_LAYOUT, OUTPUT_ROWS, outputAddress, singleDriverAddress, yearDriverAddress, type OutputRow } from './chainLayout';
import { SCENARIO_MARKER_V2 } from './chainLayout';

export const isScenarioMarker = (value: unknown): boolean => value === SCENARIO_MARKER_V2;
