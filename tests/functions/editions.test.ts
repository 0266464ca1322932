// Issue 10 B1: every function takes an optional last [edition]; empty or 0 is the newest edition the add-in
// carries (OB2025 today). Expected figures typed from OB2025: Tabel 4 COA 2025 4.062.600 x € 1.000 at the MPP
// occupancy 114.650 (Tabel 6); Tabel 19 asiel € 4.418.
import { EXAMPLES } from '../../src/functions/examples';
import { coaCost, indPrice } from '../../src/functions/functions';
import { arityOf, callFunction, FUNCTION_IDS } from '../../src/functions/registry';
import { c, eachHost, expectError, only } from './support';

eachHost(({ empty }) => {
  it('an empty or 0 edition is the newest edition, OB2025', () => {
    expect(only(coaCost(c(114_650), undefined, c(empty)))).toBe(4_062_600_000);
    expect(only(indPrice(c('asiel'), c(empty), c(empty)))).toBe(4418);
  });
});

describe('[edition]', () => {
  it('is the last argument of every function, and naming OB2025 gives the example result', () => {
    expect(EXAMPLES.map((e) => e.id).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const example of EXAMPLES) {
      const args: unknown[][][] = example.args.map((a) => [[a]]);
      while (args.length < arityOf(example.id)) args.push([[null]]);
      const result = callFunction(example.id, [...args, [['ob2025']]]);
      expect([example.id, Math.round((result[0]![0] as number) * 100) / 100]).toEqual([example.id, example.result]);
    }
  });
  it('answers #N/A naming the editions there are for an unknown one', () => {
    expectError(only(coaCost(c(114_650), undefined, c('OB2024'))), '#N/A', 'OB2024', 'editie', 'OB2025');
    expectError(only(indPrice(c('asiel'), undefined, c(true))), '#VALUE!', 'editie', 'logische waarde');
  });
  it('goes elementwise over a range of editions', () => {
    const result = indPrice(c('asiel'), undefined, [['OB2025', 'OB2024']]);
    expect(result[0]![0]).toBe(4418);
    expectError(result[0]![1], '#N/A', 'OB2024');
  });
  it('keeps the limits of any other argument: at most 1.000.000 cells, and one message for many equal faults', () => {
    // A column of 2.000 results against a row of 1.000 editions would spill 2.000.000 cells.
    const column = Array.from({ length: 2000 }, () => ['asiel']);
    const row = [Array.from({ length: 1000 }, () => 'OB2025')];
    expectError(only(indPrice(column, undefined, row)), '#VALUE!', '2000x1000', '1000000');
    const bad = indPrice(c('asiel'), undefined, [Array.from({ length: 50 }, () => 'OB2024')]);
    expect(new Set(bad[0]).size).toBe(1);
    expectError(bad[0]![49], '#N/A', 'OB2024');
  });
});
