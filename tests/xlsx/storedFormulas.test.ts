// Issue 10 item 2: an .xlsx with AENM formulas must open in Excel without #NAME?. Excel stores a
// JavaScript custom function in a file as _xldudf_<NAMESPACE>_<NAME> (dots → underscores;
// OfficeDev/Excel-Custom-Functions#108, office-js #4811, #5611); a formula stored as typed
// ("AENM.IND_PRICE(") is not re-resolved when the add-in loads (office-js #6395).
import { readFileSync } from 'node:fs';
// jszip: ExcelJS's own zip library (a dependency of exceljs 4.4.0); ExcelJS does not read <calcPr> back.
import JSZip from 'jszip';
import { DEFAULT_EDITION } from '../../src/core';
import { basisScenario, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';
import { DEFAULT_WORKBOOK_SHEETS } from '../../src/core/sheets';
import { CUSTOM_FUNCTION_NAMESPACE, storedFormula } from '../../src/xlsx/cellValue';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { formulaCells, sameValue } from '../libreoffice/support/libreoffice';

const edition = DEFAULT_EDITION;
const plan = fullWorkbookPlan({ edition, sheets: DEFAULT_WORKBOOK_SHEETS, scenarios: [basisScenario(edition)], formulaStyle: 'aenm', writtenAt: '2026-11-23' });

describe('AENM formulas in an .xlsx, stored as Excel stores them', () => {
  it('rewrites every call, dotted names included, and leaves strings and other names alone', () => {
    expect(storedFormula('AENM.IND_PRICE("asiel",2025)')).toBe('_xldudf_AENM_IND_PRICE("asiel",2025)');
    expect(storedFormula('ROUND(AENM.BUDGET("COA",2028)/aenm.coa_cost(1),0)')).toBe('ROUND(_xldudf_AENM_BUDGET("COA",2028)/_xldudf_AENM_COA_COST(1),0)');
    expect(storedFormula('AENM.X.Y(1)')).toBe('_xldudf_AENM_X_Y(1)');
    expect(storedFormula('CONCAT("AENM.CUT(2028)",B1)')).toBe('CONCAT("AENM.CUT(2028)",B1)');
    expect(storedFormula('MYAENM.CUT(1)+OB2025_AENM.X')).toBe('MYAENM.CUT(1)+OB2025_AENM.X');
  });

  it("uses the manifest's namespace", () => {
    expect(readFileSync('manifest.xml', 'utf8')).toContain(`<bt:String id="Functions.Namespace" DefaultValue="${CUSTOM_FUNCTION_NAMESPACE}"/>`);
  });

  it('writes <f>_xldudf_AENM_…</f> with the cached value, never AENM. as typed, and asks for no full recalculation on load', async () => {
    const bytes = await writeWorkbook(plan, { edition: edition.id, addinVersion: 'test' });
    // ExcelJS reads a cell's formula as the text of its <f> element.
    const cells = await formulaCells(bytes);
    const stored = [...cells.values()].map((c) => c.formula);
    const aenm = stored.filter((f) => f.includes('_xldudf_'));
    expect(aenm.length).toBeGreaterThan(10);
    for (const f of aenm) expect(f).toMatch(/_xldudf_AENM_[A-Z_]+\(/);
    expect(stored.filter((f) => /(^|[^A-Za-z0-9_.])AENM\./.test(f.replace(/"(?:[^"]|"")*"/g, '""')))).toEqual([]);
    const workbookXml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr\b/);
    expect(workbookXml).not.toMatch(/fullCalcOnLoad/);

    // Every AENM cell carries the value the core computed for it.
    let checked = 0;
    for (const d of plan)
      for (const c of d.cells.filter((x) => x.formula?.includes('AENM.'))) {
        const cell = cells.get(`${d.name}!${c.address}`);
        expect([c.address, cell?.formula]).toEqual([c.address, storedFormula(c.formula!.slice(1))]);
        expect([c.address, sameValue(c.cached as number, cell!.result)]).toEqual([c.address, true]);
        checked++;
      }
    expect(checked).toBe(aenm.length);
  });
});
