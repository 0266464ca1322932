import type { TableSpec } from '../../../edition/types';

/**
 * Tabel 29 Overzicht specifieke uitkeringen (SPUKS) (bedragen x € 1 mln.), Bijlage 6
 * (source lines 3437–3553), one row per SiSa number, all under artikel 37.2.
 * "2.062" is € 2.062 mln (whole millions), "52,2" is printed to € 0,1 mln.
 * Labels quote the printed "Naam", with "ij" as two letters.
 */
export const tabel29: TableSpec = {
  id: 'tabel29',
  label: 'Tabel 29',
  title: 'Overzicht specifieke uitkeringen (SPUKS) (bedragen x € 1 mln.)',
  unit: 'EUR_MILLION',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028'],
  rows: [
    {
      key: 'a15',
      label: 'A15 Regeling eenmalige specifieke uitkering voor gemeenten i.v.m. het treffen van maatregelen [...] veroorzaakt door asielzoekers in 2022 en 2023',
      values: [1.5, 0, 0, 0, 0, 0],
      printedStep: 0.1,
      aliases: ['A15'],
    },
    { key: 'a16', label: 'A16 Bekostigingsregeling opvang ontheemden Oekraïne.', values: [2062, 3385, 3558, 0, 0, 0], aliases: ['A16'] },
    { key: 'a18', label: 'A18 Bekostigingsbesluit eerste opvang ontheemden Oekraïne door veiligheidsregio’s', values: [62.4, 0, 0, 0, 0, 0], printedStep: 0.1, aliases: ['A18'] },
    {
      key: 'a24',
      label: 'A24 Eenmalige specifieke uitkering voor gemeenten in verband met het treffen van maatregelen ter vermindering van overlast en criminaliteit veroorzaakt door asielzoekers in 2023 en 2024',
      values: [1.5, 1.5, 0, 0, 0, 0],
      printedStep: 0.1,
      aliases: ['A24'],
    },
    { key: 'a29', label: 'A29 Bekostigingsregeling eerste opvang ontheemden Oekraine door Regionaal Openbare Lichamen.', values: [0, 52.2, 55.1, 0, 0, 0], printedStep: 0.1, aliases: ['A29'] },
  ],
};
