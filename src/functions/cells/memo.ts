/**
 * Entries a per-call memo keeps. A range of a million distinct texts would
 * otherwise hold a million entries (and their results) until the call ends:
 * past this, lookups are simply computed, which is what a memo miss costs anyway.
 */
export const MAX_MEMO_ENTRIES = 10_000;

/**
 * Remembers a two-key lookup (product × year, line × year) for one call, in
 * nested Maps so a hit allocates nothing: a 100.000-row range with one
 * product and one year looks the price up once. At most MAX_MEMO_ENTRIES.
 */
export function memo2<A, B, R>(lookup: (a: A, b: B) => R): (a: A, b: B) => R {
  const outer = new Map<A, Map<B, R>>();
  let entries = 0;
  // The last pair answered: a range against one product and year never reaches the Maps.
  let lastA: A | undefined;
  let lastB: B | undefined;
  let last: R | undefined;
  let any = false;
  return (a, b) => {
    if (any && a === lastA && b === lastB) return last as R;
    const value = find(a, b);
    any = true;
    lastA = a;
    lastB = b;
    last = value;
    return value;
  };

  function find(a: A, b: B): R {
    let inner = outer.get(a);
    if (inner?.has(b)) return inner.get(b) as R;
    const value = lookup(a, b);
    if (entries < MAX_MEMO_ENTRIES) {
      if (!inner) outer.set(a, (inner = new Map()));
      inner.set(b, value);
      entries++;
    }
    return value;
  }
}

/** A one-key memo for one call, with the same bound. */
export function memo1<A, R>(lookup: (a: A) => R): (a: A) => R {
  const seen = new Map<A, R>();
  return (a) => {
    if (seen.has(a)) return seen.get(a) as R;
    const value = lookup(a);
    if (seen.size < MAX_MEMO_ENTRIES) seen.set(a, value);
    return value;
  };
}
