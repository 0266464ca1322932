import type { Language } from '../../core';
import { en } from './en';
import { nl, type Strings } from './nl';

export type { Strings };
export { actionPeriod, type ActionPeriod } from './period';

export function stringsFor(language: Language): Strings {
  return language === 'en' ? en : nl;
}
