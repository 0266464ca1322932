// Issue 13 item 3: the custom functions run on the test-only edition FX2030 (tests/fixtures/fx2030: OB2025's
// printed figures × 1,1, rounded to the printed unit, plus 2030 at 2029's figure), given as data the way
// the add-in gives its own editions. Expected figures are typed: OB2025's printed figure × 1,1, rounded.
import { EXAMPLES } from '../../src/functions/examples';
import { arityOf, callFunction } from '../../src/functions/registry';
import { FIXTURE_EDITIONS } from '../fixtures/fx2030';
import { expectError, only } from './support';

const on = (id: Parameters<typeof callFunction>[0], args: unknown[], edition: unknown = 'FX2030') => only(callFunction(id, [...args.map((a) => [[a]]), [[edition]]], FIXTURE_EDITIONS));
const pad = (args: unknown[], arity: number) => [...args, ...Array.from({ length: arity - args.length }, () => null)];

describe('the functions on the fixture edition FX2030', () => {
  it('give the fixture figures where the edition is named', () => {
    // Tabel 7 Bijdrage COA 1.718.754 × 1,1 = 1.890.629 (x € 1.000).
    expect(on('ODA', ['COA'])).toBe(1_890_629_000);
    // Tabel 4 COA 2025 4.062.600 × 1,1 = 4.468.860 (x € 1.000).
    expect(on('BUDGET', ['20.37.2.2.20', 2025])).toBe(4_468_860_000);
    // Tabel 6 gemiddelde bezetting 2027 132.190 × 1,1 = 145.409.
    expect(on('MPP', ['coa_bezetting', 2027])).toBe(145_409);
    // Tabel 1 Beperken asielinstroom 2028 −935.109 × 1,1 = −1.028.620 (x € 1.000).
    expect(on('CUT', pad([2028], 2))).toBe(-1_028_620_000);
    // Tabel 19 kostprijs regulier 2025 € 912 × 1,1 = € 1.003.
    expect(on('IND_PRICE', pad(['regulier'], 2))).toBe(1003);
  });

  it('know the year only the fixture prints (2030), which OB2025 refuses', () => {
    // Tabel 4 (and 30) COA 2029: 616.857 × 1,1 = 678.543 (x € 1.000), printed by the fixture for 2029 and 2030 alike.
    expect(on('BUDGET', ['20.37.2.2.20', 2029])).toBe(678_543_000);
    expect(on('BUDGET', ['20.37.2.2.20', 2030])).toBe(678_543_000);
    expectError(on('BUDGET', ['20.37.2.2.20', 2030], 'OB2025'), '#N/A', '2030');
  });

  it('take the newest of the editions given when the edition is left out, and name them for an unknown one', () => {
    expect(on('ODA', ['COA'], null)).toBe(1_890_629_000);
    expect(on('ODA', ['COA'], 0)).toBe(1_890_629_000);
    expect(on('ODA', ['COA'], 'ob2025')).toBe(1_718_754_000);
    expectError(on('ODA', ['COA'], 'OB2024'), '#N/A', 'OB2025, FX2030');
  });
});

describe('every function on FX2030', () => {
  it("answers each worked example with a number, 1,1× OB2025's where the example reads a published amount", () => {
    for (const example of EXAMPLES) {
      const args = pad([...example.args], arityOf(example.id));
      const fx = on(example.id, args);
      const ob = on(example.id, args, 'OB2025');
      expect([example.id, typeof fx]).toEqual([example.id, 'number']);
      expect([example.id, Math.round((ob as number) * 100) / 100]).toEqual([example.id, example.result]);
      // Amounts and counts are 10% higher (rounded per printed figure), a capacity (budget ÷ price) 10% lower;
      // arithmetic on the arguments alone (COA_BEDS, COA_OCCUPANCY) is the same in both.
      const ratio = (fx as number) / (ob as number);
      if (fx !== ob) expect([example.id, Math.abs(ratio - 1.1) < 0.001 || Math.abs(ratio - 1 / 1.1) < 0.001]).toEqual([example.id, true]);
    }
  });
});
