/**
 * The first perpetual Excel that supports an ExcelApi version, for "needs Excel X"
 * messages (Microsoft's requirement-set tables: Office 2016 = 1.1, 2019 = 1.8,
 * 2021 = 1.14; later sets only in Microsoft 365 / Excel 2024).
 */
export type ExcelVersionKey = '2016' | '2019' | '2021' | 'm365';

export function excelVersionFor(version: string): ExcelVersionKey {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > 1) return 'm365';
  if (minor <= 1) return '2016';
  if (minor <= 8) return '2019';
  if (minor <= 14) return '2021';
  return 'm365';
}
