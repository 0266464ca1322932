/**
 * Folds what controllers type onto what the source prints: case, spaces,
 * underscores and hyphens, accents ("Oekraïense") and the ligature ĳ that the
 * PDF text uses for "ij".
 */
export function normalizeKey(text: string): string {
  return text
    .replace(/ĳ/g, 'ij')
    .replace(/Ĳ/g, 'IJ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[\s_\-]+/g, ' ')
    .trim();
}
