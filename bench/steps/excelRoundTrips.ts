// Step 2: round trips (context.sync) and the largest request of each one-click sheet and
// of the whole workbook, written by src/excel into the recording fake (tests/excel/fakeExcel).
// Baseline: an empty sheet written by the same adapter. Targets: ≤ 2 syncs per sheet
// (one shared read of existing names + one write), largest request ≤ 1 MB (Excel on the web refuses 5 MB).
import type { SheetDescription } from '../../src/core/sheets/types';
import { figure, type Figure } from '../figures';
import { buildPlans } from '../plans';

const MAX_REQUEST_BYTES = 1_000_000;
const MAX_SYNCS_PER_SHEET = 2;

interface Written {
  readonly syncs: number;
  readonly sheets: number;
  readonly largestBytes: number;
}

async function writeInFake(plan: SheetDescription[]): Promise<Written> {
  const { createFakeExcel } = await import('../../tests/excel/fakeExcel');
  const { writeSheets } = await import('../../src/excel');
  const fake = createFakeExcel({ supported: '1.12' });
  // The adapter types its context structurally; the fake implements that slice.
  const result = await writeSheets(fake.context as unknown as Parameters<typeof writeSheets>[0], plan);
  if (!result.ok) throw new Error(`writeSheets failed: ${JSON.stringify(result.error)}`);
  const sheets = result.value.sheets.filter((r) => !r.skipped).length;
  return { syncs: fake.syncs, sheets, largestBytes: Math.max(0, ...fake.requests.map((r) => r.bytes)) };
}

export async function benchExcelRoundTrips(): Promise<Figure[]> {
  const plans = await buildPlans();
  const empty = await writeInFake([plans.empty]);
  const figures: Figure[] = [];
  const add = (label: string, w: Written) => {
    const perSheet = w.syncs / Math.max(1, w.sheets);
    figures.push(
      figure({
        measure: `${label}: context.sync() per sheet (${w.syncs} for ${w.sheets} sheet${w.sheets === 1 ? '' : 's'})`,
        value: perSheet,
        unit: 'syncs/sheet',
        baseline: empty.syncs,
        baselineLabel: 'empty sheet, same adapter',
        target: `≤ ${MAX_SYNCS_PER_SHEET} per sheet`,
        meetsTarget: perSheet <= MAX_SYNCS_PER_SHEET,
      }),
      figure({
        measure: `${label}: largest request`,
        value: w.largestBytes,
        unit: 'bytes (JSON)',
        baseline: empty.largestBytes,
        baselineLabel: 'empty sheet, same adapter',
        target: `≤ ${MAX_REQUEST_BYTES.toLocaleString('en')} B (web limit 5 MB)`,
        meetsTarget: w.largestBytes <= MAX_REQUEST_BYTES,
      }),
    );
  };
  for (const { action, plan } of plans.oneClick) add(action, await writeInFake(plan));
  add('Whole workbook', await writeInFake(plans.workbook));
  return figures;
}
