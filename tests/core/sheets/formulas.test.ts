import { OB2025, presetDrivers } from '../../../src/core';
import { compareSheet, cutsSheet, formulaReferences, mppSheet, odaSheet, outputAddress, readScenarioDescription, requiredNames, scenarioSheet, workbookPlan } from '../../../src/core/sheets';
import type { FormulaStyle, SheetDescription } from '../../../src/core/sheets/types';
import { mismatches } from './evaluate';

const sheets = (formulaStyle: FormulaStyle): SheetDescription[] => {
  const o = { formulaStyle, writtenAt: '2025-06-01' };
  const basis = scenarioSheet(OB2025, { ...o, name: 'Basis' });
  const hoog = scenarioSheet(OB2025, { ...o, name: 'Hoog', preset: 'hoog' });
  const scenarios = [basis, hoog];
  const compare = compareSheet(
    OB2025,
    scenarios.map((d) => readScenarioDescription(OB2025, d)),
    o,
  );
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
      expect(plan.flatMap((d) => d.cells).some((c) => c.formula?.includes('AENM.IND_PRICE("asiel",2025,"OB2025")'))).toBe(true);
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
    const written = scenarioSheet(OB2025, { ...o, name: "'s A", drivers: presetDrivers(OB2025, 'basis') });
    const d = compareSheet(OB2025, [readScenarioDescription(OB2025, written, "Scenario's A")], o);
    expect(d.cells.find((c) => c.address === 'C8')!.formula).toBe(`='Scenario''s A'!${outputAddress('coaNeed', 0)}`);
    expect(formulaReferences(d.cells.find((c) => c.address === 'C8')!.formula!)).toEqual([{ sheet: "Scenario's A", from: outputAddress('coaNeed', 0) }]);
  });
});
