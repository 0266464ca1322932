import { languageFor } from '../../../src/taskpane/host/language';
import { themeFor } from '../../../src/taskpane/host/theme';

describe('host decisions', () => {
  it('is Dutch unless the display language starts with "en"', () => {
    expect(languageFor('nl-NL')).toBe('nl');
    expect(languageFor('en-US')).toBe('en');
    expect(languageFor('EN-gb')).toBe('en');
    expect(languageFor('de-DE')).toBe('nl');
    expect(languageFor(undefined)).toBe('nl');
  });

  it('follows the Office body background, else prefers-color-scheme', () => {
    expect(themeFor('#ffffff', true)).toBe('light');
    expect(themeFor('#1f1f1f', false)).toBe('dark');
    expect(themeFor('#262626', false)).toBe('dark');
    expect(themeFor('#fff', true)).toBe('light');
    expect(themeFor(undefined, true)).toBe('dark');
    expect(themeFor('not a colour', false)).toBe('light');
  });
});
