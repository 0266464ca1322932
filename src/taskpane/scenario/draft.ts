import { driverDeclaration, driverValue, presetDrivers, withDriver, YEAR_DRIVERS, SINGLE_DRIVERS, type ChainDrivers, type DriverDeclaration, type DriverKey, type PresetName, type PriceVariant } from '../../core/chain';
import { evaluateDriverExpression } from '../../core/expressions';
import { fail, type Result } from '../../core/edition/result';
import type { Edition } from '../../core/edition/types';

/**
 * The scenario being composed in the pane: the preset and price variant the
 * controller chose, the drivers they prefill (src/core/chain), and what was
 * typed per cell. Pure state. A typed expression stays text, so a new preset
 * re-evaluates it against the new prefill ("-10%" of laag is not "-10%" of
 * basis). Each edit evaluates only the cell that changed.
 */
export interface ScenarioDraft {
  readonly preset: PresetName;
  readonly priceVariant: PriceVariant;
  /** presetDrivers(edition, preset, priceVariant). */
  readonly base: ChainDrivers;
  /** Keyed by cellKey; absent or empty = the prefilled value. */
  readonly texts: Readonly<Record<string, string>>;
  /** The evaluation of every non-empty text, same keys. */
  readonly results: Readonly<Record<string, Result<number>>>;
}

/** How a cell is named in messages ("Asielinstroom (A) 2028"), in the pane's language. */
export type CellName = (key: DriverKey, year?: number) => string;

export const cellKey = (key: DriverKey, year?: number): string => (year === undefined ? key : `${key}|${year}`);

const parseKey = (k: string): { key: DriverKey; year?: number } => {
  const [key, year] = k.split('|') as [DriverKey, string | undefined];
  return year === undefined ? { key } : { key, year: Number(year) };
};

export function newDraft(edition: Edition, preset: PresetName = 'basis', priceVariant: PriceVariant = edition.chain.priceVariant): ScenarioDraft {
  return { preset, priceVariant, base: presetDrivers(edition, preset, priceVariant), texts: {}, results: {} };
}

/** A value typed for a driver: the restricted expression against the prefill, then the declaration's limits. */
export function evaluateCell(declaration: DriverDeclaration, text: string, basis: number, what: string): Result<number> {
  const { min, max, whole } = declaration.limits;
  const result = evaluateDriverExpression(text, { basis, what, allowNegative: min < 0 });
  if (!result.ok) return result;
  const value = result.value;
  if (value > max) return fail('invalidValue', 'tooLarge', { what, given: value, max });
  if (value < min) return fail('invalidValue', 'negative', { what, given: value });
  if (whole && !Number.isInteger(value)) return fail('invalidValue', 'notWhole', { what, given: value });
  return result;
}

/** The prefilled value of a cell (the placeholder). */
export const prefillOf = (draft: ScenarioDraft, key: DriverKey, year?: number): number => driverValue(draft.base, key, year);

export const textOf = (draft: ScenarioDraft, key: DriverKey, year?: number): string => draft.texts[cellKey(key, year)] ?? '';

/** The cell's evaluation; an empty cell is its prefill. */
export function resultOf(draft: ScenarioDraft, key: DriverKey, year?: number): Result<number> {
  return draft.results[cellKey(key, year)] ?? { ok: true, value: prefillOf(draft, key, year) };
}

/** One cell typed: only that cell is evaluated. */
export function editCell(draft: ScenarioDraft, key: DriverKey, year: number | undefined, text: string, name: CellName): ScenarioDraft {
  const k = cellKey(key, year);
  const texts = { ...draft.texts };
  const results = { ...draft.results };
  if (text.trim() === '') {
    delete texts[k];
    delete results[k];
  } else {
    texts[k] = text;
    results[k] = evaluateCell(driverDeclaration(key), text, prefillOf(draft, key, year), name(key, year));
  }
  return { ...draft, texts, results };
}

/** Another preset or price variant: new prefills, and the typed cells (only those) re-evaluated against them. */
export function withChoice(draft: ScenarioDraft, edition: Edition, choice: { preset?: PresetName; priceVariant?: PriceVariant }, name: CellName): ScenarioDraft {
  const preset = choice.preset ?? draft.preset;
  const priceVariant = choice.priceVariant ?? draft.priceVariant;
  const next: ScenarioDraft = { preset, priceVariant, base: presetDrivers(edition, preset, priceVariant), texts: draft.texts, results: {} };
  const results: Record<string, Result<number>> = {};
  for (const [k, text] of Object.entries(draft.texts)) {
    const { key, year } = parseKey(k);
    results[k] = evaluateCell(driverDeclaration(key), text, prefillOf(next, key, year), name(key, year));
  }
  return { ...next, results };
}

/** Back to the prefills of the current preset. */
export const cleared = (draft: ScenarioDraft): ScenarioDraft => ({ ...draft, texts: {}, results: {} });

/** Every refused cell, in grid order (per-year drivers by year, then the single drivers). */
export function draftErrors(draft: ScenarioDraft): { key: DriverKey; year?: number }[] {
  const order = [...SINGLE_DRIVERS.map((d) => cellKey(d.key)), ...YEAR_DRIVERS.flatMap((d) => draft.base.years.map((y) => cellKey(d.key, y)))];
  return order.filter((k) => draft.results[k]?.ok === false).map(parseKey);
}

/** The drivers as typed; a refused cell keeps its prefill (the pane writes nothing while any is refused). */
export function draftDrivers(draft: ScenarioDraft): ChainDrivers {
  let drivers = draft.base;
  for (const [k, result] of Object.entries(draft.results)) {
    if (!result.ok) continue;
    const { key, year } = parseKey(k);
    drivers = withDriver(drivers, key, result.value, year);
  }
  return drivers;
}
