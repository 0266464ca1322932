// Step 5: writing the full .xlsx (src/xlsx, ExcelJS) against writing one empty sheet
// with the same writer. Reported, no target set by the brief.
import { figure, type Figure } from '../figures';
import { buildPlans } from '../plans';
import { medianPair } from '../stats';

const REPEATS = 5;

export async function benchXlsx(): Promise<Figure[]> {
  const { writeWorkbook } = await import('../../src/xlsx/writeWorkbook');
  const plans = await buildPlans();
  const meta = { edition: 'OB2025', addinVersion: 'bench', createdAt: new Date('2025-01-01T00:00:00Z') };
  const full = await writeWorkbook(plans.workbook, meta);
  const empty = await writeWorkbook([plans.empty], meta);
  const t = await medianPair(
    () => writeWorkbook(plans.workbook, meta),
    () => writeWorkbook([plans.empty], meta),
    REPEATS,
    1,
  );
  return [
    figure({
      measure: `Full workbook .xlsx (${plans.workbook.length} sheets, ${full.length.toLocaleString('en')} B; empty ${empty.length.toLocaleString('en')} B)`,
      value: t.subject,
      unit: 'ms (median of 5)',
      baseline: t.baseline,
      baselineLabel: 'one empty sheet, same writer',
      target: '— (reported)',
      meetsTarget: null,
    }),
  ];
}
