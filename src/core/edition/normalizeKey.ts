const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds what controllers type onto what the source prints: case, spaces,
 * underscores and hyphens, accents ("Oekraïense") and the ligature ĳ that the
 * PDF text uses for "ij". Plain ASCII text (nearly every key typed) skips the
 * Unicode steps, which do nothing to it.
 */
export function normalizeKey(text: string): string {
  const folded = ASCII.test(text)
    ? text
    : text
        .replace(/ĳ/g, 'ij')
        .replace(/Ĳ/g, 'IJ')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[\s_\-]+/g, ' ')
    .trim();
}
