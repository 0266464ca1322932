import { budgetLine, OB2025 } from '../../../src/core';

const line = (key: string, year: number): number => {
  const r = budgetLine(OB2025, key, year);
  if (!r.ok) throw new Error(key);
  return r.value.value;
};
const sum = (keys: readonly string[], year: number) => keys.reduce((s, k) => s + line(k, year), 0);

describe('Tabel 4 article totals from their lines', () => {
  it('37.2 2025: 951.214 + 4.502.164 + 3.602.515 + 49.191 + 347.459 = 9.452.543', () => {
    expect(sum(['20.37.2.1', '20.37.2.2', '20.37.2.3', '20.37.2.4', '20.37.2.5'], 2025)).toBe(9452543);
    expect(line('20.37.2', 2025)).toBe(9452543);
  });

  it('instruments 2025: IND 866.372 + DJI 84.842 = 951.214; COA 4.062.600 + NIDOS 439.564 = 4.502.164', () => {
    expect(sum(['20.37.2.1.20', '20.37.2.1.21'], 2025)).toBe(951214);
    expect(sum(['20.37.2.2.20', '20.37.2.2.21'], 2025)).toBe(4502164);
  });

  it('subsidies 2027: 13.050 + 15.342 + 2.776 + 1.977 = 33.145; opdrachten 2027: 9.978 + 82.621 + 310 = 92.909', () => {
    expect(sum(['20.37.2.4.20', '20.37.2.4.21', '20.37.2.4.22', '20.37.2.4.29'], 2027)).toBe(33145);
    expect(sum(['20.37.2.5.22', '20.37.2.5.23', '20.37.2.5.25'], 2027)).toBe(92909);
  });

  it('37.3 2026: 7.556 + 10.667 + 10.899 = 29.122', () => {
    expect(sum(['20.37.3.1', '20.37.3.4', '20.37.3.5'], 2026)).toBe(29122);
  });

  it.each([
    [2025, 9480898],
    [2026, 9769219],
    [2027, 2854239],
    [2028, 1218804],
    [2029, 1218804],
  ])('Uitgaven %i = 37.2 + 37.3 = %i', (year, total) => {
    expect(line('20.37.2', year) + line('20.37.3', year)).toBe(total);
    expect(line('uitgaven', year)).toBe(total);
  });
});
