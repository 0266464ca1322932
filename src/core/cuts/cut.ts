import { seriesFigure } from '../edition/lookup';
import { euros } from '../edition/money';
import { normalizeKey } from '../edition/normalizeKey';
import { chain, fail, ok, type Result } from '../edition/result';
import type { Edition } from '../edition/types';

export type CutOrganisation = 'total' | 'IND';

const TOTAL_NAMES: ReadonlySet<string> = new Set(['', 'totaal', 'total', 'aenm', 'asiel']);
/** Longer than any organisation name; longer text is not normalised (a pasted megabyte costs nothing). */
const MAX_ORGANISATION_CHARS = 100;

export function cutOrganisation(given: string | undefined): Result<CutOrganisation> {
  if (given === undefined) return ok('total');
  const name = given.length <= MAX_ORGANISATION_CHARS ? normalizeKey(given) : null;
  if (name !== null && TOTAL_NAMES.has(name)) return ok('total');
  if (name === 'ind') return ok('IND');
  return fail('notAvailable', 'unknownKey', { what: 'organisation', given, accepted: ['totaal', 'IND'] });
}

/**
 * The "Beperken asielinstroom" cut in a year, in euros, negative. The total
 * is Tabel 1's row; the IND part comes from the text (€ 135 mln in 2027,
 * € 271 mln from 2028). Years before the cut give 0 where the table prints 0.
 */
export function cut(edition: Edition, year: number, organisation: CutOrganisation): Result<number> {
  if (organisation === 'total') return chain(seriesFigure(edition, edition.bindings.cut, year, 'cut'), (f) => ok(euros(f)));
  const total = seriesFigure(edition, edition.bindings.cut, year, 'cut');
  if (!total.ok) return total;
  if (total.value.value === 0) return ok(0);
  const part = seriesFigure(edition, edition.bindings.indCut, year, 'indCut');
  return chain(part, (f) => ok(-Math.abs(euros(f))));
}
