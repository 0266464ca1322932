import type { Edition, Language } from '../core';

/** What every AENM function needs besides its arguments; made in one place (functions.ts) and passed in. */
export interface FunctionContext {
  readonly edition: Edition;
  readonly language: Language;
}
