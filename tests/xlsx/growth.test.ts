// An .xlsx with 1, 10 and 50 scenario sheets grows linearly in bytes: each added scenario
// sheet costs the same, so no part of the file grows with the square of the sheets
// (issue 15 item 4). Shape, not time: times are the bench's (npm run bench).
import { OB2025, type PresetName } from '../../src/core';
import { scenarioSheet, workbookPlan } from '../../src/core/sheets';
import { writeWorkbookWithReport } from '../../src/xlsx/writeWorkbook';

const PRESETS: readonly PresetName[] = ['basis', 'laag', 'hoog'];
const opts = { formulaStyle: 'excel' as const, writtenAt: '2025-01-15' };
const meta = { edition: 'OB2025', addinVersion: 'test', createdAt: new Date('2025-01-15T00:00:00Z') };

async function file(n: number): Promise<{ n: number; bytes: number; sheets: number }> {
  // Every sheet the same preset, so each added sheet carries the same content.
  const scenarios = Array.from({ length: n }, (_, i) => scenarioSheet(OB2025, { ...opts, name: `Variant ${i + 1}`, preset: PRESETS[0]! }));
  const written = await writeWorkbookWithReport(workbookPlan(OB2025, scenarios, opts.writtenAt), meta);
  return { n, bytes: written.bytes.length, sheets: written.sheets.length };
}

describe('.xlsx size as scenario sheets are added', () => {
  it('grows linearly from 1 to 10 to 50 scenario sheets', async () => {
    const [a, b, c] = [await file(1), await file(10), await file(50)] as const;
    // Parameters sheet + the scenarios.
    expect([a.sheets, b.sheets, c.sheets]).toEqual([2, 11, 51]);
    const early = (b.bytes - a.bytes) / (b.n - a.n);
    const late = (c.bytes - b.bytes) / (c.n - b.n);
    expect(early).toBeGreaterThan(0);
    // Zip compression varies a little with the content; a quadratic part would show as far more.
    expect(late / early).toBeGreaterThan(0.8);
    expect(late / early).toBeLessThan(1.25);
  }, 60_000);
});
