import type { TableSpec } from '../../../edition/types';

/**
 * Tabel 6 Kengetallen aantallen in de vreemdelingenketen (source lines 602–648).
 * Labels that the PDF wraps over two lines are joined with one space.
 */
export const tabel6: TableSpec = {
  id: 'tabel6',
  label: 'Tabel 6',
  title: 'Kengetallen aantallen in de vreemdelingenketen',
  unit: 'COUNT',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028'],
  rows: [
    { key: 'asielinstroom', label: 'Asielinstroom', values: [50670, 69820, 76400, 78780, 24730, 24730], aliases: ['asylum_inflow'] },
    { key: 'overige_instroom', label: 'Overige instroom', values: [8690, 5000, 5000, 5000, 2500, 2500], aliases: ['other_inflow'] },
    { key: 'coa_instroom', label: 'Instroom in de opvang', values: [55980, 77500, 84360, 86790, 25000, 25000], aliases: ['coa_inflow'] },
    { key: 'coa_uitstroom', label: 'Uitstroom uit de opvang', values: [43690, 51590, 51310, 52040, 42210, 25000], aliases: ['coa_outflow'] },
    { key: 'coa_bezetting', label: 'Gemiddelde bezetting in de opvang', values: [55690, 81600, 114650, 149400, 132190, 132190], aliases: ['coa_occupancy'] },
    { key: 'ind_mvv_nareis', label: 'Instroom Machtiging tot voorlopig verblĳf nareis', values: [22500, 21830, 24390, 27780, 30280, 25370], aliases: ['ind_family_reunification'] },
    { key: 'ind_regulier', label: 'Instroom Verblĳfsvergunning regulier', values: [65880, 68460, 71000, 72000, 73000, 74000], aliases: ['ind_regular'] },
    { key: 'ind_toelating_verblijf', label: 'Instroom Toelating en Verblĳf', values: [76070, 86400, 78320, 80330, 82080, 81610], aliases: ['ind_admission_residence'] },
    { key: 'ind_visa', label: 'Instroom Visa', values: [1770, 1800, 2000, 2000, 2000, 2000] },
    { key: 'ind_naturalisatie', label: 'Instroom Naturalisatie verzoeken', values: [43930, 37000, 37000, 50000, 50000, 50000], aliases: ['ind_naturalisation'] },
    { key: 'terugkeer_zelfstandig', label: 'Zelfstandig', unit: 'SHARE', values: [0.44, 0.3, 0.3, 0.3, 0.3, 0.3], aliases: ['return_independent'] },
    { key: 'terugkeer_gedwongen', label: 'Gedwongen', unit: 'SHARE', values: [0.23, 0.2, 0.2, 0.2, 0.2, 0.2], aliases: ['return_forced'] },
    { key: 'terugkeer_zonder_toezicht', label: 'Zelfstandig zonder toezicht', unit: 'SHARE', values: [0.33, 0.5, 0.5, 0.5, 0.5, 0.5], aliases: ['return_unsupervised'] },
  ],
};
