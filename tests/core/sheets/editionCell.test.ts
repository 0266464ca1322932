// Issue 13 item 1: every sheet the add-in writes records its edition in one declared cell, read back from there.
import { OB2025, presetDrivers } from '../../../src/core';
import { aenmCall, aenmStyleServes } from '../../../src/core/sheets/aenmFormula';
import { editionCell, readEditionCell } from '../../../src/core/sheets/editionCell';
import { compareSheet, descriptionValues, readScenarioDescription, scenarioSheet, type SheetDescription, DEFAULT_WORKBOOK_SHEETS } from '../../../src/core/sheets';
import { basisScenario, fullWorkbookPlan } from '../../../src/xlsx/fullWorkbookPlan';

const plan = (formulaStyle: 'excel' | 'aenm'): SheetDescription[] => fullWorkbookPlan({ edition: OB2025, sheets: ['parameters', ...DEFAULT_WORKBOOK_SHEETS], scenarios: [basisScenario(OB2025)], formulaStyle, writtenAt: '2026-12-01' });

/** The cell values of a description, as a range read from A1. */
const values = (d: SheetDescription): unknown[][] => {
  const rows: unknown[][] = [];
  for (const c of d.cells) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(c.address)!;
    const column = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    (rows[Number(digits) - 1] ??= [])[column - 1] = c.formula !== undefined ? c.cached : c.value;
  }
  return rows;
};

describe('the edition cell', () => {
  it.each(['excel', 'aenm'] as const)('holds the edition id on every sheet of the workbook (%s formulas)', (style) => {
    const sheets = plan(style);
    expect(new Set(sheets.map((d) => d.kind))).toEqual(new Set(['parameters', 'oda', 'mpp', 'cuts', 'scenario', 'band', 'compare']));
    for (const d of sheets) {
      expect([d.name, editionCell(d.kind), readEditionCell(d.kind, values(d))]).toEqual([d.name, editionCell(d.kind), OB2025.id]);
    }
  });

  it('sits in the heading (B4, labelled "Editie" in A4) and among the scenario settings (C6)', () => {
    expect(editionCell('oda')).toBe('B4');
    expect(editionCell('scenario')).toBe('C6');
    const oda = plan('excel').find((d) => d.kind === 'oda')!;
    expect(oda.cells.find((c) => c.address === 'A4')?.value).toBe('Editie');
    expect(oda.cells.find((c) => c.address === 'C4')?.value).toMatch(/^Ontwerpbegroting 2025 · geschreven op /);
  });

  it('is what the scenario read-back compares: a sheet of another edition is refused, naming both', () => {
    const other = { ...OB2025, id: 'OB2025-ANDERS' };
    const sheet = scenarioSheet(OB2025, { name: 'Basis', formulaStyle: 'excel', writtenAt: '2026-12-01', drivers: presetDrivers(OB2025, 'basis') });
    const read = readScenarioDescription(other, sheet);
    expect(read).toMatchObject({ kind: 'refused', problems: [{ kind: 'edition', cell: 'C6', found: 'OB2025', expected: 'OB2025-ANDERS' }] });
    const compare = compareSheet(other, [read], { formulaStyle: 'excel', writtenAt: '2026-12-01' });
    const texts = compare.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('editie "OB2025" in C6, de invoegtoepassing rekent met OB2025-ANDERS: niet vergelijkbaar');
    expect(readEditionCell('compare', descriptionValues(compare))).toBe('OB2025-ANDERS');
  });
});

describe('AENM.* calls', () => {
  it('go through one helper, which names the edition as the last argument, optional ones left empty', () => {
    expect(aenmCall(OB2025, 'CUT', [2028], 1)).toBe('AENM.CUT(2028,,"OB2025")');
    expect(aenmCall(OB2025, 'ODA', ['a "b"'])).toBe('AENM.ODA("a ""b""","OB2025")');
  });

  it('are never written for an edition the functions would not calculate', () => {
    const other = { ...OB2025, id: 'OB2025-ANDERS' };
    expect(aenmStyleServes(OB2025)).toBe(true);
    expect(aenmStyleServes(other)).toBe(false);
    expect(() => aenmCall(other, 'CUT', [2028])).toThrow(/do not carry OB2025-ANDERS.*use the 'excel' formula style/);
  });
});
