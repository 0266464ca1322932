/**
 * Freezes an edition all the way down, so no caller can change a published figure.
 * It runs while functions.js loads, before the custom functions register (issue 15): arrays
 * are walked by index and primitives are not visited, which makes it 3–4× cheaper than
 * walking Object.keys of everything (808 objects in OB2025).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) deepFreeze(item);
    }
  } else {
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) deepFreeze(item);
    }
  }
  return value;
}
