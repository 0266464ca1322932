import type { PriceVariant } from '../edition/types';

export type { PriceVariant };

/** A figure's standing (chain-model.md P4). */
export type FigureStatus = 'gepubliceerd' | 'afgeleid' | 'aanname';

/** The organisations of the chain the model prices. */
export type Organisation = 'coa' | 'ind' | 'nidos';
export const ORGANISATIONS: readonly Organisation[] = ['coa', 'ind', 'nidos'];

/** Prefill presets: the basis and the two bands (§7). */
export type PresetName = 'basis' | 'laag' | 'hoog';
export const PRESETS: readonly PresetName[] = ['basis', 'laag', 'hoog'];
export const PRICE_VARIANTS: readonly PriceVariant[] = ['A', 'B', 'C'];

/** Model outputs a driver can reach (§2.9); the P2 test checks each declared link. */
export type OutputKey = 'occupancy' | 'stay' | 'coaNeed' | 'indNeed' | 'nidosNeed' | 'oda' | 'budget' | 'gap';
