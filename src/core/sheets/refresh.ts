import { driverCells, driverValue, presetDrivers, withDriver, type ChainDrivers } from '../chain/drivers';
import { driverDeclaration } from '../chain/driverDeclarations';
import type { PresetName } from '../chain/types';
import type { Edition } from '../edition/types';
import { nearlyEqual } from '../edition/units';
import { valueAt } from './a1';
import { bandSheet, type BandFactors } from './bandSheet';
import { SHEET_KINDS, SHEETS } from './catalogue';
import { isScenarioMarker, SCENARIO_SHEET_LAYOUT, singleDriverAddress, yearDriverAddress } from './scenarioLayout';
import { readEditionCell } from './editionCell';
import { readScenarioValues, type CellValue } from './scenarioReadBack';
import type { SheetKind } from './types';

/**
 * Refreshing a workbook the add-in wrote to another edition (issue 13 item 3), pure: which sheets
 * the add-in wrote (their name, or the scenario marker, and the edition in their edition cell),
 * the controller's edited inputs on them (a driver or band factor that differs from what the old
 * edition prefills), and the plan to write them again from the new edition with those inputs
 * kept. The published figures and every derived formula come from the new edition.
 */
export interface WorkbookSheet {
  readonly name: string;
  /** The sheet's values from A1 (row 0 = sheet row 1); a formula gives its cached value. */
  readonly values: readonly (readonly CellValue[])[];
}

/** One input cell the controller changed, and what became of it in the new edition. */
export interface KeptInput {
  readonly sheet: string;
  readonly cell: string;
  readonly what: string;
  readonly value: number;
  /** Carried into the new edition's sheet (same driver, same year), or not (the new edition does not project that year). */
  readonly kept: boolean;
}

export interface RefreshScenario {
  readonly name: string;
  readonly preset: PresetName;
  readonly drivers: ChainDrivers;
}

export type RefreshPlan =
  | {
      readonly ok: true;
      readonly from: Edition;
      readonly kinds: readonly SheetKind[];
      readonly scenarios: readonly RefreshScenario[];
      readonly bandFactors?: Partial<Record<'laag' | 'hoog', BandFactors>>;
      readonly inputs: readonly KeptInput[];
      /** The add-in's sheets of `from`, in workbook order, with their kind: what the refresh writes again. */
      readonly sheets: readonly { readonly name: string; readonly kind: SheetKind }[];
      /** Sheets the add-in did not write (the controller's own): not carried into the new file. */
      readonly otherSheets: readonly string[];
    }
  | {
      readonly ok: false;
      /** none: no sheet of the add-in; mixed: sheets of more than one edition (`editions`); unreadable: a scenario sheet cannot be read back. */
      readonly reason: 'none' | 'mixed' | 'unreadable';
      readonly message: string;
      readonly editions?: readonly string[];
      readonly sheet?: string;
    };

/** The kind of a sheet the add-in wrote for `edition`, by its name (or the scenario marker); undefined for any other sheet. */
function kindOf(edition: Edition, sheet: WorkbookSheet): SheetKind | undefined {
  if (isScenarioMarker(valueAt(sheet.values, SCENARIO_SHEET_LAYOUT.marker))) return 'scenario';
  return SHEET_KINDS.find((kind) => SHEETS[kind].name?.(edition) === sheet.name);
}

export function planRefresh(editions: readonly Edition[], sheets: readonly WorkbookSheet[], to: Edition): RefreshPlan {
  // The old edition: the one the add-in's sheets record; all must agree.
  const recorded = new Map<string, string[]>();
  for (const sheet of sheets)
    for (const edition of editions) {
      const kind = kindOf(edition, sheet);
      if (!kind) continue;
      const id = readEditionCell(kind, sheet.values);
      if (editions.some((e) => e.id === id)) recorded.set(id, [...(recorded.get(id) ?? []), sheet.name]);
      break;
    }
  const ids = [...recorded.keys()];
  if (ids.length === 0) return { ok: false, reason: 'none', message: `no sheet written by the add-in (with an edition cell of ${editions.map((e) => e.id).join(', ')}) found` };
  if (ids.length > 1) return { ok: false, reason: 'mixed', editions: ids, message: `the sheets record different editions (${ids.map((id) => `${id}: ${recorded.get(id)!.join(', ')}`).join('; ')}); refresh one edition at a time` };
  const from = editions.find((e) => e.id === ids[0])!;

  const kinds = new Set<SheetKind>();
  const scenarios: RefreshScenario[] = [];
  const inputs: KeptInput[] = [];
  const otherSheets: string[] = [];
  const ours: { name: string; kind: SheetKind }[] = [];
  let bandFactors: Partial<Record<'laag' | 'hoog', BandFactors>> | undefined;
  for (const sheet of sheets) {
    const kind = kindOf(from, sheet);
    if (!kind || readEditionCell(kind, sheet.values) !== from.id) {
      otherSheets.push(sheet.name);
      continue;
    }
    kinds.add(kind);
    ours.push({ name: sheet.name, kind });
    if (kind === 'scenario') {
      const read = readScenarioValues(from, sheet.name, sheet.values);
      if (read.kind !== 'ok') return { ok: false, reason: 'unreadable', sheet: sheet.name, message: `${sheet.name}: cannot be read back (${read.kind === 'refused' ? read.problems.length : 0} problem(s)); fix the sheet first` };
      const old = read.drivers;
      const prefill = presetDrivers(from, old.preset, old.priceVariant);
      let drivers = presetDrivers(to, old.preset, old.priceVariant);
      for (const c of driverCells(old)) {
        const value = driverValue(old, c.key, c.year);
        if (nearlyEqual(value, driverValue(prefill, c.key, c.year))) continue;
        const kept = c.year === undefined || to.projectionYears.includes(c.year);
        if (kept) drivers = withDriver(drivers, c.key, value, c.year);
        const cell = c.year === undefined ? singleDriverAddress(c.key as Parameters<typeof singleDriverAddress>[0]) : yearDriverAddress(c.key as Parameters<typeof yearDriverAddress>[0], old.years.indexOf(c.year));
        inputs.push({ sheet: sheet.name, cell, what: `${driverDeclaration(c.key).label.nl}${c.year === undefined ? '' : ` ${c.year}`}`, value, kept });
      }
      scenarios.push({ name: read.label === sheet.name ? sheet.name.replace(/^Scenario\s+/, '') : read.label, preset: old.preset, drivers });
    }
    if (kind === 'band') {
      const { layout } = bandSheet(from, { formulaStyle: 'excel', writtenAt: '' });
      const factors: Partial<Record<'laag' | 'hoog', BandFactors>> = {};
      for (const band of ['laag', 'hoog'] as const) {
        const read = { inflow: valueAt(sheet.values, layout.factor[band].inflow), outflow: valueAt(sheet.values, layout.factor[band].outflow) };
        const prefilled = from.chain.bands[band];
        const pair = { ...prefilled };
        for (const side of ['inflow', 'outflow'] as const) {
          const v = read[side];
          if (typeof v !== 'number' || !Number.isFinite(v) || nearlyEqual(v, prefilled[side])) continue;
          pair[side] = v;
          inputs.push({ sheet: sheet.name, cell: layout.factor[band][side], what: `bandbreedte ${band} ${side === 'inflow' ? 'instroom' : 'uitstroom'}`, value: v, kept: true });
        }
        if (pair.inflow !== prefilled.inflow || pair.outflow !== prefilled.outflow) factors[band] = pair;
      }
      if (Object.keys(factors).length > 0) bandFactors = factors;
    }
  }
  return { ok: true, from, kinds: [...kinds], scenarios, ...(bandFactors ? { bandFactors } : {}), inputs, sheets: ours, otherSheets };
}
