import { OB2025 } from '../../../src/core';
import { presetDrivers, projectChain, withDriver } from '../../../src/core/chain';
import { outputAddress } from '../../../src/core/sheets/chainLayout';
import { COMPARE_SHEET_NAME } from '../../../src/core/sheets/compareSheet';
import { actionById } from '../../../src/taskpane/actions';
import { downloadWorkbook } from '../../../src/taskpane/services/downloadWorkbook';
import { runAction } from '../../../src/taskpane/services/runAction';
import type { Services } from '../../../src/taskpane/services/types';
import { formulaCells } from '../../libreoffice/support/libreoffice';
import { chainScenarioDescription } from '../../support/chainScenarioFixture';

/**
 * Issue 9, fix 4: in the browser (download) mode, writing "Krimp 10" twice
 * gives "Scenario Krimp 10 (2)", and the comparison's formulas and cached
 * values follow that sheet, not the first.
 */
describe('download mode: the comparison follows the sheet names actually written', () => {
  it('a second "Krimp 10" is "Scenario Krimp 10 (2)" in its file and in the comparison', async () => {
    const files: Blob[] = [];
    const workbook = downloadWorkbook(
      [OB2025],
      'test',
      (blob) => void files.push(blob),
      () => '2026-12-01',
    );
    const services: Services = { edition: OB2025, host: { inExcel: false, language: 'nl', theme: 'light' }, workbook, today: () => '2026-12-01' };
    const basis = presetDrivers(OB2025, 'basis');
    const first = withDriver(basis, 'asylumInflow', 76400 * 0.9, 2026);
    const second = withDriver(basis, 'asylumInflow', 76400 * 0.8, 2026);

    const one = await workbook.write([chainScenarioDescription(OB2025, 'Krimp 10', first)]);
    const two = await workbook.write([chainScenarioDescription(OB2025, 'Krimp 10', second)]);
    expect(one.ok && one.sheets.map((s) => s.sheetName)).toEqual(['Scenario Krimp 10']);
    expect(two.ok && two.sheets.map((s) => s.sheetName)).toEqual(['Scenario Krimp 10 (2)']);

    const compared = await runAction(actionById('compare'), { formulaStyle: 'excel' }, services);
    expect(compared.ok && compared.sheets.map((s) => s.sheetName)).toEqual(['Scenario Krimp 10', 'Scenario Krimp 10 (2)', COMPARE_SHEET_NAME]);
    const cells = await formulaCells(new Uint8Array(await files[files.length - 1]!.arrayBuffer()));
    const onCompare = [...cells].filter(([k]) => k.startsWith(`${COMPARE_SHEET_NAME}!`));
    const coaNeed2027 = (sheet: string) => onCompare.find(([, c]) => c.formula === `'${sheet}'!${outputAddress('coaNeed', 2)}`)?.[1].result;
    // Each sheet's block reads its own sheet, cached from its own drivers.
    expect(coaNeed2027('Scenario Krimp 10 (2)')).toBeCloseTo(projectChain(OB2025, second)[2]!.org.coa.need, 2);
    expect(coaNeed2027('Scenario Krimp 10')).toBeCloseTo(projectChain(OB2025, first)[2]!.org.coa.need, 2);
    expect(coaNeed2027('Scenario Krimp 10 (2)')).not.toBeCloseTo(coaNeed2027('Scenario Krimp 10') as number, 0);
    // The formulas resolve: the file holds both sheets under those names.
    expect([...new Set([...cells.keys()].map((k) => k.split('!')[0]))]).toContain(COMPARE_SHEET_NAME);
    const targets = new Set(onCompare.flatMap(([, c]) => [...c.formula.matchAll(/'([^']+)'!/g)].map((m) => m[1])));
    expect([...targets].sort()).toEqual(['Scenario Krimp 10', 'Scenario Krimp 10 (2)']);
  });
});
