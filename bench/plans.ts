// What the bench writes: every one-click sheet alone, the whole workbook, and the
// baseline "empty sheet" that the same adapters write. Built from the public builders in
// src/core/sheets, imported lazily so a missing builder is "not available", not a crash.
import type { SheetDescription } from '../src/core/sheets/types';

export const WRITTEN_AT = '2025-01-01';
const PRESETS = ['basis', 'laag', 'hoog'] as const;

export interface Plans {
  /** One-click action name -> the plan that action writes (workbookPlan adds the parameter sheet when needed). */
  readonly oneClick: ReadonlyArray<{ readonly action: string; readonly plan: SheetDescription[] }>;
  /** Every sheet once, three scenarios and their comparison. */
  readonly workbook: SheetDescription[];
  readonly empty: SheetDescription;
}

export async function buildPlans(): Promise<Plans> {
  const core = await import('../src/core');
  const s = await import('../src/core/sheets');
  const edition = core.DEFAULT_EDITION;
  const options = { formulaStyle: 'excel' as const, writtenAt: WRITTEN_AT };
  const plan = (ds: SheetDescription[]) => s.workbookPlan(edition, ds, WRITTEN_AT);
  const scenarios = PRESETS.map((preset) => s.scenarioSheet(edition, { ...options, name: `MPP-${preset}`, preset }));
  const compare = s.compareSheet(edition, scenarios.map((d) => s.readScenarioDescription(edition, d)), options);
  const oneClick = [
    { action: 'ODA-toerekening', plan: plan([s.odaSheet(edition, options)]) },
    { action: 'MPP-kengetallen', plan: plan([s.mppSheet(edition, options)]) },
    { action: 'Taakstelling', plan: plan([s.cutsSheet(edition, options)]) },
    { action: 'Scenario (basis)', plan: plan([scenarios[0]!]) },
    { action: 'Parameters', plan: plan([s.parametersSheet(edition, { writtenAt: WRITTEN_AT })]) },
  ];
  const workbook = plan([s.odaSheet(edition, options), s.mppSheet(edition, options), s.cutsSheet(edition, options), ...scenarios, compare]);
  const empty: SheetDescription = {
    kind: 'oda',
    name: 'Leeg',
    edition: edition.id,
    writtenAt: WRITTEN_AT,
    formulaStyle: 'excel',
    cells: [],
    tables: [],
    columnWidths: {},
    charts: [],
    names: [],
  };
  return { oneClick, workbook, empty };
}
