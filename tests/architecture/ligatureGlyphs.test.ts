// The source text is PDF-extracted: "ij" came out as the glyph U+0133 (and U+0132, U+FB00–FB06 for
// other ligatures). Only the edition data carries labels as printed; everywhere else in src/ the
// code writes words, and code that handles the glyphs names them by escape (src/core/edition/words.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');
const GLYPH = /[\u0132\u0133\uFB00-\uFB06]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}

describe('ligature glyphs', () => {
  it('appear in src/ only in the edition data', () => {
    const found = files(SRC)
      .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
      .filter((rel) => !rel.startsWith('core/editions/'))
      .filter((rel) => GLYPH.test(readFileSync(path.join(SRC, rel), 'utf8')));
    expect(found).toEqual([]);
  });
});
