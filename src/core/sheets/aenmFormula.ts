import type { Edition } from '../edition/types';
import { DEFAULT_EDITION } from '../editions';

/** The custom functions' namespace (manifest.xml, Functions.Namespace; tests/manifest checks they agree). */
export const CUSTOM_FUNCTION_NAMESPACE = 'AENM';

/**
 * Whether the sheets name the edition in every AENM.* call, as the functions' trailing `[edition]`
 * argument. TODO(issue 13): set FORMULAS_NAME_EDITION to true once every custom function in
 * src/functions accepts `[edition]` as its last argument (another branch adds it); the formula tests
 * (tests/spreadsheet, tests/libreoffice/aenmFile) then evaluate the longer calls. Until then a call
 * without it means the functions' default edition, so a sheet of another edition is written in the
 * 'excel' formula style only ({@link aenmStyleServes}; {@link aenmCall} refuses otherwise).
 */
export const FORMULAS_NAME_EDITION = false;

/**
 * Whether AENM.* formulas on a sheet of this edition recalculate to this edition's figures: always once
 * the calls name the edition, else only for the edition the functions use by default. The CLI and the
 * pane offer the 'aenm' formula style only where this holds, never a formula that recalculates to
 * another edition's figure.
 */
export const aenmStyleServes = (edition: Edition): boolean => FORMULAS_NAME_EDITION || edition.id === DEFAULT_EDITION.id;

/** One argument: a text (quoted, "" doubled), a number, or null for an optional argument left out. */
export type AenmArgument = string | number | null;

const argument = (a: AenmArgument): string => (a === null ? '' : typeof a === 'number' ? String(a) : `"${a.replace(/"/g, '""')}"`);

/**
 * The one writer of an AENM.* call on a sheet (invariant syntax: comma separators), e.g.
 * aenmCall(edition, 'BUDGET', ['20.37.2.2.20', 2025]) → AENM.BUDGET("20.37.2.2.20",2025).
 * `optional` is the number of optional arguments the function declares after `args` and before
 * `[edition]`; they are left empty so the edition lands in its own place.
 */
export function aenmCall(edition: Edition, name: string, args: readonly AenmArgument[], optional = 0): string {
  if (!aenmStyleServes(edition)) throw new Error(`AENM.${name}: the custom functions do not take an edition yet, so a formula cannot name ${edition.id}; use the 'excel' formula style`);
  const all = FORMULAS_NAME_EDITION ? [...args, ...Array.from({ length: optional }, () => null), edition.id] : args;
  return `${CUSTOM_FUNCTION_NAMESPACE}.${name}(${all.map(argument).join(',')})`;
}
