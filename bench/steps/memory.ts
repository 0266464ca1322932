// Step 1c: a custom function over 1,000,000 cells (the most the functions accept): heap
// allocated and retained by one call, against the bare loop that returns the same numbers
// in the same 2-D shape (issue 15 item 4). Each case runs in a fresh Node process with
// --expose-gc and a young generation large enough that no collection runs during the call,
// so "allocated" is everything the call allocated (an upper bound of its peak). Reported.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { figure, type Figure } from '../figures';
import { MAX_CELLS } from './customFunctions';

interface Measured {
  readonly allocatedBytes: number;
  readonly retainedBytes: number;
  readonly ms: number;
}

function measure(which: string): Measured {
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-semi-space-size=1024', '--import', 'tsx', path.join(__dirname, '..', 'memoryChild.ts'), which], {
    cwd: path.resolve(__dirname, '../..'),
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`memory child ${which} failed: ${(child.stderr || child.stdout).trim().split('\n')[0]}`);
  return JSON.parse(child.stdout) as Measured;
}

const MB = 1024 * 1024;

export async function benchMemory(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [id, bare] of [
    ['IND_COST', 'bare-ind'],
    ['COA_BEDS', 'bare-coa'],
  ] as const) {
    const s = measure(id);
    const b = measure(bare);
    figures.push(
      figure({
        measure: `AENM.${id} over ${MAX_CELLS.toLocaleString('en')} cells, Node: heap allocated by one call (no GC during the call)`,
        value: s.allocatedBytes / MB,
        unit: 'MiB',
        baseline: b.allocatedBytes / MB,
        baselineLabel: 'bare loop, same numbers, same 2-D shape',
        target: '— (reported)',
        meetsTarget: null,
      }),
      figure({
        measure: `AENM.${id} over ${MAX_CELLS.toLocaleString('en')} cells, Node: heap retained after GC (the result)`,
        value: s.retainedBytes / MB,
        unit: 'MiB',
        baseline: b.retainedBytes / MB,
        baselineLabel: 'bare loop, same numbers, same 2-D shape',
        target: '— (reported)',
        meetsTarget: null,
      }),
      figure({
        measure: `AENM.${id} over ${MAX_CELLS.toLocaleString('en')} cells, Node (tsx transpile): one cold-ish call`,
        value: s.ms,
        unit: 'ms (one call after one warm-up)',
        baseline: b.ms,
        baselineLabel: 'bare loop, same numbers, same 2-D shape',
        target: '— (reported; timed on the production bundle in Chromium below)',
        meetsTarget: null,
      }),
    );
  }
  return figures;
}
