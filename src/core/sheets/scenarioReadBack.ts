import { SINGLE_DRIVERS, YEAR_DRIVERS, withinDriverLimits, type SingleDriverKey, type YearDriverKey } from '../chain/driverDeclarations';
import type { ChainDrivers } from '../chain/drivers';
import { PRESETS, PRICE_VARIANTS, type PresetName } from '../chain/types';
import type { PriceVariant } from '../edition/types';
import { at } from './a1';
import { SCENARIO_MARKER_V2, SCENARIO_SHEET_LAYOUT as L, singleDriverAddress, yearDriverAddress } from './chainLayout';

export type ReadBack =
  | { readonly ok: true; readonly name: string; readonly drivers: ChainDrivers }
  | { readonly ok: false; readonly message: string };

const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);

/**
 * The drivers of a chain scenario sheet, read from its cells by the layout
 * (pure: `cell` answers a value per A1 address). Refuses a sheet without the
 * marker, of another edition, or with a value outside a driver's limits.
 * The Excel read-back (src/excel/readScenarios.ts) and the tests use it.
 */
export function readScenarioCells(cell: (address: string) => unknown, edition: { readonly id: string; readonly projectionYears: readonly number[] }): ReadBack {
  if (cell(L.marker) !== SCENARIO_MARKER_V2) return { ok: false, message: 'geen scenarioblad van het ketenmodel' };
  const recorded = String(cell(L.record.edition) ?? '');
  if (recorded !== edition.id) return { ok: false, message: `het blad is geschreven voor editie ${recorded || '(leeg)'}, niet ${edition.id}` };
  const years = edition.projectionYears.map((_, i) => num(cell(at(L.firstYearColumn + i, L.inputsHeader))));
  if (years.some((y, i) => y !== edition.projectionYears[i])) return { ok: false, message: `de jaren in rij ${L.inputsHeader} zijn niet ${edition.projectionYears.join(', ')}` };
  const preset = String(cell(L.record.preset) ?? 'basis') as PresetName;
  const variant = String(cell(L.record.priceVariant) ?? 'A') as PriceVariant;
  if (!PRESETS.includes(preset)) return { ok: false, message: `onbekende preset ${preset}` };
  if (!PRICE_VARIANTS.includes(variant)) return { ok: false, message: `onbekende prijsvariant ${variant}` };
  const year = {} as Record<YearDriverKey, number[]>;
  for (const d of YEAR_DRIVERS) {
    const values = years.map((_, i) => num(cell(yearDriverAddress(d.key, i))));
    const bad = values.findIndex((v) => !withinDriverLimits(d.key, v));
    if (bad >= 0) return { ok: false, message: `${d.label.nl} ${years[bad]} (${yearDriverAddress(d.key, bad)}) ligt niet tussen ${d.limits.min} en ${d.limits.max}` };
    year[d.key] = values;
  }
  const single = {} as Record<SingleDriverKey, number>;
  for (const d of SINGLE_DRIVERS) {
    const v = num(cell(singleDriverAddress(d.key)));
    if (!withinDriverLimits(d.key, v)) return { ok: false, message: `${d.label.nl} (${singleDriverAddress(d.key)}) ligt niet tussen ${d.limits.min} en ${d.limits.max}` };
    single[d.key] = v;
  }
  return { ok: true, name: String(cell(L.name) ?? ''), drivers: { edition: edition.id, years: edition.projectionYears, preset, priceVariant: variant, year, single } };
}
