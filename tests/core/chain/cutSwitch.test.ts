import { OB2025 } from '../../../src/core';
import { calibrate, presetDrivers, projectChain, withDriver } from '../../../src/core/chain';

/** chain-model.md §5, P6: the switch changes only the budget side, by the three organisations' parts. */
describe('the cut switch', () => {
  const on = projectChain(OB2025, presetDrivers(OB2025));
  const off = projectChain(OB2025, withDriver(presetDrivers(OB2025), 'cutApplied', 0));
  const cal = calibrate(OB2025);

  it('off adds only the IND, COA and Nidos parts to the budget (460.317 / 920.634 x € 1.000), not Tabel 1 total', () => {
    expect(off[2]!.chain.budget - on[2]!.chain.budget).toBe(460317000);
    expect(off[3]!.chain.budget - on[3]!.chain.budget).toBe(920634000);
    for (const [i, o] of off.entries()) for (const org of ['coa', 'ind', 'nidos'] as const) expect(o.org[org].budget - on[i]!.org[org].budget).toBe(cal.cutPart[org][i]);
  });

  it('never changes need, volumes or ODA', () => {
    off.forEach((o, i) => {
      expect(o.chain.need).toBe(on[i]!.chain.need);
      expect(o.occupancy).toBe(on[i]!.occupancy);
      expect(o.odaEstimate).toBe(on[i]!.odaEstimate);
    });
  });

  it('leaves the gap at (b) + (s): no surplus from the switch in the basis', () => {
    for (const o of off) {
      expect(o.chain.cut).toBe(0);
      expect(Math.abs(o.chain.gap - o.chain.reversion - o.chain.scenario)).toBeLessThanOrEqual(1);
      expect(o.chain.gap).toBeGreaterThanOrEqual(-1);
    }
    // The one named surplus: IND 2027 need below its pre-cut budget, which is (b).
    expect(off[2]!.org.ind.gap).toBeCloseTo(-30650703.32, 0);
    expect(off[2]!.org.ind.gap).toBeCloseTo(off[2]!.org.ind.reversion, 6);
  });
});
