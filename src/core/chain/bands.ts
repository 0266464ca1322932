import type { Edition, PriceVariant } from '../edition/types';
import { presetDrivers } from './drivers';
import { projectChain, type ChainYear } from './project';
import type { PresetName } from './types';

/** The band factors of a preset (chain-model.md §7): f_A on the asylum inflow, f_O on the outflow. */
export function bandFactors(edition: Edition, preset: PresetName): { readonly inflow: number; readonly outflow: number } {
  return preset === 'basis' ? { inflow: 1, outflow: 1 } : edition.chain.bands[preset];
}

/** Low, basis and high side by side. */
export function bandOutcomes(edition: Edition, priceVariant: PriceVariant = edition.chain.priceVariant): Readonly<Record<PresetName, ChainYear[]>> {
  return {
    laag: projectChain(edition, presetDrivers(edition, 'laag', priceVariant)),
    basis: projectChain(edition, presetDrivers(edition, 'basis', priceVariant)),
    hoog: projectChain(edition, presetDrivers(edition, 'hoog', priceVariant)),
  };
}
