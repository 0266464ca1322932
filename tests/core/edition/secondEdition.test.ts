import { budgetLine, OB2025_AUDITED as OB2025, odaItems, presetDrivers, projectChain, runChecks, type AuditedEdition as Edition } from '../../../src/core';
import { deepFreeze } from '../../../src/core/edition/deepFreeze';

/**
 * A second edition is data alone: a copy of OB2025 with id TEST and one
 * changed figure (Tabel 7 Bĳdrage COA 1.718.755, which makes the printed
 * Totaal 1.833.252 add up, so its documented discrepancy is dropped).
 */
function testEdition(): Edition {
  const copy = structuredClone(OB2025) as { -readonly [K in keyof Edition]: Edition[K] };
  copy.id = 'TEST';
  const coa = copy.tables.find((t) => t.id === 'tabel7')!.rows.find((r) => r.key === 'coa')!;
  (coa.values as number[])[0] = 1718755;
  copy.discrepancies = copy.discrepancies.filter((d) => d.check !== 'tabel7:sum:totaal@bedrag');
  return deepFreeze(copy as Edition);
}
const TEST = testEdition();

describe('a second edition added as data', () => {
  it('is looked up with its own id and figure', () => {
    expect(budgetLine(TEST, '20.37.2.2.20', 2025)).toMatchObject({ ok: true, value: { value: 4062600, source: { edition: 'TEST' } } });
    expect(odaItems(TEST).find((i) => i.key === 'coa')?.amount).toBe(1718755000);
  });

  it('is checked: no failure, one discrepancy fewer than OB2025', () => {
    const results = runChecks(TEST);
    expect(results.filter((r) => r.status === 'fail')).toEqual([]);
    expect(results.filter((r) => r.status === 'discrepancy')).toHaveLength(49);
    expect(results.find((r) => r.id === 'tabel7:sum:totaal@bedrag')).toMatchObject({ status: 'ok', expected: 1833252, found: 1833252 });
  });

  it('projects', () => {
    const outcome = projectChain(TEST, presetDrivers(TEST, 'basis'));
    expect(outcome.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(outcome[0]!.org.coa.need).toBeCloseTo(4062600000, 2);
  });
});
