import { OB2025 } from '../../src/core';
import { parseArgs } from '../../src/cli/checkData/args';
import { checkDataMain } from '../../src/cli/checkData/checkDataMain';
import { dutchNumber, withUnit } from '../../src/cli/checkData/dutchNumber';

const run = (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = checkDataMain(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
};

describe('npm run check-data', () => {
  const { code, out } = run([]);

  it('exits 0: nothing fails, the documented discrepancies pass', () => {
    expect(code).toBe(0);
  });

  it('prints one line per check and a summary line with the counts', () => {
    expect(out).toHaveLength(738 + 1);
    expect(out[out.length - 1]).toBe('OB2025: 738 controles — 683 OK, 55 bronverschillen (gedocumenteerd), 0 fouten');
    expect(out.filter((l) => l.startsWith('BRONVERSCHIL'))).toHaveLength(55);
    expect(out.filter((l) => l.startsWith('OK '))).toHaveLength(683);
  });

  it('prints a discrepancy with table, what, expected, found, difference in Dutch notation and the note', () => {
    const line = out.find((l) => l.includes('Tabel 7 Totaal'));
    expect(line).toMatch(/^BRONVERSCHIL Tabel 7 {3}Tabel 7 Totaal = som van 5 regels \[bedrag\]: verwacht 1\.833\.252; gevonden 1\.833\.251; verschil −1 \(x € 1\.000\) — Tabel 7 prints/);
  });

  it('prints shares and months with their unit', () => {
    expect(out.find((l) => l.includes('Streefwaarden terugkeer add up to 100% [2023]'))).toContain('verwacht 100%; gevonden 100%; verschil 0%');
    expect(out.find((l) => l.includes('Gemiddelde verblĳfsduur (maanden)'))).toContain('verwacht 10,6; gevonden 63,4512; verschil 52,8512 (maanden)');
  });

  it('prints a JSON document with --json', () => {
    const json = run(['--json']);
    const doc = JSON.parse(json.out.join('\n')) as { results: { status: string }[]; summary: Record<string, unknown> };
    expect(json.code).toBe(0);
    expect(doc.results).toHaveLength(738);
    expect(doc.summary).toEqual({ edition: 'OB2025', total: 738, ok: 683, discrepancy: 55, fail: 0 });
  });

  it('selects an edition with --edition, case-insensitively', () => {
    expect(run(['--edition', 'ob2025']).code).toBe(0);
    expect(run(['--edition=OB2025', '--json']).code).toBe(0);
  });

  it('exits 2 with a clear message for an unknown edition or argument', () => {
    expect(run(['--edition', 'OB2031'])).toEqual({ code: 2, out: [], err: ['Onbekende editie "OB2031". Beschikbaar: OB2025.'] });
    expect(run(['--edition']).code).toBe(2);
    expect(run(['--verbose']).err[0]).toMatch(/Onbekend argument "--verbose"/);
  });

  it('accepts a second edition from the list without code changes', () => {
    const other = { ...OB2025, id: 'VJN2025' };
    expect(parseArgs(['--edition', 'vjn2025'], [OB2025, other], OB2025)).toEqual({ options: { edition: other, json: false } });
  });
});

describe('dutchNumber', () => {
  it.each([
    [1833252, '1.833.252'],
    [-467554, '−467.554'],
    [10.6, '10,6'],
    [0.592, '0,592'],
    [63.45120000001, '63,4512'],
    [0, '0'],
  ])('writes %p as %s', (value, text) => {
    expect(dutchNumber(value)).toBe(text);
  });

  it('writes shares as percentages and euros with the sign', () => {
    expect(withUnit(0.415, '%')).toBe('41,5%');
    expect(withUnit(4418, '€')).toBe('€ 4.418');
    expect(withUnit(1, 'x € 1.000')).toBe('1 (x € 1.000)');
  });
});
