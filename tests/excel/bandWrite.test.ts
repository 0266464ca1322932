import { OB2025 } from '../../src/core';
import { bandSheet } from '../../src/core/sheets/bandSheet';
import { workbookPlan } from '../../src/core/sheets/workbookPlan';
import { writeSheets, type ExcelContextLike } from '../../src/excel';
import { createFakeExcel } from './fakeExcel';

/** The band action through the Office.js adapter: one sheet, its inputs, formulas and both charts, in at most two syncs per sheet. */
it('writes Bandbreedte with its factors, formulas and two charts', async () => {
  const fake = createFakeExcel();
  const band = bandSheet(OB2025, { formulaStyle: 'excel', writtenAt: '2026-12-01' });
  const plan = workbookPlan(OB2025, [band], '2026-12-01');
  const result = await writeSheets(fake.context as unknown as ExcelContextLike, plan);
  expect(result.ok).toBe(true);
  expect(fake.sheetNames()).toEqual(['Parameters OB2025', 'Bandbreedte']);
  expect(fake.cell('Bandbreedte', band.layout.factor.hoog.inflow)).toBe(1.2);
  const occupancy2028 = `F${band.layout.bandRow.hoog.occupancy}`;
  expect(fake.cell('Bandbreedte', occupancy2028)).toBe(band.cells.find((c) => c.address === occupancy2028)!.formula);
  expect(fake.sheet('Bandbreedte')!.charts).toHaveLength(2);
  expect(fake.syncs).toBeLessThanOrEqual(2 * plan.length);
});
