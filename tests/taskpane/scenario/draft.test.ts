import { OB2025 } from '../../../src/core';
import { YEAR_DRIVERS } from '../../../src/core/chain';
import { draftDrivers, draftErrors, editCell, newDraft, resultOf, withChoice } from '../../../src/taskpane/scenario/draft';
import { driverRowGroups, statusRuns } from '../../../src/taskpane/scenario/driverRows';
import { draftEffect } from '../../../src/taskpane/scenario/effect';

const name = (key: string, year?: number) => `${key} ${year ?? ''}`;

describe('scenario draft', () => {
  it('prefills from the preset: Tabel 6 Asielinstroom 2027 = 24.730', () => {
    expect(resultOf(newDraft(OB2025), 'asylumInflow', 2027)).toEqual({ ok: true, value: 24730 });
  });

  it('evaluates only the edited cell, against its prefill', () => {
    const draft = editCell(newDraft(OB2025), 'asylumInflow', 2028, '-10%', name);
    expect(Object.keys(draft.results)).toEqual(['asylumInflow|2028']);
    expect(resultOf(draft, 'asylumInflow', 2028)).toEqual({ ok: true, value: expect.closeTo(24730 * 0.9, 6) });
    const drivers = draftDrivers(draft);
    expect(drivers.year.asylumInflow).toEqual([76400, 78780, 24730, expect.closeTo(22257, 6), 24730]);
  });

  it('holds the declaration limits: the cut switch is 0 or 1, a factor at most 10', () => {
    let draft = editCell(newDraft(OB2025), 'cutApplied', undefined, '0,5', name);
    expect(draft.results.cutApplied).toMatchObject({ ok: false, error: { code: 'notWhole' } });
    draft = editCell(draft, 'inflowFactor', undefined, '11', name);
    expect(draft.results.inflowFactor).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
    draft = editCell(draft, 'coaOutflow', 2026, '-1', name);
    expect(draftErrors(draft)).toEqual([{ key: 'cutApplied' }, { key: 'inflowFactor' }, { key: 'coaOutflow', year: 2026 }]);
  });

  it('re-evaluates typed cells against a new preset: hoog outflow factor 0,9 (chain-model §7)', () => {
    const draft = withChoice(editCell(newDraft(OB2025), 'outflowFactor', undefined, '-10%', name), OB2025, { preset: 'hoog' }, name);
    expect(draft.results.outflowFactor).toEqual({ ok: true, value: expect.closeTo(0.81, 9) });
    expect(draftDrivers(draft).preset).toBe('hoog');
  });

  it('shows the effect before writing: the basis chain gap 2028 is 3.845.621.490 € (chain-model §9 #16)', () => {
    const basis = draftEffect(OB2025, draftDrivers(newDraft(OB2025)), 2028);
    expect(basis.ok && basis.lines[3]!.gap).toBeCloseTo(3845621490, 0);
    expect(basis.ok && basis.lines[3]!.basisGap).toBeCloseTo(3845621490, 0);
    // Cut switched off: the 2028 chain gap becomes (b) = 2.924.987.490 € (§9 #18).
    const off = draftEffect(OB2025, draftDrivers(editCell(newDraft(OB2025), 'cutApplied', undefined, '0', name)), 2028);
    expect(off.ok && off.lines[3]!.gap).toBeCloseTo(2924987490, 0);
  });

  it('variant B moves the chain gap 2028 to 4.616.840.738 € (§9 #8)', () => {
    const b = draftEffect(OB2025, draftDrivers(withChoice(newDraft(OB2025), OB2025, { priceVariant: 'B' }, name)), 2028);
    expect(b.ok && b.lines[3]!.gap).toBeCloseTo(4616840738, 0);
  });
});

describe('driver rows', () => {
  it('has every per-year driver of the declaration exactly once, grouped per organisation', () => {
    const groups = driverRowGroups(OB2025, 'basis', 'A');
    expect(groups.flatMap((g) => g.rows.map((r) => r.declaration.key)).sort()).toEqual(YEAR_DRIVERS.map((d) => d.key).sort());
    expect(groups.find((g) => g.group === 'coa')?.rows.map((r) => r.declaration.key)).toEqual(['pricePerBed']);
    expect(groups[0]!.rows.map((r) => r.declaration.key)).toContain('asylumInflow');
  });

  it('says per year what a prefill is: asylum inflow published 2025–2028, 2029 assumed (Tabel 6 stops at 2028)', () => {
    const row = driverRowGroups(OB2025, 'basis', 'A')[0]!.rows.find((r) => r.declaration.key === 'asylumInflow')!;
    expect(statusRuns(row.statuses, OB2025.projectionYears)).toEqual([
      { status: 'gepubliceerd', from: 2025, to: 2028 },
      { status: 'aanname', from: 2029, to: 2029 },
    ]);
  });
});
