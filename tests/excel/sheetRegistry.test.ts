import { parseRecord, readInventory, recordXml, REGISTRY_NAMESPACE } from '../../src/excel/sheetRegistry';

describe('written-sheet registry (custom XML part)', () => {
  const record = { sheetId: '{6B2C}', sheetName: 'Scenario "A" & <B>', kind: 'scenario' as const, title: 'Scenario A', edition: 'OB2025', formulaStyle: 'excel', writtenAt: '2026-12-01T09:00:00.000Z' };

  it('round-trips every field, names with quotes and ampersands included', () => {
    const xml = recordXml(record);
    expect(xml).toContain(`xmlns="${REGISTRY_NAMESPACE}"`);
    expect(parseRecord(xml)).toEqual(record);
  });

  it('ignores parts of another namespace or with a field missing', () => {
    expect(parseRecord('<sheet xmlns="urn:other" sheetId="1"/>')).toBeUndefined();
    expect(parseRecord(recordXml(record).replace(/ edition="[^"]*"/, ''))).toBeUndefined();
  });
});

describe('readInventory', () => {
  it('shows one entry per sheet, its newest record: a refreshed sheet keeps its id and gets a new record with the new edition', async () => {
    const base = { sheetId: '{1}', sheetName: 'ODA-toerekening', kind: 'oda' as const, title: 'ODA', formulaStyle: 'excel' };
    const parts = [recordXml({ ...base, edition: 'OB2025', writtenAt: '2026-12-01T09:00:00.000Z' }), recordXml({ ...base, edition: 'FX2030', writtenAt: '2026-12-02T09:00:00.000Z' })];
    const context = {
      workbook: {
        worksheets: {
          items: [{ name: 'ODA-toerekening', id: '{1}', getRange: () => ({ values: [['', '']], load() {} }) }],
          load() {},
          getItem: () => ({ id: '{1}', load() {} }),
        },
        customXmlParts: { add() {}, getByNamespace: () => ({ items: parts.map((value) => ({ getXml: () => ({ value }) })), load() {} }) },
      },
      sync: async () => {},
    };
    const inventory = await readInventory(context);
    expect(inventory.sheets.map((s) => [s.sheetName, s.edition, s.present])).toEqual([['ODA-toerekening', 'FX2030', true]]);
  });
});
