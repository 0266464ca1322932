import { cleanSheetName, cutAt, definedNameProblem, isPlainSheetName, sheetPrefix, uniqueObjectName, uniqueSheetName } from '../../src/core/naming';
import { scenarioSheetName } from '../../src/core/sheets';
import { sheetNamer } from '../../src/xlsx/sheetNames';
import { tableNamer } from '../../src/xlsx/tableNames';
import { absoluteReference } from '../../src/xlsx/addresses';

describe('sheet names in formulas (issue 10 item 4)', () => {
  it('quotes names that read as an A1 or R1C1 reference or a boolean', () => {
    for (const name of ['Q3', 'COA2027', 'XFD1', 'xfd1048576', 'A1', 'R1C1', 'R', 'C', 'r', 'RC12', 'R2C', 'C3', 'TRUE', 'false', 'True']) expect([name, sheetPrefix(name)]).toEqual([name, `'${name}'!`]);
  });
  it('quotes names that are not plain identifiers, doubling apostrophes', () => {
    expect(sheetPrefix("Scenario's vergelijken")).toBe("'Scenario''s vergelijken'!");
    expect(sheetPrefix('Scenario A (2)')).toBe("'Scenario A (2)'!");
    expect(sheetPrefix('2027')).toBe("'2027'!");
    expect(sheetPrefix('Bĳlage')).toBe("'Bĳlage'!");
  });
  it("the .xlsx adapter's defined names use the same rule", () => {
    expect(absoluteReference('Q3', 'B4')).toBe("'Q3'!$B$4");
    expect(absoluteReference('Basis', 'B4')).toBe('Basis!$B$4');
    expect(absoluteReference('Parameters OB2025', 'C7')).toBe("'Parameters OB2025'!$C$7");
  });

  it('leaves plain identifiers unquoted', () => {
    for (const name of ['Basis', 'Parameters_OB2025', 'ABCD1', 'TRUEX', 'R1C1A', 'Scenario.A']) expect([name, isPlainSheetName(name)]).toEqual([name, true]);
    expect(sheetPrefix('Basis')).toBe('Basis!');
  });
});

describe('sheet names Excel accepts (issue 10 item 5)', () => {
  it('removes apostrophes at the ends after the 31-character cut, never leaving one trailing', () => {
    // The 31st character is an apostrophe: cutting first and cleaning after keeps it out.
    const wanted = `Scenario ${'k'.repeat(21)}'s plan`;
    expect(wanted[30]).toBe("'");
    const name = cleanSheetName(wanted);
    expect(name.endsWith("'")).toBe(false);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(scenarioSheetName(`${'k'.repeat(21)}'s plan`).endsWith("'")).toBe(false);
    expect(scenarioSheetName("'Krimp'")).toBe('Scenario Krimp');
  });

  it('never splits an emoji (surrogate pair, modifier or ZWJ sequence) at the cut', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (let pad = 25; pad <= 31; pad++) {
      for (const emoji of ['😀', '👍🏽', '👩‍💻', '🇳🇱']) {
        const wanted = `${'x'.repeat(pad)}${emoji}${emoji}`;
        const name = cleanSheetName(wanted);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(wanted.startsWith(name)).toBe(true);
        expect(lone.test(name)).toBe(false);
        // What is cut off never starts with a joiner or modifier, and what stays never ends in a joiner.
        const flags = (name.match(/[\u{1F1E6}-\u{1F1FF}]/gu) ?? []).length;
        expect([wanted, /^[\u200D\uFE0F\u{1F3FB}-\u{1F3FF}]/u.test(wanted.slice(name.length)), name.endsWith('\u200D'), flags % 2]).toEqual([wanted, false, false, 0]);
      }
      const scenario = scenarioSheetName(`${'x'.repeat(pad - 9)}😀😀`);
      expect(lone.test(scenario)).toBe(false);
    }
    expect(cutAt('ab😀', 3)).toBe('ab');
  });

  it('replaces forbidden characters and numbers collisions within 31 characters, case-insensitively', () => {
    expect(cleanSheetName("'Scenario [hoog]: 2028/29?'")).toBe('Scenario -hoog-- 2028-29-');
    expect(cleanSheetName("''")).toBe('Blad');
    expect(cleanSheetName('History')).toBe('Blad');
    const taken = new Set(['scenario a', `${'y'.repeat(31)}`]);
    expect(uniqueSheetName('Scenario A', taken)).toBe('Scenario A (2)');
    expect(uniqueSheetName('Y'.repeat(31), taken)).toBe(`${'Y'.repeat(27)} (2)`);
    // The .xlsx adapter's namer uses the same rules.
    const namer = sheetNamer();
    expect([namer('Scenario A'), namer('scenario a')]).toEqual(['Scenario A', 'scenario a (2)']);
  });
});

describe('table and defined names: one namespace (issue 10 item 5)', () => {
  it('refuses what Excel refuses', () => {
    expect(definedNameProblem('OB2025_COA_BIJDRAGE_2025')).toBeUndefined();
    expect(definedNameProblem('COA2027')).toMatch(/cell reference/);
    expect(definedNameProblem('R1C1')).toMatch(/cell reference/);
    expect(definedNameProblem('2025_x')).toMatch(/start/);
    expect(definedNameProblem('a b')).toMatch(/start/);
  });
  it('a new table name is free among tables AND defined names, case-insensitively, in both adapters', () => {
    const taken = new Set(['prijs', 'prijs_2']);
    expect(uniqueObjectName('PRIJS', taken)).toBe('PRIJS_3');
    expect(uniqueObjectName('ODA1', new Set())).toBe('T_ODA1');
    const table = tableNamer(new Set(['Prijs']));
    expect([table('prijs'), table('prijs')]).toEqual(['prijs_2', 'prijs_3']);
  });
});
