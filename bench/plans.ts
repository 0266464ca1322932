// What the bench writes: every one-click sheet alone, the whole workbook, and the
// baseline "empty sheet" that the same adapters write. Built from the public builders in
// src/core/sheets, imported lazily so a missing builder is "not available", not a crash.
import type { SheetDescription, SheetKind } from '../src/core/sheets/types';

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
  const request = { formulaStyle: 'excel' as const, writtenAt: WRITTEN_AT };
  const plan = (ds: SheetDescription[]) => s.workbookPlan(edition, ds, WRITTEN_AT);
  const sheet = (kind: SheetKind) => s.buildSheet(kind, edition, request);
  const scenarios = PRESETS.map((preset) => s.buildSheet('scenario', edition, { ...request, scenario: { name: `MPP-${preset}`, preset } }));
  const compare = s.buildSheet('compare', edition, { ...request, scenarios: scenarios.map((d) => s.readScenarioDescription(edition, d)) });
  const oneClick = [
    { action: 'ODA-toerekening', plan: plan([sheet('oda')]) },
    { action: 'MPP-kengetallen', plan: plan([sheet('mpp')]) },
    { action: 'Taakstelling', plan: plan([sheet('cuts')]) },
    { action: 'Scenario (basis)', plan: plan([scenarios[0]!]) },
    { action: 'Parameters', plan: plan([sheet('parameters')]) },
  ];
  // Every sheet of the catalogue once (in its order), the three scenarios in the scenario's place.
  const workbook = plan(s.SHEET_KINDS.filter((k) => k !== 'parameters').flatMap((k) => (k === 'scenario' ? scenarios : k === 'compare' ? [compare] : [sheet(k)])));
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
