// The print setup of a sheet, from its description alone (src/core/sheets/print.ts).
import { DEFAULT_EDITION as OB2025 } from '../../../src/core';
import { odaSheet, scenarioSheet } from '../../../src/core/sheets';
import { presetDrivers } from '../../../src/core';
import { blocksOf, headerFooterString, headerFooterText, printSetup, rowBreaksFor } from '../../../src/core/sheets/print';
import type { SheetDescription } from '../../../src/core/sheets/types';

const opts = { formulaStyle: 'excel' as const, writtenAt: '2026-12-01' };

const tiny = (overrides: Partial<SheetDescription> = {}): SheetDescription => ({
  kind: 'oda',
  name: 'Klein',
  edition: 'OB2025',
  writtenAt: '2026-12-01',
  formulaStyle: 'excel',
  cells: [
    { address: 'A1', value: 'Titel & meer', style: 'title' },
    { address: 'A3', value: 'Bron: Ontwerpbegroting 2025, Tabel 7', style: 'source' },
    { address: 'A5', value: 'Post', style: 'header' },
    { address: 'B5', value: '2025', style: 'header' },
    { address: 'A6', value: 'COA' },
    { address: 'B6', value: 1718754 },
  ],
  tables: [],
  columnWidths: { A: 30, B: 12 },
  charts: [],
  names: [],
  ...overrides,
});

describe('printSetup', () => {
  it('prints A4, one page wide, over every cell, the column-header row repeated', () => {
    const p = printSetup(tiny());
    expect(p).toMatchObject({ paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, printArea: 'A1:B6', titleRows: { first: 5, last: 5 }, rowBreaks: [] });
  });

  it('includes the charts in the print area', () => {
    const p = printSetup(tiny({ charts: [{ type: 'line', title: 'x', dataRange: 'A5:B6', seriesBy: 'rows', from: 'A8', to: 'D27' }] }));
    expect(p.printArea).toBe('A1:D27');
  });

  it('heads each page with the title and edition, and foots it with the source and "pagina &P van &N"', () => {
    const p = printSetup(tiny());
    expect(p.header).toEqual({ left: 'Titel && meer', center: '', right: 'Editie OB2025 · geschreven op 2026-12-01' });
    expect(p.footer).toEqual({ left: 'Bron: Ontwerpbegroting 2025, Tabel 7', center: '', right: 'pagina &P van &N' });
    expect(printSetup(tiny(), { language: 'en' }).footer.right).toBe('page &P of &N');
    expect(printSetup(tiny(), { language: 'en' }).header.right).toBe('Edition OB2025 · written on 2026-12-01');
  });

  it("keeps a header or footer within Excel's 255 characters, never cutting an escaped ampersand in half", () => {
    const long = 'G&V '.repeat(200);
    const p = printSetup(
      tiny({
        cells: [
          { address: 'A1', value: long, style: 'title' },
          { address: 'A3', value: long, style: 'source' },
        ],
      }),
    );
    for (const s of [p.header, p.footer]) {
      const text = headerFooterString(s);
      expect(text.length).toBeLessThanOrEqual(255);
      expect(s.left.replace(/&&/g, '')).not.toContain('&');
    }
  });

  it('escapes "&" in text as "&&", the code for a literal ampersand', () => {
    expect(headerFooterText('G&V, KV')).toBe('G&&V, KV');
    expect(headerFooterString({ left: 'a', center: '', right: 'pagina &P van &N' })).toBe('&La&Rpagina &P van &N');
  });

  it('prints ODA-toerekening (Tabel 7) on one page, landscape: wider than a portrait page, it prints larger across', () => {
    const p = printSetup(odaSheet(OB2025, opts));
    expect(p.orientation).toBe('landscape');
    expect(p.estimatedScale).toBeGreaterThan(0.75);
    expect(p.estimatedPages).toBe(1);
    expect(p.rowBreaks).toEqual([]);
  });

  it('breaks a scenario sheet only between blocks, never inside its chart', () => {
    const d = scenarioSheet(OB2025, { ...opts, name: 'MPP-basis', preset: 'basis', drivers: presetDrivers(OB2025, 'basis') });
    const p = printSetup(d);
    const blocks = blocksOf(d, 10_000);
    for (const r of p.rowBreaks) expect(blocks.some((b) => b.top <= r && r < b.bottom)).toBe(false);
    const chart = d.charts[0]!;
    const [top, bottom] = [Number(chart.from.slice(1)), Number(chart.to.replace(/^[A-Z]+/, ''))];
    for (const r of p.rowBreaks) expect(r >= top && r < bottom).toBe(false);
  });
});

describe('rowBreaksFor', () => {
  it('breaks before a block that would straddle the page, right after the block above it', () => {
    // 50 rows a page: rows 1–30 fit; 32–60 would straddle row 50, so it starts page 2 (after row 30).
    expect(
      rowBreaksFor(
        [
          { top: 1, bottom: 30 },
          { top: 32, bottom: 60 },
        ],
        50,
        0,
      ),
    ).toEqual([30]);
  });

  it('lets a block taller than a page run, and keeps counting pages after it', () => {
    expect(
      rowBreaksFor(
        [
          { top: 1, bottom: 120 },
          { top: 122, bottom: 140 },
        ],
        50,
        0,
      ),
    ).toEqual([]);
    expect(
      rowBreaksFor(
        [
          { top: 1, bottom: 120 },
          { top: 122, bottom: 160 },
        ],
        50,
        0,
      ),
    ).toEqual([120]);
  });
});
