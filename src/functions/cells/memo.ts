/**
 * Remembers a two-key lookup (product × year, line × year) for one call, in
 * nested Maps so a hit allocates nothing: a 100.000-row range with one
 * product and one year looks the price up once.
 */
export function memo2<A, B, R>(lookup: (a: A, b: B) => R): (a: A, b: B) => R {
  const outer = new Map<A, Map<B, R>>();
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
    if (!inner) {
      inner = new Map();
      outer.set(a, inner);
    }
    if (inner.has(b)) return inner.get(b) as R;
    const value = lookup(a, b);
    inner.set(b, value);
    return value;
  }
}
