// The "AENM-functies" .xlsx through LibreOffice (issue 10 item 2). LibreOffice, like an Excel
// without the add-in, cannot compute AENM functions. So: every AENM cell must be stored as Excel
// stores a JavaScript custom function (_xldudf_AENM_NAME) with the core's value cached; every other
// formula that does not (directly or through other cells) use an AENM cell must recalculate to
// its cached value; and only AENM cells and the formulas that use them may become errors.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_EDITION } from '../../src/core';
import { formulaReferences, parseRange, columnLetter, DEFAULT_WORKBOOK_SHEETS } from '../../src/core/sheets';
import { basisScenario, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';
import { storedFormula } from '../../src/xlsx/cellValue';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { formulaCells, recalculateWithLibreOffice, sameValue, sofficeOrSkipReason, type FormulaCell } from './support/libreoffice';

const found = sofficeOrSkipReason();
if ('skip' in found) console.warn(`SKIPPED tests/libreoffice/aenmFile.test.ts: ${found.skip}`);
const describeIfSoffice = 'soffice' in found ? describe : describe.skip;

const edition = DEFAULT_EDITION;
const plan = fullWorkbookPlan({ edition, sheets: DEFAULT_WORKBOOK_SHEETS, scenarios: [basisScenario(edition)], formulaStyle: 'aenm', writtenAt: '2026-11-23' });

/** "Sheet!A1" keys of every cell a formula on `sheet` refers to (ranges expanded). */
function referenced(sheet: string, formula: string): string[] {
  return formulaReferences(formula).flatMap((ref) => {
    const { from, to } = parseRange(ref.to ? `${ref.from}:${ref.to}` : ref.from);
    const keys: string[] = [];
    for (let c = from.column; c <= to.column; c++) for (let r = from.row; r <= to.row; r++) keys.push(`${ref.sheet ?? sheet}!${columnLetter(c)}${r}`);
    return keys;
  });
}

describeIfSoffice('the AENM-functies .xlsx in LibreOffice', () => {
  let cached: Map<string, FormulaCell>;
  let recalculated: Map<string, FormulaCell>;
  beforeAll(async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'aenm-xlsx-')), 'aenm.xlsx');
    await writeFile(file, await writeWorkbook(plan, { edition: edition.id, addinVersion: 'test' }));
    cached = await formulaCells(file);
    recalculated = await formulaCells(await recalculateWithLibreOffice((found as { soffice: string }).soffice, file));
  }, 240_000);

  it("stores every AENM cell as _xldudf_AENM_… with the core's value cached", () => {
    let count = 0;
    for (const d of plan)
      for (const c of d.cells.filter((x) => x.formula?.includes('AENM.'))) {
        const cell = cached.get(`${d.name}!${c.address}`);
        expect({ at: `${d.name}!${c.address}`, formula: cell?.formula }).toEqual({ at: `${d.name}!${c.address}`, formula: storedFormula(c.formula!.slice(1)) });
        expect({ at: `${d.name}!${c.address}`, same: sameValue(c.cached as number, cell!.result) }).toEqual({ at: `${d.name}!${c.address}`, same: true });
        count++;
      }
    expect(count).toBeGreaterThan(10);
  });

  it('recalculates every formula that does not use an AENM cell to its cached value', () => {
    // Cells that use AENM, directly or through other formula cells (to a fixed point).
    const tainted = new Set([...cached].filter(([, c]) => c.formula.includes('_xldudf_')).map(([k]) => k));
    for (let grew = true; grew;) {
      grew = false;
      for (const [key, cell] of cached) {
        if (tainted.has(key)) continue;
        if (referenced(key.slice(0, key.lastIndexOf('!')), cell.formula).some((k) => tainted.has(k))) {
          tainted.add(key);
          grew = true;
        }
      }
    }
    const clean = [...cached].filter(([k]) => !tainted.has(k));
    expect(clean.length).toBeGreaterThan(50);
    const wrong = clean.filter(([k, c]) => !sameValue(c.result, recalculated.get(k)?.result ?? null)).map(([k, c]) => `${k}: =${c.formula} cached ${String(c.result)}, LibreOffice ${String(recalculated.get(k)?.result)}`);
    expect(wrong).toEqual([]);
  });
});
