// npm run bench [-- --dist <folder>] [-- --skip-browser]
// Measures speed and request sizes against same-run baselines and writes
// bench/results/latest.{json,md}. Separate from the tests: figures depend on the machine.
import { rmSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { productionBuild } from './dist';
import { guarded, notAvailable, type StepResult } from './figures';
import { describeMachine, waitForQuiet } from './machine';
import { markdown, writeReport } from './report';
import { benchCustomFunctions } from './steps/customFunctions';
import { benchExcelRoundTrips } from './steps/excelRoundTrips';
import { benchHostileRanges } from './steps/hostileRanges';
import { benchCompareGrowth, benchXlsxGrowth } from './steps/growth';
import { benchMemory } from './steps/memory';
import { benchPages } from './steps/pages';
import { benchXlsx } from './steps/xlsxWrite';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, 'skip-browser': { type: 'boolean', default: false } } });
  const machine = describeMachine();
  const steps: StepResult[] = [];
  const step = async (s: Promise<StepResult>) => {
    const r = await s;
    steps.push(r);
    console.log(r.status === 'ok' ? `✓ ${r.step}` : `– ${r.step}: not available: ${r.reason}`);
  };

  await step(guarded('custom function, 100,000 cells', benchCustomFunctions));
  await step(guarded('hostile input (largest range, expression nesting)', benchHostileRanges));
  await step(guarded('Office.js adapter (recording fake)', benchExcelRoundTrips));
  await step(guarded('.xlsx writer', benchXlsx));
  await step(guarded('cost as work grows: comparing scenarios (recording fake)', benchCompareGrowth));
  await step(guarded('cost as work grows: .xlsx with scenario sheets', benchXlsxGrowth));
  await step(guarded('cost as work grows: custom function over 1,000,000 cells (memory)', benchMemory));

  let buildMs: number | null = null;
  let quietBeforeBrowser: { idle: number; waitedMs: number } | undefined;
  if (values['skip-browser']) {
    steps.push(notAvailable('custom-functions runtime', 'skipped (--skip-browser)'), notAvailable('task pane', 'skipped (--skip-browser)'));
  } else {
    try {
      const build = productionBuild(values.dist);
      buildMs = build.buildMs;
      quietBeforeBrowser = await waitForQuiet();
      console.log(`CPU ${Math.round(quietBeforeBrowser.idle * 100)} % idle after waiting ${quietBeforeBrowser.waitedMs} ms`);
      try {
        for (const r of await benchPages(build.dir)) await step(Promise.resolve(r));
      } finally {
        if (build.buildMs !== null) rmSync(build.dir, { recursive: true, force: true }); // our own temp build only
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      for (const name of ['custom-functions runtime', 'task pane']) await step(Promise.resolve(notAvailable(name, reason)));
    }
  }

  const loadAverageEnd = Math.round(os.loadavg()[0]! * 100) / 100;
  const report = { date: new Date().toISOString(), machine, loadAverageEnd, buildMs, ...(quietBeforeBrowser ? { quietBeforeBrowser } : {}), steps };
  const written = writeReport(report);
  console.log(`\n${markdown(report)}\nWritten: ${written.json}, ${written.md}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
