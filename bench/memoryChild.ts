// Child process of bench/steps/memory.ts (run with --expose-gc and a large young generation):
// heap used by ONE call over MAX_CELLS cells, for a custom function or for the bare loop.
// Prints JSON { allocatedBytes, retainedBytes, ms }.
//  - allocatedBytes: heap growth across the call with no collection in between (the young
//    generation is made large enough that none runs), i.e. everything the call allocated: an
//    upper bound of its peak.
//  - retainedBytes: heap growth after a full collection, the result still held.
import { column, MAX_CELLS } from './steps/customFunctions';

type Fn = (...args: unknown[][][]) => unknown[][];
const gc = (globalThis as { gc?: () => void }).gc;

async function main(): Promise<void> {
  if (!gc) throw new Error('run with --expose-gc');
  const which = process.argv[2] ?? 'bare-ind';
  const functions = (await import('../src/functions/functions')) as unknown as Record<string, Fn>;
  const price = (functions.indCost!([['asiel']], [[1]], [[2025]]) as number[][])[0]![0] as number;
  const range = column(MAX_CELLS);
  const calls: Record<string, () => unknown> = {
    IND_COST: () => functions.indCost!([['asiel']], range, null as unknown as unknown[][]),
    COA_BEDS: () => functions.coaBeds!(range, [[10.6]]),
    'bare-ind': () => range.map((row) => [row[0]! * price]),
    'bare-coa': () => range.map((row) => [(row[0]! * 10.6) / 12]),
  };
  const call = calls[which];
  if (!call) throw new Error(`unknown case ${which}`);
  call(); // warm the code once
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  let result: unknown = call();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const allocated = process.memoryUsage().heapUsed - before;
  gc();
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  if (!Array.isArray(result) || result.length !== MAX_CELLS) throw new Error(`${which} did not return ${MAX_CELLS} rows`);
  result = undefined;
  process.stdout.write(JSON.stringify({ allocatedBytes: allocated, retainedBytes: retained, ms }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
