// Issue 16 item 5: the pane offers what a CLI scenario file can say, and the other way round.
// The same choices typed in the pane and written as a scenario file give the same drivers.
import { OB2025 } from '../../../src/core';
import { DRIVERS } from '../../../src/core/chain';
import { parseScenarioFile } from '../../../src/cli/workbook/scenarioFile';
import { draftDrivers, editCell, newDraft, withChoice, type ScenarioDraft } from '../../../src/taskpane/scenario/draft';

const name = (key: string, year?: number) => `${key} ${year ?? ''}`;

/** The draft as a scenario file: preset, price variant, and every typed cell under its declared key. */
function asScenarioFile(draft: ScenarioDraft): string {
  const drivers: Record<string, unknown> = {};
  for (const [k, text] of Object.entries(draft.texts)) {
    const [key, year] = k.split('|') as [string, string | undefined];
    if (year === undefined) drivers[key] = text;
    else drivers[key] = { ...(drivers[key] as object | undefined), [year]: text };
  }
  return JSON.stringify({ name: 'Pariteit', preset: draft.preset, priceVariant: draft.priceVariant, drivers });
}

describe('pane ↔ CLI scenario file', () => {
  it('every choice of the pane — preset, price variant, cut switch, band factors, start value, per-year drivers — reads back the same from a file', () => {
    let draft = withChoice(newDraft(OB2025), OB2025, { preset: 'hoog', priceVariant: 'C' }, name);
    draft = editCell(draft, 'cutApplied', undefined, '0', name);
    draft = editCell(draft, 'inflowFactor', undefined, '1,3', name);
    draft = editCell(draft, 'outflowFactor', undefined, '-10%', name);
    draft = editCell(draft, 'startOccupancy', undefined, '80000', name);
    draft = editCell(draft, 'asylumInflow', 2028, 'basis * 2', name);
    draft = editCell(draft, 'pricePerBed', 2029, '30000', name);
    const file = parseScenarioFile(OB2025, asScenarioFile(draft), 'pariteit.json');
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.scenarios[0]!.drivers).toEqual(draftDrivers(draft));
  });

  it('both take the same driver keys: the declaration', () => {
    const keys = DRIVERS.map((d) => d.key);
    // A file may name any declared driver (the pane renders the same list: YEAR_DRIVERS in the grid, SINGLE_DRIVERS in the choices).
    for (const key of keys) {
      const file = parseScenarioFile(OB2025, JSON.stringify({ name: 'x', drivers: { [key]: DRIVERS.find((d) => d.key === key)!.scope === 'single' ? '1' : { 2027: '1' } } }), 'k.json');
      expect(file.ok).toBe(true);
    }
    expect(parseScenarioFile(OB2025, JSON.stringify({ name: 'x', drivers: { notADriver: 1 } }), 'k.json').ok).toBe(false);
  });
});
