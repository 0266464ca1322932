import { words } from './words';

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds what controllers type onto what the source prints: case, spaces,
 * underscores and hyphens, accents ("Oekraïense") and the PDF's ligature glyphs
 * (U+0133 for "ij"; words.ts). Plain ASCII text (nearly every key typed) skips the
 * Unicode steps, which do nothing to it.
 */
export function normalizeKey(text: string): string {
  const folded = ASCII.test(text)
    ? text
    : words(text)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[\s_\-]+/g, ' ')
    .trim();
}
