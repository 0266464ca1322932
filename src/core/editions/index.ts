import { normalizeKey } from '../edition/normalizeKey';
import { fail, ok, type Result } from '../edition/result';
import type { Edition } from '../edition/types';
import { OB2025 } from './ob2025';

/** Every edition the add-in knows, newest last. Adding one is adding a folder and a line here. */
export const EDITIONS: readonly Edition[] = [OB2025];

/** The newest of a list of editions (lists are newest last): what an [edition] left out means. */
export const newestOf = (editions: readonly Edition[]): Edition => editions[editions.length - 1]!;

/** The newest edition the add-in carries: what functions and sheets use unless told otherwise. */
export const DEFAULT_EDITION: Edition = newestOf(EDITIONS);

const EDITION_IDS: readonly string[] = EDITIONS.map((e) => e.id);
const BY_KEY: ReadonlyMap<string, Edition> = new Map(EDITIONS.map((e) => [normalizeKey(e.id), e]));
const MAX_EDITION_CHARS = 100;

/**
 * An edition by its id ("OB2025", any case), or #N/A naming the editions there are: among those the
 * add-in carries, or among a list given (a test's fixture editions, run through the same code).
 */
export function editionById<E extends Edition = Edition>(given: string, among: readonly E[] = EDITIONS as readonly E[]): Result<E> {
  const byKey = (among as readonly Edition[]) === EDITIONS ? (BY_KEY as ReadonlyMap<string, E>) : new Map(among.map((e) => [normalizeKey(e.id), e]));
  const edition = given.length <= MAX_EDITION_CHARS ? byKey.get(normalizeKey(given)) : undefined;
  return edition ? ok(edition) : fail('notAvailable', 'unknownKey', { what: 'edition', given, accepted: (among as readonly Edition[]) === EDITIONS ? EDITION_IDS : among.map((e) => e.id) });
}

export { OB2025 };
