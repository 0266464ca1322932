import { OB2025, type Edition } from '../../../src/core';
import { deepFreeze } from '../../../src/core/edition/deepFreeze';
import { presetDrivers, projectChain } from '../../../src/core/chain';

/** chain-model.md P3: need in 2027–2029 never reads a Tabel 4 figure of those years. */
function withTabel4(row: string, year: number, value: number): Edition {
  const copy = structuredClone(OB2025) as { -readonly [K in keyof Edition]: Edition[K] };
  copy.id = 'P3';
  const table = copy.tables.find((t) => t.id === 'tabel4')!;
  (table.rows.find((r) => r.key === row)!.values as number[])[table.columns.indexOf(String(year))] = value;
  return deepFreeze(copy as Edition);
}

describe('P3: a 2027–2029 Tabel 4 figure changes budget and gap, never need', () => {
  const base = projectChain(OB2025, presetDrivers(OB2025));
  for (const [row, org] of [
    ['coa', 'coa'],
    ['ind', 'ind'],
    ['nidos', 'nidos'],
  ] as const)
    for (const year of [2027, 2028, 2029]) {
      it(`${row} ${year}`, () => {
        const i = OB2025.projectionYears.indexOf(year);
        const table = OB2025.tables.find((t) => t.id === 'tabel4')!;
        const printedValue = table.rows.find((r) => r.key === row)!.values[table.columns.indexOf(String(year))]!;
        const changed = withTabel4(row, year, printedValue + 1000);
        const out = projectChain(changed, presetDrivers(changed));
        out.forEach((o, j) => {
          for (const g of ['coa', 'ind', 'nidos'] as const) expect(o.org[g].need).toBe(base[j]!.org[g].need);
        });
        // The cut part is the 2027→2028 step of the line, so a 2027/2028 change also moves (a); budget + gap always follow.
        expect(out[i]!.org[org].budget).not.toBe(base[i]!.org[org].budget);
        expect(out[i]!.org[org].gap).not.toBe(base[i]!.org[org].gap);
      });
    }
});
