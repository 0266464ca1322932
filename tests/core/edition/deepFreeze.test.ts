import { deepFreeze } from '../../../src/core/edition/deepFreeze';
import { EDITIONS } from '../../../src/core/editions';

/** Every object and array reachable from `value`, with its path. */
function objectsIn(value: unknown, path = '$', out: [string, object][] = []): [string, object][] {
  if (typeof value === 'object' && value !== null) {
    out.push([path, value]);
    for (const key of Object.keys(value)) objectsIn((value as Record<string, unknown>)[key], `${path}.${key}`, out);
  }
  return out;
}

describe('deepFreeze', () => {
  it.each(EDITIONS.map((e) => [e.id, e] as const))('leaves no object or array of %s open to change', (_id, edition) => {
    const all = objectsIn(edition);
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter(([, o]) => !Object.isFrozen(o)).map(([p]) => p)).toEqual([]);
    const table = edition.tables[0]!;
    expect(() => {
      (table.rows[0]!.values as (number | null)[])[0] = 1;
    }).toThrow(TypeError);
  });
  it('freezes arrays inside arrays and objects inside arrays, and returns primitives as they are', () => {
    const data = deepFreeze({ a: [[1, 2], [{ b: { c: [3] } }]], d: 'x', e: null });
    expect(objectsIn(data).every(([, o]) => Object.isFrozen(o))).toBe(true);
    expect(deepFreeze(5)).toBe(5);
    expect(deepFreeze(null)).toBeNull();
  });
});
