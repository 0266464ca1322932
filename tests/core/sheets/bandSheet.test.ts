import { OB2025 } from '../../../src/core';
import { bandOutcomes, presetDrivers, projectChain } from '../../../src/core/chain';
import { bandDrivers, bandSheet, BANDS } from '../../../src/core/sheets/bandSheet';
import { at, parseAddress } from '../../../src/core/sheets/a1';
import { workbookPlan } from '../../../src/core/sheets/workbookPlan';
import type { FormulaStyle, SheetDescription } from '../../../src/core/sheets/types';
import { evaluate, mismatches } from './evaluate';

/**
 * The *Bandbreedte* sheet (chain-model.md §7, §9 #21). Figures typed from the
 * spec, asserted from the core and from the written sheet's cached values.
 */
const writtenAt = '2026-12-01';
const sheet = (formulaStyle: FormulaStyle, factors?: Parameters<typeof bandSheet>[1]['factors']) => bandSheet(OB2025, { formulaStyle, writtenAt, ...(factors ? { factors } : {}) });
const cached = (d: SheetDescription, address: string): number => {
  const cell = d.cells.find((c) => c.address === address);
  if (!cell || typeof cell.cached !== 'number') throw new Error(`no cached number at ${address}`);
  return cell.cached;
};
const yearColumn = (year: number): number => 3 + OB2025.projectionYears.indexOf(year);

describe('Bandbreedte: §7 and §9 #21 figures', () => {
  const hoog = bandOutcomes(OB2025).hoog;
  const y = (year: number) => hoog.find((o) => o.year === year)!;

  it('core: high band B 2025 = 136.653, B 2028 = 193.476, COA need 2028 = 5.727.011 (x € 1.000); low B 2028 = 70.904', () => {
    expect(y(2025).occupancy).toBeCloseTo(136653, 6);
    expect(y(2028).occupancy).toBeCloseTo(193476, 6);
    expect(Math.round(y(2028).org.coa.need / 1000)).toBe(5727011);
    expect(bandOutcomes(OB2025).laag.find((o) => o.year === 2028)!.occupancy).toBeCloseTo(70904, 6);
  });

  for (const style of ['excel', 'aenm'] as const) {
    it(`${style}: the sheet's cached values carry the same figures`, () => {
      const d = sheet(style);
      const rows = d.layout.bandRow.hoog;
      expect(cached(d, at(yearColumn(2025), rows.occupancy))).toBeCloseTo(136653, 6);
      expect(cached(d, at(yearColumn(2028), rows.occupancy))).toBeCloseTo(193476, 6);
      expect(Math.round(cached(d, at(yearColumn(2028), rows.coaNeed)) / 1000)).toBe(5727011);
      expect(cached(d, at(yearColumn(2028), d.layout.bandRow.laag.occupancy))).toBeCloseTo(70904, 6);
      // The basis band is the basis: 2028 chain gap 3.845.621.490 € (§9 #16).
      expect(cached(d, at(yearColumn(2028), d.layout.bandRow.basis.chainGap))).toBeCloseTo(3845621490, -1);
    });

    it(`${style}: every formula recalculates (HyperFormula) to its cached value`, () => {
      const plan = workbookPlan(OB2025, [sheet(style)], writtenAt);
      expect(plan.map((p) => p.kind)).toEqual(style === 'excel' ? ['parameters', 'band'] : ['band']);
      expect(mismatches(plan)).toEqual([]);
    });
  }

  it('factor defaults are labelled "bandbreedte (aanname)" and are the only input cells', () => {
    const d = sheet('excel');
    const inputs = d.cells
      .filter((c) => c.style === 'input')
      .map((c) => c.address)
      .sort();
    expect(inputs).toEqual([d.layout.factor.laag.inflow, d.layout.factor.laag.outflow, d.layout.factor.hoog.inflow, d.layout.factor.hoog.outflow].sort());
    expect(d.cells.find((c) => c.address === d.layout.factor.laag.inflow)?.value).toBe(0.8);
    expect(d.cells.find((c) => c.address === d.layout.factor.laag.outflow)?.value).toBe(1.1);
    expect(d.cells.find((c) => c.address === d.layout.factor.hoog.inflow)?.value).toBe(1.2);
    expect(d.cells.find((c) => c.address === d.layout.factor.hoog.outflow)?.value).toBe(0.9);
    expect(d.cells.some((c) => c.value === 'Bandbreedte (aanname)')).toBe(true);
    expect(d.charts.length).toBeGreaterThan(0);
  });

  it('every band equals the core projection of its drivers, and the basis band equals the basis scenario', () => {
    for (const band of BANDS) expect(projectChain(OB2025, bandDrivers(OB2025, band))).toEqual(bandOutcomes(OB2025)[band]);
    expect(bandDrivers(OB2025, 'basis')).toEqual(presetDrivers(OB2025, 'basis'));
  });
});

describe('Bandbreedte: no dead input (HyperFormula)', () => {
  for (const style of ['excel', 'aenm'] as const) {
    const base = sheet(style);
    const inputs = base.cells.filter((c) => c.style === 'input');
    const outputs = base.cells.filter((c) => c.formula);
    for (const input of inputs) {
      it(`${style}: ${input.address} +1% moves the outputs, each to the core's value with that change`, () => {
        const nudged = (input.value as number) * 1.01;
        const edited: SheetDescription = { ...base, cells: base.cells.map((c) => (c.address === input.address ? { ...c, value: nudged } : c)) };
        const plan = workbookPlan(OB2025, [edited], writtenAt);
        const ev = evaluate(plan);
        // The core with that factor changed: the same sheet built from the changed factor.
        const band = (['laag', 'hoog'] as const).find((b) => base.layout.factor[b].inflow === input.address || base.layout.factor[b].outflow === input.address)!;
        const which = base.layout.factor[band].inflow === input.address ? 'inflow' : 'outflow';
        const factors = { ...OB2025.chain.bands[band], [which]: nudged };
        const expected = sheet(style, { [band]: factors });
        const changed = outputs.filter((c) => {
          const got = ev.value(base.name, c.address) as number;
          return Math.abs(got - (c.cached as number)) > 0.005;
        });
        expect(changed.length).toBeGreaterThan(0);
        const wrong = outputs.filter((c) => {
          const got = ev.value(base.name, c.address) as number;
          const want = cached(expected, c.address);
          return Math.abs(got - want) > 0.005 * Math.max(1, Math.abs(want) / 1e9);
        });
        expect(wrong.map((c) => `${c.address} ${parseAddress(c.address).row}`)).toEqual([]);
        // Only the edited band moves.
        const other = band === 'laag' ? 'hoog' : 'laag';
        const otherRows = new Set(Object.values(base.layout.bandRow[other]));
        expect(changed.some((c) => otherRows.has(parseAddress(c.address).row))).toBe(false);
      });
    }
  }
});
