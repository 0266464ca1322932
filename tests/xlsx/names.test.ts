import { cleanSheetName, sheetNamer } from '../../src/xlsx/sheetNames';
import { cleanTableName, tableNamer } from '../../src/xlsx/tableNames';
import { absoluteReference, columnLetters, decodeRange } from '../../src/xlsx/addresses';

describe('sheet names', () => {
  it('replaces characters Excel refuses and keeps 31 characters', () => {
    expect(cleanSheetName("'Scenario [hoog]: 2028/29?'")).toBe('Scenario -hoog-- 2028-29-');
    expect(cleanSheetName('x'.repeat(40))).toHaveLength(31);
    expect(cleanSheetName('  ')).toBe('Blad');
  });

  it('numbers collisions case-insensitively: (2), (3)', () => {
    const name = sheetNamer();
    expect([name('Scenario A'), name('scenario a'), name('Scenario A')]).toEqual(['Scenario A', 'scenario a (2)', 'Scenario A (3)']);
  });
});

describe('table names', () => {
  it('never looks like a cell reference or starts with a digit', () => {
    expect(cleanTableName('ODA1')).toBe('T_ODA1');
    expect(cleanTableName('R1C1')).toBe('T_R1C1');
    expect(cleanTableName('2025_budget')).toBe('T_2025_budget');
    expect(cleanTableName('Tabel 7 (ODA)')).toBe('Tabel_7__ODA_');
  });

  it('stays clear of defined names and earlier tables', () => {
    const name = tableNamer(new Set(['OB2025_X']));
    expect([name('ob2025_x'), name('T'), name('T')]).toEqual(['ob2025_x_2', 'T', 'T_2']);
  });
});

describe('addresses', () => {
  it('converts columns and ranges both ways', () => {
    expect([1, 26, 27, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(decodeRange('C7:A2')).toEqual({ top: 2, left: 1, bottom: 7, right: 3 });
    expect(absoluteReference("Scenario's vergelijken", 'B4')).toBe("'Scenario''s vergelijken'!$B$4");
  });
});
