import type { Language } from '../../core';
import { en } from './en';
import { nl, type Strings } from './nl';

export type { Strings };

export function stringsFor(language: Language): Strings {
  return language === 'en' ? en : nl;
}
