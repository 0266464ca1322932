// Shared limits for hostile-input tests: what "no freeze" and "a clear message" mean here.

/** Every refusal must come back within this (the brief's bound; a frozen Excel is the failure). */
export const MAX_MS = 1_000;
/** A message the controller can read: it must not echo a megabyte back into a cell or terminal. */
export const MAX_MESSAGE_CHARS = 2_000;

export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

export const megabyteText = (seed = 'asiel'): string => seed.repeat(Math.ceil(1_048_576 / seed.length)).slice(0, 1_048_576);
