import { parseRecord, recordXml, REGISTRY_NAMESPACE } from '../../src/excel/sheetRegistry';

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
