import type { Edition } from '../edition/types';
import { EDITIONS } from '../editions';

/** The custom functions' namespace (manifest.xml, Functions.Namespace; tests/manifest checks they agree). */
export const CUSTOM_FUNCTION_NAMESPACE = 'AENM';

/**
 * Whether AENM.* formulas on a sheet of this edition recalculate to this edition's figures: every call
 * names its edition as the functions' trailing `[edition]` argument, so they do for every edition the
 * add-in carries ({@link EDITIONS}, the list the functions look editions up in). An edition given to the
 * sheets from elsewhere (the test-only fixtures) would be #N/A in Excel, so the CLI and the pane offer
 * the 'aenm' style only where this holds, and {@link aenmCall} refuses otherwise.
 */
export const aenmStyleServes = (edition: Edition): boolean => EDITIONS.some((e) => e.id === edition.id);

/** One argument: a text (quoted, "" doubled), a number, or null for an optional argument left out. */
export type AenmArgument = string | number | null;

const argument = (a: AenmArgument): string => (a === null ? '' : typeof a === 'number' ? String(a) : `"${a.replace(/"/g, '""')}"`);

/**
 * The one writer of an AENM.* call on a sheet (invariant syntax: comma separators), e.g.
 * aenmCall(edition, 'BUDGET', ['20.37.2.2.20', 2025]) → AENM.BUDGET("20.37.2.2.20",2025).
 * `optional` is the number of optional arguments the function declares after `args` and before
 * `[edition]`; they are left empty so the edition lands in its own place. Every call names its
 * edition, so a workbook never recalculates to other figures when the add-in's default changes.
 */
export function aenmCall(edition: Edition, name: string, args: readonly AenmArgument[], optional = 0): string {
  if (!aenmStyleServes(edition)) throw new Error(`AENM.${name}: the custom functions do not carry ${edition.id}, so a formula naming it would be #N/A; use the 'excel' formula style`);
  const all = [...args, ...Array.from({ length: optional }, () => null), edition.id];
  return `${CUSTOM_FUNCTION_NAMESPACE}.${name}(${all.map(argument).join(',')})`;
}
