// Issue 13 item 2: a second edition as data alone (tests/fixtures/fx2030: other figures, one more
// year) builds every sheet, every scenario and the CLI workbook, recording FX2030 where the add-in
// reads it back. The expected figures are typed: OB2025's printed figure × 1,1, rounded.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { OB2025, presetDrivers } from '../../src/core';
import { compareSheet, readScenarioDescription, scenarioSheet, SCENARIO_SHEET_LAYOUT, type SheetDescription, DEFAULT_WORKBOOK_SHEETS } from '../../src/core/sheets';
import { editionCell } from '../../src/core/sheets/editionCell';
import { basisScenario, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';
import { mismatches } from '../core/sheets/evaluate';
import { FX2030 } from '../fixtures/fx2030';
import { runWithFixtureEditions, temporaryFolder } from '../support/fixtureCli';
import { actionPeriod } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { nl } from '../../src/taskpane/i18n/nl';

jest.setTimeout(60_000);

const O = { formulaStyle: 'excel' as const, writtenAt: '2026-12-01' };
const hoog = { name: 'Hoog', preset: 'hoog' as const, drivers: presetDrivers(FX2030, 'hoog') };
const plan: SheetDescription[] = fullWorkbookPlan({ edition: FX2030, sheets: ['parameters', ...DEFAULT_WORKBOOK_SHEETS], scenarios: [basisScenario(FX2030), hoog], ...O });
const sheet = (kind: SheetDescription['kind']): SheetDescription => plan.find((d) => d.kind === kind)!;
const valueAt = (d: SheetDescription, address: string) => {
  const c = d.cells.find((x) => x.address === address);
  return c?.formula !== undefined ? c.cached : c?.value;
};
/** The figure in a row (found by its label in column A or B) under a column header, as the sheet holds it. */
function figure(d: SheetDescription, label: string, header?: string): unknown {
  const at = (a: string) => /^([A-Z]+)(\d+)$/.exec(a)!;
  const labelCell = d.cells.find((c) => c.value === label && /^[AB]\d+$/.test(c.address));
  if (!labelCell) throw new Error(`${d.name}: no row "${label}"`);
  const row = at(labelCell.address)[2]!;
  const inRow = d.cells.filter((c) => at(c.address)[2] === row && typeof (c.formula !== undefined ? c.cached : c.value) === 'number');
  if (header === undefined) return inRow[0] && valueAt(d, inRow[0].address);
  const headerCell = d.cells.find((c) => c.value === header && c.style === 'header' && Number(at(c.address)[2]) < Number(row));
  const cell = inRow.find((c) => at(c.address)[1] === at(headerCell!.address)[1]);
  return cell && valueAt(d, cell.address);
}

describe('FX2030, a second edition given as data', () => {
  it('differs from OB2025 in its figures and has one more year', () => {
    expect(FX2030.projectionYears).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(OB2025.projectionYears).toEqual([2025, 2026, 2027, 2028, 2029]);
  });

  it('builds every sheet, and each records FX2030 in its edition cell', () => {
    expect(plan.map((d) => d.name)).toEqual(['Parameters FX2030', 'ODA-toerekening', 'MPP-kengetallen', 'Taakstelling 2027-2028', 'Scenario MPP-basis', 'Scenario Hoog', 'Bandbreedte', "Scenario's vergelijken"]);
    for (const d of plan) expect([d.name, valueAt(d, editionCell(d.kind)), d.edition]).toEqual([d.name, 'FX2030', 'FX2030']);
  });

  it('shows its own published figures (OB2025 × 1,1, typed)', () => {
    expect(figure(sheet('oda'), 'Bijdrage COA')).toBe(1890629); // Tabel 7: 1.718.754
    expect(figure(sheet('mpp'), 'Gemiddelde bezetting in de opvang', '2027')).toBe(145409); // Tabel 6: 132.190
    expect(figure(sheet('cuts'), '2 Beperken asielinstroom', '2028')).toBe(-1028620); // Tabel 1: −935.109
    const parameters = sheet('parameters');
    // Tabel 4 COA 2029: 616.857 × 1,1 = 678.543 (x € 1.000), for 2029 and 2030 alike.
    expect(figure(parameters, 'FX2030_COA_BIJDRAGE_2029')).toBe(678543);
    expect(figure(parameters, 'FX2030_COA_BIJDRAGE_2030')).toBe(678543);
    expect(figure(parameters, 'FX2030_TAAKSTELLING_2030')).toBe(-1028620);
  });

  it('projects 2030 on the scenario, band and compare sheets', () => {
    const scenario = sheet('scenario');
    const header = (d: SheetDescription, row: number) => d.cells.filter((c) => c.address.endsWith(String(row)) && /^[C-Z]\d+$/.test(c.address) && c.style === 'header').map((c) => c.value);
    expect(header(scenario, SCENARIO_SHEET_LAYOUT.inputsHeader)).toEqual(['2025', '2026', '2027', '2028', '2029', '2030', 'Status en bron']);
    expect(readScenarioDescription(FX2030, scenario)).toMatchObject({ kind: 'ok', drivers: { edition: 'FX2030', years: [2025, 2026, 2027, 2028, 2029, 2030] } });
    const texts = (d: SheetDescription) => d.cells.map((c) => c.value);
    expect(texts(sheet('band'))).toContain('2030');
    expect(texts(sheet('compare'))).toContain('2030');
    expect(texts(sheet('band'))[0]).toBe('Bandbreedte 2025–2030: laag, basis en hoog naast elkaar');
  });

  it('says which years are carried past the last printed one, from the data (Tabel 6 ends in 2028)', () => {
    const notes = sheet('scenario')
      .cells.map((c) => c.value)
      .filter((v): v is string => typeof v === 'string');
    expect(notes).toContain('gepubliceerd, Tabel 6 (L620); 2029–2030 aanname');
    expect(sheet('cuts').cells.map((c) => c.value)).toContain('gepubliceerd, Tabel 6; 2029–2030 aanname: 2028 doorgetrokken');
  });

  it('names its years in the pane texts (nl and en)', () => {
    expect(nl.actions(actionPeriod(FX2030)).band.description).toMatch(/^Laag, basis en hoog naast elkaar 2025–2030:/);
    expect(en.actions(actionPeriod(FX2030)).cuts.label).toBe('Budget cut 2027–2028');
    expect(nl.actions(actionPeriod(OB2025)).band.description).toMatch(/naast elkaar 2025–2029:/);
  });

  it('calculates: every formula evaluates (HyperFormula) to the value the core cached', () => {
    expect(mismatches(plan)).toEqual([]);
  });

  it('never mixes editions in a comparison: an OB2025 scenario sheet is refused by name, the FX2030 one compared', () => {
    const ob = scenarioSheet(OB2025, { ...O, name: 'Oud' });
    const fx = scenarioSheet(FX2030, { ...O, name: 'Nieuw' });
    const compare = compareSheet(FX2030, [readScenarioDescription(FX2030, ob), readScenarioDescription(FX2030, fx)], O);
    const warnings = compare.cells.filter((c) => c.style === 'warning').map((c) => c.value);
    expect(warnings).toContain('editie "OB2025" in C6, de invoegtoepassing rekent met FX2030: niet vergelijkbaar');
    expect(compare.cells.filter((c) => typeof c.formula === 'string' && c.formula.includes("'Scenario Oud'!"))).toEqual([]);
    expect(compare.cells.some((c) => typeof c.formula === 'string' && c.formula.includes("'Scenario Nieuw'!"))).toBe(true);
  });
});

describe('the CLI with --edition FX2030 (editions passed in as data)', () => {
  const folder = temporaryFolder('aenm-fx2030-');
  const run = async (...argv: string[]) => {
    const { code, lines } = await runWithFixtureEditions(...argv);
    return { code, text: lines.join('\n') };
  };

  it('writes the whole workbook of FX2030, every sheet recording it', async () => {
    const file = path.join(folder(), 'fx.xlsx');
    const { code, text } = await run('--out', file, '--edition', 'FX2030');
    expect([code, text]).toEqual([0, expect.stringContaining('edition FX2030')]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const kinds: Record<string, SheetDescription['kind']> = {
      'Parameters FX2030': 'parameters',
      'ODA-toerekening': 'oda',
      'MPP-kengetallen': 'mpp',
      'Taakstelling 2027-2028': 'cuts',
      'Scenario MPP-basis': 'scenario',
      Bandbreedte: 'band',
      "Scenario's vergelijken": 'compare',
    };
    expect(book.worksheets.map((w) => w.name)).toEqual(Object.keys(kinds));
    for (const w of book.worksheets) expect([w.name, w.getCell(editionCell(kinds[w.name]!)).value]).toEqual([w.name, 'FX2030']);
  });

  it('refuses an unknown edition, naming the editions that exist', async () => {
    expect(await run('--out', path.join(folder(), 'x.xlsx'), '--edition', 'OB2024')).toEqual({ code: 2, text: 'workbook: --edition: unknown edition "OB2024"; the editions are OB2025, FX2030\nTry --help.' });
  });
});
