import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupFindings, OB2025_AUDITED as OB2025, runChecks } from '../../src/core';
import { withFigure } from '../../src/core/checks/mutation';
import { summarise } from '../../src/cli/checkData/formatCheck';
import { formatMarkdown, lineList } from '../../src/cli/checkData/report';
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

  it('prints one line per check, each defect once with its cells, and a summary counting defects and cells', () => {
    expect(out.filter((l) => /^(OK|BRONVERSCHIL|INFORMATIEF|FOUT) /.test(l))).toHaveLength(755);
    expect(out.filter((l) => l.startsWith('BRONVERSCHIL'))).toHaveLength(50);
    expect(out.filter((l) => l.startsWith('INFORMATIEF'))).toHaveLength(11);
    expect(out.filter((l) => l.startsWith('OK '))).toHaveLength(694);
    expect(out).toContain('Bronverschillen: het document spreekt zichzelf tegen (18, in 50 cellen):');
    expect(out).toContain('Informatief: een verband dat de begroting niet claimt (7, in 11 cellen):');
    expect(out.filter((l) => l.includes('Tabel 19: Omzet staat onder'))).toEqual([expect.stringMatching(/^ {2}\d+\. .*\(r\. 1285, 1295, 1303, 1155, 1157, 1159\) — 18 cellen: tabel19=tabel16:asiel-omzet@2024, /)]);
    expect(out[out.length - 1]).toBe('OB2025: 755 controles — 694 klopt, 18 bronverschillen in 50 cellen, 7 informatief in 11 cellen, 0 fouten');
  });

  it('prints a discrepancy with table, what, expected, found, difference in Dutch notation and the note', () => {
    const line = out.find((l) => l.includes('Tabel 7 Totaal'));
    expect(line).toMatch(/^BRONVERSCHIL Tabel 7 {3}Tabel 7 Totaal = som van 5 regels \[bedrag\]: verwacht 1\.833\.252; gevonden 1\.833\.251; verschil −1 \(x € 1\.000\) — Tabel 7 prints/);
  });

  it('prints a comparison the budget does not make as INFORMATIEF, with the reason', () => {
    const line = out.find((l) => l.includes('76.050 asylum applications'));
    expect(line).toMatch(/^INFORMATIEF .*verwacht 76\.050; gevonden 76\.400; verschil 350 \(aantal\) — Informative, not a contradiction: /);
  });

  it('prints shares and months with their unit', () => {
    expect(out.find((l) => l.includes('Streefwaarden terugkeer add up to 100% [2023]'))).toContain('verwacht 100%; gevonden 100%; verschil 0%');
    expect(out.find((l) => l.includes('Gemiddelde verblijfsduur (maanden)'))).toContain('verwacht 10,6; gevonden 63,4512; verschil 52,8512 (maanden)');
  });

  it('writes "ij" as two letters, never the ligature of the PDF extraction', () => {
    expect(out.filter((l) => /ĳ|Ĳ/.test(l))).toEqual([]);
  });

  it('prints a JSON document with --json, with the cells grouped per defect', () => {
    const json = run(['--json']);
    const doc = JSON.parse(json.out.join('\n')) as {
      results: { status: string; finding?: string }[];
      findings: { id: string; verdict: string; lines: number[]; cells: string[] }[];
      summary: Record<string, unknown>;
    };
    expect(json.code).toBe(0);
    expect(doc.results).toHaveLength(755);
    expect(doc.summary).toEqual({ edition: 'OB2025', total: 755, ok: 694, defects: 18, defectCells: 50, informative: 7, informativeCells: 11, fail: 0 });
    expect(doc.findings.filter((f) => f.verdict === 'bronverschil')).toHaveLength(18);
    expect(doc.findings.find((f) => f.id === 'tabel29-2026-2027')).toMatchObject({
      verdict: 'bronverschil',
      cells: ['tabel29=tabel4:npov-medeoverheden-0,0@2026', 'tabel29=tabel4:npov-medeoverheden-0,0@2027'],
      lines: expect.arrayContaining([3464, 3531, 515]),
    });
    expect(doc.results.filter((r) => r.status === 'discrepancy').every((r) => typeof r.finding === 'string')).toBe(true);
    expect(json.out.join('\n')).toBe(run(['--format', 'json']).out.join('\n'));
  });

  it('selects an edition with --edition, case-insensitively', () => {
    expect(run(['--edition', 'ob2025']).code).toBe(0);
    expect(run(['--edition=OB2025', '--json']).code).toBe(0);
  });

  it('exits 2 with a clear message for an unknown edition, format or argument', () => {
    expect(run(['--edition', 'OB2031'])).toEqual({ code: 2, out: [], err: ['Onbekende editie "OB2031". Beschikbaar: OB2025.'] });
    expect(run(['--edition']).code).toBe(2);
    expect(run(['--verbose']).err[0]).toMatch(/Onbekend argument "--verbose"/);
    expect(run(['--format', 'pdf'])).toEqual({ code: 2, out: [], err: ['--format kent text, json, md, html; gegeven: "pdf".'] });
    expect(run(['--out']).code).toBe(2);
  });

  it('accepts a second edition from the list without code changes', () => {
    const other = { ...OB2025, id: 'VJN2025' };
    expect(parseArgs(['--edition', 'vjn2025'], [OB2025, other], OB2025)).toEqual({ options: { edition: other, format: 'text' } });
  });

  it('offers --format md and --out only where the command has them (mutate-data has not)', () => {
    expect(parseArgs(['--format=md', '--out', 'r.md'], [OB2025], OB2025, ['text', 'json', 'md', 'html'])).toEqual({ options: { edition: OB2025, format: 'md', out: 'r.md' } });
    expect(parseArgs(['--format', 'md'], [OB2025], OB2025)).toEqual({ error: '--format kent text, json; gegeven: "md".' });
    expect(parseArgs(['--out', 'r.md'], [OB2025], OB2025)).toEqual({ error: 'Onbekend argument "--out". Gebruik: [--json] [--format text|json] [--edition OB2025]' });
  });
});

describe('lineList', () => {
  it('writes consecutive source lines as a range', () => {
    expect(lineList([1129, 1130, 1131, 1132, 1133, 607])).toBe('1129–1133, 607');
    expect(lineList([675, 685])).toBe('675, 685');
    expect(lineList([])).toBe('');
  });
});

describe('npm run check-data -- --format md / html: the report a controller forwards', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aenm-check-data-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const report = (format: 'md' | 'html') => {
    const file = join(dir, `datacontrole.${format}`);
    const result = run(['--format', format, '--out', file]);
    return { ...result, text: readFileSync(file, 'utf8') };
  };

  it('writes the markdown report to --out and says where', () => {
    const { code, out, text } = report('md');
    expect(code).toBe(0);
    expect(out).toEqual(['OB2025: 755 controles — 694 klopt, 18 bronverschillen in 50 cellen, 7 informatief in 11 cellen, 0 fouten', `Geschreven: ${join(dir, 'datacontrole.md')}`]);
    expect(text.startsWith('# Datacontrole Ontwerpbegroting 2025\n')).toBe(true);
    expect(text).toContain('**Samenvatting:** 755 controles: 694 klopt; 18 bronverschillen in 50 cellen; 7 informatieve vergelijkingen in 11 cellen; 0 fouten.');
  });

  it('opens with an overview: each defect in one line with its source lines and number of cells, then the informatief ones', () => {
    const { text } = report('md');
    const overview = text.slice(0, text.indexOf('## Bronverschillen: toelichting'));
    expect(overview.match(/^\| \d+ \|/gm)).toHaveLength(18 + 7);
    expect(overview).toContain('| 11 | Tabel 19: Omzet staat onder "(x € 1 mln.)", maar 2024–2029 zijn de cijfers van Tabel 16 in x € 1.000 | 1285, 1295, 1303, 1155, 1157, 1159 | 18 |');
    expect(overview).toContain('| 8 | Tabel 30: de regel "Migratie verplichtingen" (6.37 en 20.37) past niet bij de verplichtingen van het hoofdstuk | 495, 3564, 3566, 3578, 3584 | 7 |');
    expect(overview.split('\n').length).toBeLessThan(60);
  });

  it('lists each defect once, in Dutch, with its source lines and the arithmetic', () => {
    const { text } = report('md');
    expect(text.match(/^### /gm)).toHaveLength(18 + 7);
    // Tabel 7: 1.718.754 + 44.851 + 5.600 + 51.680 + 12.366 = 1.833.251, printed 1.833.252.
    expect(text).toContain('### 1. Tabel 7: Totaal 1.833.252, de regels tellen op tot 1.833.251');
    expect(text).toContain('1.718.754 + 44.851 + 5.600 + 51.680 + 12.366 = 1.833.251');
    expect(text).toContain('Bron: r. 675, 685. 1 cel.');
    expect(text).toContain('| Tabel 7 Totaal [bedrag] | 1.833.252 | 1.833.251 | −1 (x € 1.000) |');
    // Tabel 29 2025: 3.558 + 55,1 = 3.613,1 mln against 3.602.515 x € 1.000.
    expect(text).toContain('A16 3.558 + A29 55,1 = 3.613,1 mln');
    // A text figure is named by its sentence: € 8,8 mln in 2025 against Tabel 16 specifiek incidenteel 0.
    expect(text).toContain('| Tekst: IND: het budget in 2024 en 2025 verhoogd met € 8,8 mln. [2025] | 8,8 | 0 | −8,8 (x € 1 mln.) |');
    expect(text).toContain('| Tabel 4 Nationaal Programma Oekraïense Vluchtelingen [2025] | 3.602.515 | 3.613.100 | 10.585 (x € 1.000) |');
    // One unit header, 18 cells: five shown with their figures, the rest named.
    expect(text).toContain('| Tabel 19 Asiel Omzet (x € 1 mln.) [2024] | 351.796 | 351,796 | −351.444,204 (x € 1 mln.) |');
    expect(text).toContain('En 13 cellen meer met dezelfde oorzaak: Tabel 19 Asiel Omzet (x € 1 mln.) [2029]; Tabel 19 Regulier Omzet (x € 1 mln.) [2024]; ');
  });

  it('shows the informatief comparisons with the reason they are no contradiction', () => {
    const { text } = report('md');
    const informatief = text.slice(text.indexOf('## Informatief (geen tegenspraak): toelichting'));
    expect(informatief.match(/^### /gm)).toHaveLength(7);
    expect(informatief).toContain('Geen tegenspraak: de IND wordt bekostigd voor het behandelen van 76.050 aanvragen');
    expect(text.indexOf('## Bronverschillen: toelichting')).toBeLessThan(text.indexOf('## Informatief (geen tegenspraak): toelichting'));
  });

  it('contains no ligature and stays short: under 350 lines with the details', () => {
    const { text } = report('md');
    expect(text).not.toMatch(/ĳ|Ĳ/);
    expect(text.split('\n').length).toBeLessThan(350);
  });

  it('writes the same report as a self-contained HTML page', () => {
    const { code, text } = report('html');
    expect(code).toBe(0);
    expect(text.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(text.match(/<h3>/g)).toHaveLength(25);
    expect(text).toContain('<td>Tabel 7 Totaal [bedrag]</td><td class="n">1.833.252</td><td class="n">1.833.251</td><td class="n">−1 (x € 1.000)</td>');
    expect(text).toContain('&quot;loopt op tot € 869 mln in 2026&quot;');
    expect(text).not.toMatch(/<script|https?:\/\//);
    // Printed, the overview is page one: the details start on a new page.
    expect(text).toContain('<h2 class="nieuwe-pagina">Bronverschillen: toelichting</h2>');
    expect(text.indexOf('Informatief (geen tegenspraak): overzicht')).toBeLessThan(text.indexOf('class="nieuwe-pagina"'));
  });

  it('lists failures of the check itself in the report, to investigate before forwarding', () => {
    const changed = withFigure(OB2025, 'tabel7', 'coa', 'bedrag', 1718755);
    const results = runChecks(changed);
    const groups = groupFindings(changed, results);
    const text = formatMarkdown(changed, summarise(changed, results, groups), groups, results);
    expect(text).toContain('## Fouten van de controle');
    expect(text).toContain('| Tabel 7 Totaal [bedrag] (tabel7:sum:totaal@bedrag) | 1.833.252 | 1.833.252 | 0 (x € 1.000) |');
  });

  it('exits 2 when the report cannot be written', () => {
    const result = run(['--format', 'md', '--out', join(dir, 'no-such-dir', 'r.md')]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/^Kan .*r\.md niet schrijven: /);
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
