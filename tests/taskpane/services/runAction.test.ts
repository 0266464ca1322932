import { OB2025 } from '../../../src/core';
import { presetDrivers } from '../../../src/core/chain';
import { readScenarioDescription, type SheetDescription } from '../../../src/core/sheets';
import { chainScenarioDescription } from '../../support/chainScenarioFixture';
import { ACTIONS, actionById } from '../../../src/taskpane/actions';
import { runAction } from '../../../src/taskpane/services/runAction';
import { describeOutcome } from '../../../src/taskpane/status/describeOutcome';
import { en } from '../../../src/taskpane/i18n/en';
import { nl } from '../../../src/taskpane/i18n/nl';
import type { HostInfo, ScenarioInWorkbook, Services, WriteOutcome } from '../../../src/taskpane/services/types';

function services(options: { host?: Partial<HostInfo>; scenarios?: ScenarioInWorkbook[] } = {}) {
  const written: SheetDescription[][] = [];
  const s: Services = {
    edition: OB2025,
    host: { inExcel: true, language: 'nl', theme: 'light', ...options.host },
    workbook: {
      write: async (descriptions): Promise<WriteOutcome> => {
        written.push([...descriptions]);
        return { ok: true, sheets: descriptions.map((d) => ({ wanted: d.name, sheetName: d.name, skipped: false, ranges: ['A1:B2'], tables: [], charts: [], names: [] })) };
      },
      listScenarios: async () => ({ ok: true, scenarios: options.scenarios ?? [] }),
    },
    today: () => '2025-01-15',
  };
  return { s, written };
}

describe('runAction', () => {
  it('declares each action once', () => {
    expect(ACTIONS.map((a) => a.id)).toEqual(['oda', 'mpp', 'cuts', 'scenario', 'band', 'compare']);
  });

  it('writes the parameters sheet before a sheet with Excel formulas, not before AENM formulas', async () => {
    const { s, written } = services();
    await runAction(actionById('cuts'), { formulaStyle: 'excel' }, s);
    await runAction(actionById('cuts'), { formulaStyle: 'aenm' }, s);
    expect(written[0]!.map((d) => d.name)).toEqual(['Parameters OB2025', 'Taakstelling 2027-2028']);
    expect(written[1]!.map((d) => d.name)).toEqual(['Taakstelling 2027-2028']);
  });

  it('writes in Excel without an API-set check: the manifest (ExcelApi 1.9, SharedRuntime 1.1) guarantees every one the writes use', async () => {
    const { s, written } = services();
    const outcome = await runAction(actionById('mpp'), { formulaStyle: 'excel' }, s);
    expect(outcome.ok).toBe(true);
    expect(written).toHaveLength(1);
  });

  it('outside Excel writes through the download workbook, without asking for an Excel API set', async () => {
    const { s } = services({ host: { inExcel: false } });
    const outcome = await runAction(actionById('cuts'), { formulaStyle: 'excel' }, s);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.sheets.map((sheet) => sheet.sheetName)).toContain('Taakstelling 2027-2028');
  });

  it('compares the scenarios the workbook holds, and needs at least one', async () => {
    const none = services();
    expect(await runAction(actionById('compare'), { formulaStyle: 'aenm' }, none.s)).toEqual({ ok: false, failure: { kind: 'noScenarios' } });
    const read = readScenarioDescription(OB2025, chainScenarioDescription(OB2025, 'A', presetDrivers(OB2025, 'basis')));
    if (read.kind === 'none') throw new Error('fixture not read');
    const one = services({ scenarios: [read] });
    await runAction(actionById('compare'), { formulaStyle: 'aenm' }, one.s);
    const compare = one.written[0]!.find((d) => d.kind === 'compare');
    expect(compare?.cells.some((c) => c.formula?.includes("'Scenario A'!"))).toBe(true);
  });

  it('names the scenario sheets it could not compare, in the pane and on the sheet', async () => {
    const refused = { kind: 'refused' as const, sheetName: 'Scenario Oud', label: 'Oud', problems: [{ kind: 'edition' as const, cell: 'C6', found: 'OB2024', expected: 'OB2025' }] };
    const { s, written } = services({ scenarios: [refused] });
    const outcome = await runAction(actionById('compare'), { formulaStyle: 'excel' }, s);
    expect(outcome.ok && outcome.refused).toEqual([refused]);
    expect(describeOutcome(outcome, nl).lines).toContain('Niet vergeleken: "Scenario Oud": editie "OB2024" in C6, de invoegtoepassing rekent met OB2025: niet vergelijkbaar.');
    expect(describeOutcome(outcome, en).lines).toContain('Not compared: "Scenario Oud": edition "OB2024" in C6, the add-in uses OB2025: not comparable.');
    expect(written[0]!.find((d) => d.kind === 'compare')?.cells.some((c) => c.value === 'Scenario Oud')).toBe(true);
  });

  it('turns an Excel exception into a message, not a crash', async () => {
    const { s } = services();
    const broken: Services = { ...s, workbook: { ...s.workbook, write: async () => Promise.reject(new Error('RichApi.Error: busy')) } };
    expect(await runAction(actionById('oda'), { formulaStyle: 'aenm' }, broken)).toEqual({ ok: false, failure: { kind: 'excel', message: 'RichApi.Error: busy' } });
  });
});
