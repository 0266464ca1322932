import { evaluateDriverExpression } from '../../core/expressions';
import { presetDrivers, YEAR_DRIVER_FIELDS, type CoreError, type Drivers, type Edition, type PresetName, type Result, type YearDriverField, type YearDrivers } from '../../core';

/**
 * The scenario form's drivers: the preset's published values plus what the
 * controller typed per cell. Pure state; the DriverGrid component renders it.
 * A typed expression stays text, so switching presets re-evaluates it against
 * the new basis ("-10%" of laag is not "-10%" of basis).
 */
export interface DriverGrid {
  readonly preset: PresetName;
  readonly base: Drivers;
  /** Keyed by cellKey(field, year); absent or empty = the published value. */
  readonly texts: Readonly<Record<string, string>>;
}

export interface CellError {
  readonly field: YearDriverField;
  readonly year: number;
  readonly error: CoreError;
}

/** Money drivers that may be negative: IND "other" is funding outside pxq minus fees. */
const MAY_BE_NEGATIVE: ReadonlySet<YearDriverField> = new Set(['indOther']);

export const cellKey = (field: YearDriverField, year: number): string => `${field}|${year}`;

export function initialGrid(edition: Edition, preset: PresetName = 'basis'): DriverGrid {
  return { preset, base: presetDrivers(edition, preset), texts: {} };
}

export function withPreset(grid: DriverGrid, edition: Edition, preset: PresetName): DriverGrid {
  return { ...grid, preset, base: presetDrivers(edition, preset) };
}

export function withText(grid: DriverGrid, field: YearDriverField, year: number, text: string): DriverGrid {
  return { ...grid, texts: { ...grid.texts, [cellKey(field, year)]: text } };
}

export const years = (grid: DriverGrid): number[] => grid.base.years.map((y) => y.year);

export function basisOf(grid: DriverGrid, field: YearDriverField, year: number): number {
  const yearDrivers = grid.base.years.find((y) => y.year === year);
  if (!yearDrivers) throw new Error(`no drivers for ${year}`);
  return readField(yearDrivers, field);
}

export function textOf(grid: DriverGrid, field: YearDriverField, year: number): string {
  return grid.texts[cellKey(field, year)] ?? '';
}

/** The cell's value: its expression evaluated against the published value. */
export function cellValue(grid: DriverGrid, field: YearDriverField, year: number, what: string): Result<number> {
  return evaluateDriverExpression(textOf(grid, field, year), {
    basis: basisOf(grid, field, year),
    what,
    allowNegative: MAY_BE_NEGATIVE.has(field),
  });
}

/** The drivers to write, or every cell that is wrong. */
export function gridDrivers(grid: DriverGrid, what: (field: YearDriverField, year: number) => string): { drivers: Drivers; errors: CellError[] } {
  const errors: CellError[] = [];
  const yearsOut = grid.base.years.map((yearDrivers) =>
    YEAR_DRIVER_FIELDS.reduce((acc, field) => {
      const result = cellValue(grid, field, yearDrivers.year, what(field, yearDrivers.year));
      if (!result.ok) {
        errors.push({ field, year: yearDrivers.year, error: result.error });
        return acc;
      }
      return writeField(acc, field, result.value);
    }, yearDrivers),
  );
  return { drivers: { ...grid.base, years: yearsOut }, errors };
}

function readField(d: YearDrivers, field: YearDriverField): number {
  const [head, sub] = field.split('.') as [keyof YearDrivers, string | undefined];
  const value = d[head];
  if (sub === undefined) return value as number;
  return (value as Readonly<Record<string, number>>)[sub] as number;
}

function writeField(d: YearDrivers, field: YearDriverField, value: number): YearDrivers {
  const [head, sub] = field.split('.') as [keyof YearDrivers, string | undefined];
  if (sub === undefined) return { ...d, [head]: value };
  return { ...d, [head]: { ...(d[head] as Readonly<Record<string, number>>), [sub]: value } };
}
