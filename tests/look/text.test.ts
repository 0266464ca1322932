import JSZip from 'jszip';
import { OB2025 } from '../../src/core';
import { presetDrivers, withDriver } from '../../src/core/chain';
import { longDate, words } from '../../src/core/sheets/text';
import { actionById, ACTIONS } from '../../src/taskpane/actions';
import { downloadFullWorkbook } from '../../src/taskpane/download/downloadFullWorkbook';
import { en } from '../../src/taskpane/i18n/en';
import { nl } from '../../src/taskpane/i18n/nl';
import { downloadWorkbook } from '../../src/taskpane/services/downloadWorkbook';
import { runAction } from '../../src/taskpane/services/runAction';
import type { Services, WriteSettings } from '../../src/taskpane/services/types';
import { writeWorkbook } from '../../src/xlsx/writeWorkbook';
import { defaultWorkbook } from './workbook';

/** "ĳ", "Ĳ" and the Latin ligatures U+FB00–FB06 (ff, fi, fl, ffi, ffl, ſt, st). */
const LIGATURES = /[\u0132\u0133\uFB00-\uFB06]/u;

/** Every string in a nested value. */
const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
};

describe('text the add-in writes (issue 11 item 6)', () => {
  it('the edition keeps labels as printed (with "ĳ"); the sheets write them as two letters', () => {
    // The edition's data is the source as printed, ligature included (../shared/domain.md).
    expect(strings(OB2025.tables).some((t) => LIGATURES.test(t))).toBe(true);
    const texts = defaultWorkbook().flatMap((d) => [d.name, ...d.charts.map((c) => c.title), ...d.cells.flatMap((c) => strings([c.value, c.formula, c.cached, c.source, c.validation]))]);
    expect(texts.filter((t) => LIGATURES.test(t))).toEqual([]);
    expect(texts).toContain('Bijdrage COA');
  });

  it("no ligature character anywhere in the XML of the generated default workbook, and the source's own typo kept", async () => {
    const zip = await JSZip.loadAsync(await writeWorkbook(defaultWorkbook(), { edition: 'OB2025', addinVersion: 'test', createdAt: new Date('2026-12-01T00:00:00Z') }));
    const parts = Object.keys(zip.files).filter((p) => p.endsWith('.xml') || p.endsWith('.rels'));
    expect(parts).toContain('xl/sharedStrings.xml');
    const found: string[] = [];
    let all = '';
    for (const p of parts) {
      const xml = await zip.file(p)!.async('string');
      all += xml;
      const m = LIGATURES.exec(xml);
      if (m) found.push(`${p}: …${xml.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
    }
    expect(found).toEqual([]);
    expect(all).toContain('Bijdrage COA');
    // "Vluchtingenwerk" (sic) is how the source prints it: converted glyphs, not corrected spelling.
    const typo = strings(OB2025.tables).find((t) => /Vluchtingenwerk/.test(t));
    expect(typo).toBeDefined();
    expect(all).toContain('Vluchtingenwerk');
  });

  it("no ligature character in the pane's strings (nl and en)", () => {
    const texts = [...strings(nl), ...strings(en)];
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => LIGATURES.test(t))).toEqual([]);
  });

  it('words() spells every ligature out and keeps everything else', () => {
    expect(words('Bĳdrage Ĳssel ﬁnanciën ﬂow ﬀ ﬃ ﬄ')).toBe('Bijdrage IJssel financiën flow ff ffi ffl');
    expect(words('Vluchtingenwerk')).toBe('Vluchtingenwerk');
  });

  it('writes dates as people do, by language: 1 december 2026 / 1 December 2026', () => {
    expect(longDate('2026-12-01', 'nl')).toBe('1 december 2026');
    expect(longDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(longDate('2025-03-09')).toBe('9 maart 2025');
    expect(longDate('not a date')).toBe('not a date');
    const texts = defaultWorkbook()
      .flatMap((d) => d.cells.map((c) => c.value))
      .filter((v): v is string => typeof v === 'string');
    expect(texts.filter((t) => /\d{4}-\d{2}-\d{2}/.test(t))).toEqual([]);
    expect(texts.filter((t) => t.includes('1 december 2026')).length).toBeGreaterThanOrEqual(6);
  });
});

describe('download file names say what they hold (issue 11 item 6)', () => {
  const setup = () => {
    const files: { name: string; size: number }[] = [];
    const settings: (WriteSettings | undefined)[] = [];
    const workbook = downloadWorkbook(
      [OB2025],
      'test',
      (blob, name) => void files.push({ name, size: blob.size }),
      () => '2026-12-01',
    );
    const write = workbook.write.bind(workbook);
    const services: Services = {
      edition: OB2025,
      host: { inExcel: false, language: 'nl', theme: 'light' },
      workbook: { ...workbook, write: (d, s) => (settings.push(s), write(d, s)) },
      today: () => '2026-12-01',
    };
    return { files, services, settings };
  };

  it('one name per action, typed here', async () => {
    const { files, services } = setup();
    const krimp = withDriver(presetDrivers(OB2025, 'basis'), 'asylumInflow', 76400 * 0.9, 2026);
    for (const action of ACTIONS) {
      const request = action.id === 'scenario' ? { formulaStyle: 'excel' as const, scenario: { name: 'Krimp 10', drivers: krimp } } : { formulaStyle: 'excel' as const };
      const outcome = await runAction(action, request, services);
      expect(outcome.ok).toBe(true);
    }
    expect(files.map((f) => f.name)).toEqual([
      'AENM-OB2025-ODA-toerekening-2026-12-01.xlsx',
      'AENM-OB2025-MPP-kengetallen-2026-12-01.xlsx',
      'AENM-OB2025-Taakstelling-2026-12-01.xlsx',
      'AENM-OB2025-Scenario-Krimp-10-2026-12-01.xlsx',
      'AENM-OB2025-Bandbreedte-2026-12-01.xlsx',
      'AENM-OB2025-Scenarios-vergelijken-2026-12-01.xlsx',
    ]);
    // A second "Krimp 10" is its own file name too.
    await runAction(actionById('scenario'), { formulaStyle: 'excel', scenario: { name: 'Krimp 10', drivers: krimp } }, services);
    expect(files.at(-1)!.name).toBe('AENM-OB2025-Scenario-Krimp-10-2-2026-12-01.xlsx');
  });

  it('the full workbook is a "Werkmap"', async () => {
    const names: string[] = [];
    const doc = { createElement: () => ({ click() {}, remove() {}, style: {} }), body: { appendChild() {} } } as unknown as Document;
    const created = globalThis.URL.createObjectURL;
    globalThis.URL.createObjectURL = () => 'blob:test';
    globalThis.URL.revokeObjectURL = () => undefined;
    try {
      names.push(await downloadFullWorkbook({ edition: OB2025, addinVersion: 'test', today: '2026-12-01' }, doc));
    } finally {
      globalThis.URL.createObjectURL = created;
    }
    expect(names).toEqual(['AENM-OB2025-Werkmap-2026-12-01.xlsx']);
  });

  it("passes the pane's protect setting to the writer; off unless set", async () => {
    const { services, settings } = setup();
    await runAction(actionById('oda'), { formulaStyle: 'excel' }, services);
    await runAction(actionById('oda'), { formulaStyle: 'excel' }, { ...services, settings: { protect: true } });
    expect(settings).toEqual([{ protect: false }, { protect: true }]);
  });
});
