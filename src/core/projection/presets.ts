import { baseValue } from '../edition/money';
import { tableOf } from '../edition/lookup';
import type { Edition, IndProduct } from '../edition/types';
import { roundNoise } from '../edition/units';
import type { Drivers, PresetName, YearDrivers } from './drivers';

const PRODUCTS: readonly IndProduct[] = ['asiel', 'regulier', 'naturalisatie'];

/** Inflow multipliers of the bandwidth presets: ±20%, a chosen default the controller can edit. */
export const BANDWIDTH: Readonly<Record<PresetName, number>> = { basis: 1, laag: 0.8, hoog: 1.2 };

/**
 * Drivers that start from the published figures. The MPP-basis preset
 * reproduces OB2025: COA cost = Tabel 4 COA (price per bed = contribution /
 * occupancy), IND cost = Tabel 4 IND (volumes = Tabel 16 omzet / Tabel 19
 * price, the rest in indOther), Nidos cost = Tabel 4 NIDOS (2025 volumes of
 * Tabel 12 with amv in care implied, scaled with the budget in later years).
 * Where a table stops before 2029 (Tabel 6, 11: 2028; Tabel 12, 13: 2025)
 * the last published year carries forward.
 */
export function presetDrivers(edition: Edition, preset: PresetName = 'basis'): Drivers {
  const b = edition.bindings;
  const at = (binding: { table: string; row: string }, year: number): number => {
    const table = tableOf(edition, binding.table);
    const row = table.rows.find((r) => r.key === binding.row);
    if (!row) throw new Error(`${edition.id}: no row ${binding.row}`);
    // Carry the last published year forward.
    const columns = table.columns.map(Number);
    let i = columns.indexOf(year);
    if (i < 0) i = columns.reduce((best, c, j) => (c <= year && row.values[j] !== null ? j : best), -1);
    const value = row.values[i];
    if (value === null || value === undefined) throw new Error(`${edition.id}: no ${binding.row} for ${year}`);
    return baseValue({ value, source: { edition: edition.id, document: edition.document, table: table.label, row: row.label, column: String(year), unit: row.columnUnits?.[String(year)] ?? row.unit ?? table.unit } });
  };
  const factor = BANDWIDTH[preset];
  const first = edition.firstBudgetYear;
  const nidosFirst = at(b.nidosContribution, first);
  const guidance = at(b.nidosGuidanceCost, first);
  const care = at(b.nidosCareCost, first);
  const intake = at(b.nidosIntakeCost, first);
  const pupils = at(b.nidosPupils, first);
  const inflow = at(b.nidosInflow, first);
  const inCare = (nidosFirst - pupils * guidance - inflow * intake) / care;

  const years = edition.projectionYears.map((year): YearDrivers => {
    const occupancy = at(b.coaOccupancy, year);
    const indPrice = Object.fromEntries(PRODUCTS.map((p) => [p, at(b.indPrice[p], year)])) as Record<IndProduct, number>;
    const indVolume = Object.fromEntries(PRODUCTS.map((p) => [p, at(b.indTurnover[p], year) / indPrice[p]])) as Record<IndProduct, number>;
    const pxq = PRODUCTS.reduce((sum, p) => sum + at(b.indTurnover[p], year), 0);
    const nidosScale = at(b.nidosContribution, year) / nidosFirst;
    return {
      year,
      asylumInflow: roundNoise(at(b.asylumInflow, year) * factor),
      coaInflow: roundNoise(at(b.coaInflow, year) * factor),
      coaOutflow: at(b.coaOutflow, year),
      stayMonths: at(b.coaStay, year),
      pricePerBed: at(b.coaContribution, year) / occupancy,
      indVolume: { ...indVolume, asiel: roundNoise(indVolume.asiel * factor) },
      indPrice,
      indOther: roundNoise(at(b.indContribution, year) - pxq),
      nidosPupils: roundNoise(pupils * nidosScale),
      nidosInCare: roundNoise(inCare * nidosScale),
      nidosInflow: roundNoise(inflow * nidosScale * factor),
      nidosUnitCosts: { guidance, care, intake },
    };
  });
  return { startOccupancy: at(b.coaOccupancy, first - 1), cutApplied: true, years };
}
