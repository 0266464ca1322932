import { OB2025 } from '../../src/core';
import { bandSheet } from '../../src/core/sheets/bandSheet';
import { basisScenario, fullWorkbookPlan } from '../../src/xlsx/fullWorkbookPlan';

/** The CLI's plan: the band sheet joins as one key, and the comparison reads each scenario sheet under the name it gets. */
describe('fullWorkbookPlan', () => {
  const plan = (sheets: Parameters<typeof fullWorkbookPlan>[0]['sheets']) => fullWorkbookPlan({ edition: OB2025, sheets, scenarios: [basisScenario(OB2025), basisScenario(OB2025)], formulaStyle: 'aenm', writtenAt: '2026-12-01' });

  it('"band" writes the Bandbreedte sheet, as the pane action does', () => {
    const d = plan(['band']);
    expect(d.map((s) => s.name)).toEqual(['Bandbreedte']);
    expect(d[0]!.cells).toEqual(bandSheet(OB2025, { formulaStyle: 'aenm', writtenAt: '2026-12-01' }).cells);
  });

  it('the comparison names the second "MPP-basis" by the name it is written under', () => {
    const d = plan(['scenario', 'compare']);
    expect(d.map((s) => s.name)).toEqual(['Scenario MPP-basis', 'Scenario MPP-basis', "Scenario's vergelijken"]);
    const compare = d[2]!;
    const mentions = (name: string) => compare.cells.some((c) => c.value === name || c.formula?.includes(`'${name}'!`));
    expect(mentions('Scenario MPP-basis')).toBe(true);
    expect(mentions('Scenario MPP-basis (2)')).toBe(true);
  });
});
