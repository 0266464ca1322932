// The full workbook in both formula styles, read back without any spreadsheet engine: every
// formula carries its cached value (the 'aenm' style cannot be recalculated outside Excel,
// so the cached values are what a viewer without the add-in sees), and the published figures
// are on the sheets as printed.
import { DEFAULT_EDITION } from '../../src/core';
import type { FormulaStyle } from '../../src/core/sheets/types';
import { basisScenario, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';
import { DEFAULT_WORKBOOK_SHEETS } from '../../src/core/sheets';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { figure, openBook } from '../libreoffice/support/figures';
import { formulaCells } from '../libreoffice/support/libreoffice';

const edition = DEFAULT_EDITION;
const write = (formulaStyle: FormulaStyle) =>
  writeWorkbook(fullWorkbookPlan({ edition, sheets: DEFAULT_WORKBOOK_SHEETS, scenarios: [basisScenario(edition)], formulaStyle, writtenAt: '2026-11-23' }), { edition: edition.id, addinVersion: 'test' });

describe.each<FormulaStyle>(['aenm', 'excel'])('full workbook, %s formulas', (style) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await write(style);
  }, 60_000); // ExcelJS writes the whole workbook: seconds on a loaded 2-core machine

  it('gives every formula a cached value', async () => {
    const cells = await formulaCells(bytes);
    expect(cells.size).toBeGreaterThan(200);
    expect([...cells].filter(([, c]) => c.result === null).map(([k, c]) => `${k}: ${c.formula}`)).toEqual([]);
    const aenm = [...cells.values()].filter((c) => c.formula.includes('_xldudf_AENM_'));
    if (style === 'aenm') expect(aenm.length).toBeGreaterThan(10);
    else expect(aenm).toEqual([]);
  });

  it('shows the published figures as printed in OB2025 (cached)', async () => {
    const book = await openBook(bytes);
    expect(figure(book, 'ODA-toerekening', 'Bijdrage COA')).toBe(1718754);
    expect(figure(book, 'ODA-toerekening', 'Totaal zoals gepubliceerd')).toBe(1833252);
    expect(figure(book, 'MPP-kengetallen', 'Gemiddelde bezetting in de opvang', '2027')).toBe(132190);
    expect(figure(book, 'Taakstelling 2027-2028', '2 Beperken asielinstroom', '2028')).toBe(-935109);
  });
});
