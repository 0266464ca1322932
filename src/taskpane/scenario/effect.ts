import { NegativeOccupancyError, ORGANISATIONS, presetDrivers, projectChain, type ChainDrivers, type Organisation } from '../../core/chain';
import type { Edition } from '../../core/edition/types';

/** The gap (need − budget) of one organisation or the chain in a year, as typed and in the published basis. */
export interface GapEffect {
  readonly who: Organisation | 'chain';
  readonly gap: number;
  readonly basisGap: number;
}

export type DraftEffect = { readonly ok: true; readonly year: number; readonly need: number; readonly lines: readonly GapEffect[] } | { readonly ok: false; readonly message: string };

/** The basis a controller knows: MPP-basis, the edition's price variant, cut on. */
const basisRuns = new WeakMap<Edition, ReturnType<typeof projectChain>>();
function basisOutcome(edition: Edition): ReturnType<typeof projectChain> {
  let known = basisRuns.get(edition);
  if (!known) basisRuns.set(edition, (known = projectChain(edition, presetDrivers(edition, 'basis'))));
  return known;
}

/**
 * What writing these drivers will show for `year` before anything is written:
 * the gap per organisation and for the chain, against the published basis.
 * Computed by the core (projectChain); a flow that empties the reception is
 * the model's error, shown as such.
 */
export function draftEffect(edition: Edition, drivers: ChainDrivers, year: number): DraftEffect {
  const i = drivers.years.indexOf(year);
  if (i < 0) return { ok: false, message: `no ${year}` };
  let outcome;
  try {
    outcome = projectChain(edition, drivers);
  } catch (error) {
    if (error instanceof NegativeOccupancyError) return { ok: false, message: error.message };
    throw error;
  }
  const basis = basisOutcome(edition)[i]!;
  const now = outcome[i]!;
  const lines: GapEffect[] = [...ORGANISATIONS.map((o) => ({ who: o, gap: now.org[o].gap, basisGap: basis.org[o].gap })), { who: 'chain' as const, gap: now.chain.gap, basisGap: basis.chain.gap }];
  return { ok: true, year, need: now.chain.need, lines };
}
