// Issue 13 item 3, the pure part: which inputs a refresh keeps, and when it refuses.
import { OB2025, presetDrivers, withDriver } from '../../../src/core';
import { descriptionValues, scenarioSheet, yearDriverAddress } from '../../../src/core/sheets';
import { planRefresh } from '../../../src/core/sheets/refresh';
import { FIXTURE_EDITIONS, FX2030 } from '../../fixtures/fx2030';

const O = { formulaStyle: 'excel' as const, writtenAt: '2026-12-01' };
const sheetOf = (edition: typeof OB2025, name: string, drivers = presetDrivers(edition, 'basis')) => {
  const d = scenarioSheet(edition, { ...O, name, drivers });
  return { name: d.name, values: descriptionValues(d) };
};

describe('planRefresh', () => {
  it('keeps an edited input of a year both editions project, and lists one the new edition does not project as not carried', () => {
    let drivers = withDriver(presetDrivers(FX2030, 'basis'), 'asylumInflow', 11111, 2026);
    drivers = withDriver(drivers, 'asylumInflow', 22222, 2030);
    const plan = planRefresh(FIXTURE_EDITIONS, [sheetOf(FX2030, 'Eigen', drivers)], OB2025);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.from.id).toBe('FX2030');
    expect(plan.inputs).toEqual([
      { sheet: 'Scenario Eigen', cell: yearDriverAddress('asylumInflow', 1), what: 'Asielinstroom (A) 2026', value: 11111, kept: true },
      { sheet: 'Scenario Eigen', cell: yearDriverAddress('asylumInflow', 5), what: 'Asielinstroom (A) 2030', value: 22222, kept: false },
    ]);
    expect(plan.scenarios[0]!.drivers.years).toEqual(OB2025.projectionYears);
    expect(plan.scenarios[0]!.drivers.year.asylumInflow[1]).toBe(11111);
  });

  it('refuses a workbook whose sheets record different editions, naming them', () => {
    const plan = planRefresh(FIXTURE_EDITIONS, [sheetOf(OB2025, 'A'), sheetOf(FX2030, 'B')], FX2030);
    expect(plan).toEqual({ ok: false, reason: 'mixed', editions: ['OB2025', 'FX2030'], message: 'the sheets record different editions (OB2025: Scenario A; FX2030: Scenario B); refresh one edition at a time' });
  });
});
