import { en } from '../../../src/taskpane/i18n/en';
import { nl } from '../../../src/taskpane/i18n/nl';
import { describeOutcome } from '../../../src/taskpane/status/describeOutcome';

describe('describeOutcome', () => {
  it('says what was written where', () => {
    const text = describeOutcome({ ok: true, sheets: [{ wanted: 'ODA-toerekening', sheetName: 'ODA-toerekening (2)', skipped: false, ranges: ['A1:D3', 'A5:E12'], tables: ['ODA_Tabel7'], charts: [], names: [] }] }, nl);
    expect(text).toEqual({ intent: 'success', title: 'Geschreven', lines: ['Blad "ODA-toerekening (2)": bereik A1:E12; 1 tabel'] });
  });

  it('has the same keys in both languages', () => {
    const keys = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]))
        .sort();
    expect(keys(en)).toEqual(keys(nl));
  });
});
