/**
 * The PDF's ligature glyphs as the letters they stand for. The edition keeps
 * labels "as printed", where the extraction turned "ij" into one character
 * (U+0133, U+0132; see ../shared/domain.md) and "fi", "fl" … into the
 * U+FB00–FB06 ligatures; every string a sheet writes passes through here, so
 * a search for "bijdrage" finds it. Spelling is not corrected: the source's
 * own typos ("Vluchtingenwerk") stay.
 */
const LIGATURES: Readonly<Record<string, string>> = {
  '\u0133': 'ij',
  '\u0132': 'IJ',
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
/** Any character words() replaces. */
export const LIGATURE = /[\u0132\u0133\uFB00-\uFB06]/g;

export const words = (text: string): string => text.replace(LIGATURE, (ch) => LIGATURES[ch] ?? ch);
