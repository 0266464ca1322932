import type { IndProduct } from '../edition/types';

/** What a controller may change per year in a scenario. Money in euros. */
export interface YearDrivers {
  readonly year: number;
  /** Tabel 6 Asielinstroom: context for the other drivers; scaled by the low/high presets. */
  readonly asylumInflow: number;
  readonly coaInflow: number;
  readonly coaOutflow: number;
  /** Average stay in months (Tabel 11); gives the steady-state beds beside the stock-flow. */
  readonly stayMonths: number;
  /** € per occupied bed-year. */
  readonly pricePerBed: number;
  readonly indVolume: Readonly<Record<IndProduct, number>>;
  readonly indPrice: Readonly<Record<IndProduct, number>>;
  /** IND funding outside pxq (lumpsum, specific items, dwangsommen) less leges, €. */
  readonly indOther: number;
  readonly nidosPupils: number;
  readonly nidosInCare: number;
  readonly nidosInflow: number;
  readonly nidosUnitCosts: { readonly guidance: number; readonly care: number; readonly intake: number };
}

export interface Drivers {
  /** Average occupancy of the year before the first projected year (Tabel 6, 2024). */
  readonly startOccupancy: number;
  /** With the cut, the budget is OB2025's; without it, the cut is added back. */
  readonly cutApplied: boolean;
  readonly years: readonly YearDrivers[];
}

export type PresetName = 'basis' | 'laag' | 'hoog';

/** The scalar drivers a pane or a JSON file may set per year, by name. */
export const YEAR_DRIVER_FIELDS = [
  'asylumInflow',
  'coaInflow',
  'coaOutflow',
  'stayMonths',
  'pricePerBed',
  'indVolume.asiel',
  'indVolume.regulier',
  'indVolume.naturalisatie',
  'indPrice.asiel',
  'indPrice.regulier',
  'indPrice.naturalisatie',
  'indOther',
  'nidosPupils',
  'nidosInCare',
  'nidosInflow',
] as const;
export type YearDriverField = (typeof YEAR_DRIVER_FIELDS)[number];
