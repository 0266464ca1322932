import { OB2025, presetDrivers, project } from '../../../src/core';
import { presetDrivers as chainDrivers } from '../../../src/core/chain';
import { compareSheet, cutsSheet, formulaReferences, mppSheet, odaSheet, readScenarioDescription, requiredNames, scenarioSheet, SCENARIO_LAYOUT, workbookPlan } from '../../../src/core/sheets';
import { outputAddress } from '../../../src/core/sheets/chainLayout';
import { chainScenarioDescription } from '../../support/chainScenarioFixture';
import type { FormulaStyle, SheetDescription } from '../../../src/core/sheets/types';
import { evaluate, mismatches } from './evaluate';

const sheets = (formulaStyle: FormulaStyle): SheetDescription[] => {
  const o = { formulaStyle, writtenAt: '2025-06-01' };
  const basis = scenarioSheet(OB2025, { ...o, name: 'Basis' });
  const hoog = scenarioSheet(OB2025, { ...o, name: 'Hoog', preset: 'hoog' });
  // Until the chain scenario sheet lands, the compare sheet reads stand-ins built from its layout; the old sheets are refused.
  const chainBasis = chainScenarioDescription(OB2025, 'Keten basis', chainDrivers(OB2025, 'basis'));
  const chainHoog = chainScenarioDescription(OB2025, 'Keten hoog', chainDrivers(OB2025, 'hoog'));
  const scenarios = [basis, hoog, chainBasis, chainHoog];
  const compare = compareSheet(OB2025, scenarios.map((d) => readScenarioDescription(OB2025, d)), o);
  return workbookPlan(OB2025, [odaSheet(OB2025, o), mppSheet(OB2025, o), cutsSheet(OB2025, o), ...scenarios, compare], o.writtenAt);
};

describe.each(['excel', 'aenm'] as const)('formulas in the %s style', (style) => {
  const plan = sheets(style);

  it('evaluate in HyperFormula to their cached values, to the cent', () => {
    expect(mismatches(plan)).toEqual([]);
  });

  it('reference only cells that exist on the sheets they name', () => {
    const byName = new Map(plan.map((d) => [d.name, new Set(d.cells.map((c) => c.address))]));
    const dangling: string[] = [];
    for (const d of plan)
      for (const c of d.cells)
        for (const ref of formulaReferences(c.formula ?? '')) {
          if (ref.to) continue; // SUM ranges: their ends are checked by the evaluation above
          const target = byName.get(ref.sheet ?? d.name);
          if (!target?.has(ref.from)) dangling.push(`${d.name}!${c.address} → ${ref.sheet ?? ''}!${ref.from}`);
        }
    expect(dangling).toEqual([]);
  });

  it('uses the parameter names only in the excel style, and the plan puts their sheet first', () => {
    const names = plan.flatMap((d) => requiredNames(OB2025, d));
    if (style === 'excel') {
      expect(plan[0]!.kind).toBe('parameters');
      expect(names).toContain('OB2025_COA_BIJDRAGE_2025');
      expect(plan.flatMap((d) => d.cells).some((c) => c.formula?.includes('AENM.'))).toBe(false);
    } else {
      expect(plan[0]!.kind).not.toBe('parameters');
      expect(names).toEqual([]);
      expect(plan.flatMap((d) => d.cells).some((c) => c.formula?.includes('AENM.IND_PRICE("asiel",2025)'))).toBe(true);
    }
  });
});

describe('formulas reference the cells they should', () => {
  const o = { formulaStyle: 'excel' as const, writtenAt: '2025-06-01' };
  it('ODA: the total sums exactly the five items, the difference subtracts the published total', () => {
    const d = odaSheet(OB2025, o);
    const total = d.cells.find((c) => c.formula?.startsWith('=SUM'))!;
    expect(formulaReferences(total.formula!)).toEqual([{ from: 'B7', to: 'B11' }]);
  });
  it('MPP: recomputed occupancy 2027 = occupancy 2026 (recomputed) + inflow 2027 − outflow 2027', () => {
    const d = mppSheet(OB2025, o);
    const row = d.cells.find((c) => c.value === 'Bezetting berekend: vorig jaar + instroom − uitstroom')!.address.slice(1);
    const f = d.cells.find((c) => c.address === `F${row}`)!.formula!;
    expect(formulaReferences(f).map((r) => r.from)).toEqual([`E${row}`, 'F9', 'F10']);
  });
  it('compare: reads each scenario total from its sheet by quoted name', () => {
    const d = compareSheet(OB2025, [readScenarioDescription(OB2025, chainScenarioDescription(OB2025, "'s A", chainDrivers(OB2025, 'basis')), "Scenario's A")], o);
    expect(d.cells.find((c) => c.address === 'C8')!.formula).toBe(`='Scenario''s A'!${outputAddress('coaNeed', 0)}`);
    expect(formulaReferences(d.cells.find((c) => c.address === 'C8')!.formula!)).toEqual([{ sheet: "Scenario's A", from: outputAddress('coaNeed', 0) }]);
  });
});

describe('scenario sheet', () => {
  const o = { formulaStyle: 'excel' as const, writtenAt: '2025-06-01' };
  it('with the MPP-basis preset reproduces OB2025: COA 2025 4.062.600, IND 866.372, Nidos 439.564 (x € 1.000)', () => {
    const plan = workbookPlan(OB2025, [scenarioSheet(OB2025, { ...o, name: 'Basis' })], o.writtenAt);
    const ev = evaluate(plan);
    const at = (row: number, column = 'C') => ev.value('Scenario Basis', `${column}${row}`) as number;
    const r = SCENARIO_LAYOUT.rows;
    expect(at(r.coaCost)).toBeCloseTo(4062600 * 1000, 2);
    expect(at(r.indCost)).toBeCloseTo(866372 * 1000, 2);
    expect(at(r.nidosCost)).toBeCloseTo(439564 * 1000, 2);
    expect(at(r.coaCost, 'F')).toBeCloseTo(616857 * 1000, 2); // 2028
    expect(at(r.occupancy, 'E')).toBe(132190); // 2027
    expect(at(r.gap)).toBeCloseTo(0, 2);
  });
  it('caches exactly what project() gives, per output and year', () => {
    const drivers = presetDrivers(OB2025, 'laag');
    const d = scenarioSheet(OB2025, { ...o, name: 'Laag', drivers: { ...drivers, cutApplied: false } });
    const outcome = project(OB2025, { ...drivers, cutApplied: false });
    const r = SCENARIO_LAYOUT.rows;
    outcome.forEach((y, i) => {
      const col = String.fromCharCode(67 + i);
      const cached = (row: number) => d.cells.find((c) => c.address === `${col}${row}`)!.cached;
      expect(cached(r.total)).toBe(y.total);
      expect(cached(r.budget)).toBe(y.budget);
      expect(cached(r.gap)).toBe(y.gap);
      expect(cached(r.odaEstimate)).toBe(y.odaEstimate);
      expect(cached(r.occupancy)).toBe(y.occupancy);
    });
    expect(d.cells.find((c) => c.address === SCENARIO_LAYOUT.marker)!.value).toBe('AENM-scenario');
    expect(d.cells.find((c) => c.address === SCENARIO_LAYOUT.name)!.value).toBe('Laag');
    // Without the cut, the 2028 budget adds back 935.109 x € 1.000.
    const withCut = project(OB2025, drivers);
    expect(outcome[3]!.budget - withCut[3]!.budget).toBe(935109000);
  });
  it('drivers are input cells, outputs formulas', () => {
    const d = scenarioSheet(OB2025, { ...o, name: 'X' });
    const inputs = d.cells.filter((c) => c.style === 'input');
    expect(inputs.length).toBe(18 * 5 + 2);
    expect(inputs.every((c) => c.formula === undefined && typeof c.value === 'number')).toBe(true);
    const outputs = d.cells.filter((c) => /^[C-G](3[2-9]|4[01])$/.test(c.address));
    expect(outputs.every((c) => c.formula !== undefined)).toBe(true);
  });
});
