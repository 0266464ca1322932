import { useMemo, useState } from 'react';
import type { Drivers, Edition, PresetName } from '../../../core';
import type { Strings } from '../../i18n';
import { fieldLabel, gridDrivers, initialGrid, withPreset, withText, type DriverField, type DriverGrid } from '../../scenario/driverGrid';

export interface ScenarioFormState {
  readonly name: string;
  readonly nameMissing: boolean;
  readonly grid: DriverGrid;
  readonly invalidCount: number;
  readonly what: (field: DriverField, year?: number) => string;
  setName(name: string): void;
  setPreset(preset: PresetName): void;
  setText(field: DriverField, year: number | undefined, text: string): void;
  reset(): void;
  /** The scenario to write, or undefined (and the problems shown) when the form is not valid. */
  request(): { name: string; preset: PresetName; drivers: Drivers } | undefined;
}

export function useScenarioForm(edition: Edition, t: Strings): ScenarioFormState {
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [grid, setGrid] = useState(() => initialGrid(edition));
  const what = useMemo(() => (field: DriverField, year?: number) => (year === undefined ? fieldLabel(field, t.language) : `${fieldLabel(field, t.language)} ${year}`), [t]);
  const evaluated = useMemo(() => gridDrivers(grid, what), [grid, what]);
  const trimmed = name.trim();
  return {
    name,
    nameMissing: touched && trimmed === '',
    grid,
    invalidCount: evaluated.errors.length,
    what,
    setName,
    setPreset: (preset) => setGrid((g) => withPreset(g, edition, preset)),
    setText: (field, year, text) => setGrid((g) => withText(g, field, year, text)),
    reset: () => setGrid((g) => initialGrid(edition, g.preset)),
    request: () => {
      setTouched(true);
      if (trimmed === '' || evaluated.errors.length > 0) return undefined;
      return { name: trimmed, preset: grid.preset, drivers: evaluated.drivers };
    },
  };
}
