import { evaluateDriverExpression } from '../../core/expressions';
import { driverDeclaration, fail, presetDrivers, SINGLE_DRIVERS, YEAR_DRIVERS, type CoreError, type DriverKey, type Drivers, type Edition, type PresetName, type Result, type SingleDriverKey, type YearDriverKey } from '../../core';

/**
 * The scenario form's drivers: the preset's values plus what the controller
 * typed per cell. Pure state; the DriverGrid component renders it. The rows
 * are the drivers of the declaration (src/core/chain): per-year drivers in
 * a year grid, single drivers (start value, cut switch, band factors) once.
 * A typed expression stays text, so switching presets re-evaluates it
 * against the new basis ("-10%" of laag is not "-10%" of basis).
 */
export interface DriverGrid {
  readonly preset: PresetName;
  readonly base: Drivers;
  /** Keyed by cellKey(field, year); absent or empty = the prefilled value. */
  readonly texts: Readonly<Record<string, string>>;
}

export type DriverField = DriverKey;

export interface CellError {
  readonly field: DriverField;
  /** Absent for a single driver. */
  readonly year?: number;
  readonly error: CoreError;
}

/** The grid's per-year rows and its single rows, in declaration order. */
export const GRID_FIELDS: readonly YearDriverKey[] = YEAR_DRIVERS.map((d) => d.key);
export const SINGLE_FIELDS: readonly SingleDriverKey[] = SINGLE_DRIVERS.map((d) => d.key);
const isSingle = (field: DriverField): field is SingleDriverKey => (SINGLE_FIELDS as readonly string[]).includes(field);

/** A row's label in the pane's language, from the declaration. */
export const fieldLabel = (field: DriverField, language: 'nl' | 'en'): string => driverDeclaration(field).label[language];

export const cellKey = (field: DriverField, year?: number): string => `${field}|${year ?? ''}`;

export function initialGrid(edition: Edition, preset: PresetName = 'basis'): DriverGrid {
  return { preset, base: presetDrivers(edition, preset), texts: {} };
}

export function withPreset(grid: DriverGrid, edition: Edition, preset: PresetName): DriverGrid {
  return { ...grid, preset, base: presetDrivers(edition, preset, grid.base.priceVariant) };
}

export function withText(grid: DriverGrid, field: DriverField, year: number | undefined, text: string): DriverGrid {
  return { ...grid, texts: { ...grid.texts, [cellKey(field, year)]: text } };
}

export const years = (grid: DriverGrid): number[] => [...grid.base.years];

export function basisOf(grid: DriverGrid, field: DriverField, year?: number): number {
  if (isSingle(field)) return grid.base.single[field];
  const i = grid.base.years.indexOf(year ?? NaN);
  if (i < 0) throw new Error(`no drivers for ${year}`);
  return grid.base.year[field][i]!;
}

export function textOf(grid: DriverGrid, field: DriverField, year?: number): string {
  return grid.texts[cellKey(field, year)] ?? '';
}

/** The cell's value: its expression evaluated against the prefilled value, then held to the declaration's limits. */
export function cellValue(grid: DriverGrid, field: DriverField, year: number | undefined, what: string): Result<number> {
  const { limits } = driverDeclaration(field);
  const result = evaluateDriverExpression(textOf(grid, field, year), { basis: basisOf(grid, field, year), what, allowNegative: limits.min < 0 });
  if (!result.ok) return result;
  if (result.value > limits.max) return fail('invalidValue', 'tooLarge', { what, given: result.value, max: limits.max });
  if (result.value < limits.min) return fail('invalidValue', 'negative', { what, given: result.value });
  if (limits.whole && !Number.isInteger(result.value)) return fail('invalidValue', 'notWhole', { what, given: result.value });
  return result;
}

/** The drivers to write, or every cell that is wrong. */
export function gridDrivers(grid: DriverGrid, what: (field: DriverField, year?: number) => string): { drivers: Drivers; errors: CellError[] } {
  const errors: CellError[] = [];
  const year = Object.fromEntries(
    GRID_FIELDS.map((field) => [
      field,
      grid.base.years.map((y, i) => {
        const result = cellValue(grid, field, y, what(field, y));
        if (result.ok) return result.value;
        errors.push({ field, year: y, error: result.error });
        return grid.base.year[field][i]!;
      }),
    ]),
  ) as Record<YearDriverKey, number[]>;
  const single = Object.fromEntries(
    SINGLE_FIELDS.map((field) => {
      const result = cellValue(grid, field, undefined, what(field));
      if (result.ok) return [field, result.value];
      errors.push({ field, error: result.error });
      return [field, grid.base.single[field]];
    }),
  ) as Record<SingleDriverKey, number>;
  return { drivers: { ...grid.base, year, single }, errors };
}
