import { OB2025 } from '../../../src/core';
import { DRIVERS, driverCells, driverDeclaration, driverValue, presetDrivers, projectChain, withDriver, withinDriverLimits, type ChainYear, type OutputKey } from '../../../src/core/chain';

/** chain-model.md P2 at core level: every editable driver cell moves the outputs its declaration says it reaches. */
const outputs = (o: ChainYear): Record<OutputKey, number> => ({
  occupancy: o.occupancy,
  stay: o.impliedStayMonths ?? 0,
  coaNeed: o.org.coa.need,
  indNeed: o.org.ind.need,
  nidosNeed: o.org.nidos.need,
  oda: o.odaEstimate,
  budget: o.chain.budget,
  gap: o.chain.gap,
});

/** +1% for numbers (a zero becomes 1, as +1% of 0 is no change), the switch flipped. */
const nudged = (value: number, unit: string): number => (unit === 'switch' ? 1 - value : value === 0 ? 1 : value * 1.01);

describe('P2: no dead input in the chain model', () => {
  const drivers = presetDrivers(OB2025);
  const base = projectChain(OB2025, drivers).map(outputs);
  for (const cell of driverCells(drivers)) {
    const d = driverDeclaration(cell.key);
    it(`${cell.key}${cell.year ? ` ${cell.year}` : ''} reaches ${d.reaches.join(', ')}`, () => {
      const changed = projectChain(OB2025, withDriver(drivers, cell.key, nudged(driverValue(drivers, cell.key, cell.year), d.unit), cell.year)).map(outputs);
      for (const key of d.reaches) expect(changed.some((o, i) => Math.abs(o[key] - base[i]![key]) > 1e-6)).toBe(true);
      const all: OutputKey[] = ['occupancy', 'stay', 'coaNeed', 'indNeed', 'nidosNeed', 'oda', 'budget', 'gap'];
      for (const key of all.filter((k) => !d.reaches.includes(k))) expect(changed.map((o) => o[key])).toEqual(base.map((o) => o[key]));
    });
  }

  it('every declaration has limits that refuse absurd values (issue 12 item 6)', () => {
    for (const d of DRIVERS) {
      expect(withinDriverLimits(d.key, 1e308)).toBe(false);
      expect(withinDriverLimits(d.key, -1)).toBe(false);
      expect(withinDriverLimits(d.key, Number.NaN)).toBe(false);
    }
    expect(withinDriverLimits('pricePerBed', 1e308)).toBe(false);
    expect(withinDriverLimits('cutApplied', 0.5)).toBe(false);
  });
});
