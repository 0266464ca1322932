// Step 6: cost as work grows (issue 15 item 4), each size against the smallest in the same run.
//  - "Scenario's vergelijken" with 1, 10, 50 scenario sheets in the workbook (recording fake):
//    read them back (src/excel/readScenarios) and write the comparison (src/excel/writeSheets).
//    Syncs must not grow with the number of scenarios; no request over 1 MB.
//  - An .xlsx (src/xlsx) with 1, 10, 50 scenario sheets: ms and bytes, expected linear.
import type { PresetName } from '../../src/core';
import type { SheetDescription } from '../../src/core/sheets/types';
import { figure, type Figure } from '../figures';
import { WRITTEN_AT } from '../plans';
import { median, timeOnce } from '../stats';

export const SIZES = [1, 10, 50] as const;
const PRESETS: readonly PresetName[] = ['basis', 'laag', 'hoog'];
const MAX_REQUEST_BYTES = 1_000_000;
const REPEATS = 3;

async function scenarioSheets(n: number): Promise<SheetDescription[]> {
  const core = await import('../../src/core');
  const s = await import('../../src/core/sheets');
  const options = { formulaStyle: 'excel' as const, writtenAt: WRITTEN_AT };
  return Array.from({ length: n }, (_, i) => s.scenarioSheet(core.DEFAULT_EDITION, { ...options, name: `Variant ${i + 1}`, drivers: core.presetDrivers(core.DEFAULT_EDITION, PRESETS[i % PRESETS.length]!) }));
}

interface Compared {
  readonly syncs: number;
  readonly largest: number;
  readonly ms: number;
  readonly found: number;
}

/** One comparison: a fresh fake workbook holding n scenarios (not timed), then read + write (timed). */
async function compareOnce(n: number): Promise<Compared> {
  const { createFakeExcel } = await import('../../tests/excel/fakeExcel');
  const { writeSheets } = await import('../../src/excel');
  const { readScenarios } = await import('../../src/excel/readScenarios');
  const core = await import('../../src/core');
  const s = await import('../../src/core/sheets');
  const edition = core.DEFAULT_EDITION;
  const fake = createFakeExcel({ supported: '1.12' });
  type Ctx = Parameters<typeof writeSheets>[0];
  const setup = await writeSheets(fake.context as unknown as Ctx, s.workbookPlan(edition, await scenarioSheets(n), WRITTEN_AT));
  if (!setup.ok) throw new Error(`setup failed: ${JSON.stringify(setup.error)}`);
  const syncs0 = fake.syncs;
  const requests0 = fake.requests.length;
  let found = 0;
  const ms = await timeOnce(async () => {
    const scenarios = await readScenarios(fake.context as unknown as Parameters<typeof readScenarios>[0], edition);
    found = scenarios.length;
    const compare = s.compareSheet(edition, scenarios, { formulaStyle: 'excel', writtenAt: WRITTEN_AT });
    const written = await writeSheets(fake.context as unknown as Ctx, s.workbookPlan(edition, [compare], WRITTEN_AT));
    if (!written.ok) throw new Error(`compare write failed: ${JSON.stringify(written.error)}`);
  });
  const requests = fake.requests.slice(requests0);
  return { syncs: fake.syncs - syncs0, largest: Math.max(0, ...requests.map((r) => r.bytes)), ms, found };
}

async function compared(n: number): Promise<Compared> {
  const runs: Compared[] = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await compareOnce(n));
  return { ...runs[0]!, ms: median(runs.map((r) => r.ms)) };
}

export async function benchCompareGrowth(): Promise<Figure[]> {
  const results: (Compared & { n: number })[] = [];
  for (const n of SIZES) results.push({ n, ...(await compared(n)) });
  const first = results[0]!;
  const figures: Figure[] = [];
  for (const r of results) {
    if (r.found !== r.n) throw new Error(`found ${r.found} of ${r.n} scenarios`);
    figures.push(
      figure({
        measure: `compare ${r.n} scenario${r.n === 1 ? '' : 's'}: context.sync() (read all + write the comparison)`,
        value: r.syncs,
        unit: 'syncs',
        baseline: first.syncs,
        baselineLabel: `${first.n} scenario`,
        target: 'same as for 1 scenario',
        meetsTarget: r.syncs === first.syncs,
      }),
      figure({
        measure: `compare ${r.n} scenario${r.n === 1 ? '' : 's'}: largest request (the batched read, or the write)`,
        value: r.largest,
        unit: 'bytes (JSON)',
        baseline: first.largest,
        baselineLabel: `${first.n} scenario`,
        target: `≤ ${MAX_REQUEST_BYTES.toLocaleString('en')} B`,
        meetsTarget: r.largest <= MAX_REQUEST_BYTES,
      }),
      figure({
        measure: `compare ${r.n} scenario${r.n === 1 ? '' : 's'}: read + plan + write, recording fake`,
        value: r.ms,
        unit: `ms (median of ${REPEATS})`,
        baseline: first.ms,
        baselineLabel: `${first.n} scenario`,
        target: '— (reported)',
        meetsTarget: null,
      }),
    );
  }
  return figures;
}

export async function benchXlsxGrowth(): Promise<Figure[]> {
  const { writeWorkbook } = await import('../../src/xlsx/writeWorkbook');
  const core = await import('../../src/core');
  const s = await import('../../src/core/sheets');
  const meta = { edition: 'OB2025', addinVersion: 'bench', createdAt: new Date('2025-01-01T00:00:00Z') };
  const results: { n: number; bytes: number; ms: number }[] = [];
  for (const n of SIZES) {
    const plan = s.workbookPlan(core.DEFAULT_EDITION, await scenarioSheets(n), WRITTEN_AT);
    const bytes = (await writeWorkbook(plan, meta)).length;
    const times: number[] = [];
    for (let i = 0; i < REPEATS; i++) times.push(await timeOnce(() => writeWorkbook(plan, meta)));
    results.push({ n, bytes, ms: median(times) });
  }
  const first = results[0]!;
  const perSheet = (a: (typeof results)[number], b: (typeof results)[number], k: 'ms' | 'bytes') => (b[k] - a[k]) / (b.n - a.n);
  const figures: Figure[] = [];
  for (const r of results) {
    figures.push(
      figure({
        measure: `.xlsx with ${r.n} scenario sheet${r.n === 1 ? '' : 's'} (+ parameters): size`,
        value: r.bytes,
        unit: 'bytes',
        baseline: first.bytes,
        baselineLabel: `${first.n} scenario sheet`,
        target: '— (linear: see per-sheet rows)',
        meetsTarget: null,
      }),
      figure({
        measure: `.xlsx with ${r.n} scenario sheet${r.n === 1 ? '' : 's'} (+ parameters): write`,
        value: r.ms,
        unit: `ms (median of ${REPEATS})`,
        baseline: first.ms,
        baselineLabel: `${first.n} scenario sheet`,
        target: '— (reported)',
        meetsTarget: null,
      }),
    );
  }
  const [a, b, c] = results as [(typeof results)[number], (typeof results)[number], (typeof results)[number]];
  for (const k of ['bytes', 'ms'] as const) {
    const early = perSheet(a, b, k);
    const late = perSheet(b, c, k);
    figures.push(
      figure({
        measure: `.xlsx: ${k} per added scenario sheet, ${b.n}→${c.n} sheets`,
        value: late,
        unit: k === 'bytes' ? 'bytes/sheet' : 'ms/sheet',
        baseline: early,
        baselineLabel: `${a.n}→${b.n} sheets`,
        target: k === 'bytes' ? 'linear: ≤ 1.25× the early increment' : '— (reported; linear expected)',
        meetsTarget: k === 'bytes' ? late <= 1.25 * early : null,
      }),
    );
  }
  return figures;
}
