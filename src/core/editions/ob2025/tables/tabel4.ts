import type { TableSpec } from '../../../edition/types';

/**
 * Tabel 4 Budgettaire gevolgen van beleid artikel 37 (source lines 492–550).
 * 2023 and 2024 are printed as 0: the ministry's own budget starts in 2025;
 * those years sit under JenV (see Tabel 30).
 */
export const tabel4: TableSpec = {
  id: 'tabel4',
  label: 'Tabel 4',
  title: 'Budgettaire gevolgen van beleid artikel 37 (bedragen x € 1.000)',
  unit: 'EUR_THOUSAND',
  columns: ['2023', '2024', '2025', '2026', '2027', '2028', '2029'],
  rows: [
    { key: 'verplichtingen', label: 'Verplichtingen', values: [0, 0, 9490898, 9769219, 2854239, 1218804, 1218804] },
    { key: 'uitgaven', label: 'Uitgaven', budgetNumber: '20.37', values: [0, 0, 9480898, 9769219, 2854239, 1218804, 1218804], sumOf: ['art37_2', 'art37_3'] },
    {
      key: 'art37_2',
      label: '37.2 Toegang, toelating en opvang vreemdelingen',
      budgetNumber: '20.37.2',
      values: [0, 0, 9452543, 9740097, 2832388, 1204218, 1204218],
      sumOf: ['art37_2_agentschappen', 'art37_2_zbo', 'art37_2_medeoverheden', 'art37_2_subsidies', 'art37_2_opdrachten'],
    },
    { key: 'art37_2_agentschappen', label: 'Bĳdrage aan agentschappen', budgetNumber: '20.37.2.1', values: [0, 0, 951214, 894507, 537886, 402279, 402279], sumOf: ['ind', 'dji_vreemdelingenbewaring'] },
    { key: 'ind', label: 'IND', budgetNumber: '20.37.2.1.20', values: [0, 0, 866372, 809634, 453013, 317406, 317406] },
    { key: 'dji_vreemdelingenbewaring', label: 'DJI - Vreemdelingsbewaring en uitzetcentra', budgetNumber: '20.37.2.1.21', values: [0, 0, 84842, 84873, 84873, 84873, 84873] },
    { key: 'art37_2_zbo', label: "Bĳdrage aan ZBO's/RWT's", budgetNumber: '20.37.2.2', values: [0, 0, 4502164, 4890105, 1016100, 691390, 691390], sumOf: ['coa', 'nidos'] },
    { key: 'coa', label: 'COA', budgetNumber: '20.37.2.2.20', values: [0, 0, 4062600, 4422334, 906455, 616857, 616857] },
    { key: 'nidos', label: 'NIDOS - opvang', budgetNumber: '20.37.2.2.21', values: [0, 0, 439564, 467771, 109645, 74533, 74533], aliases: ['nidos'] },
    { key: 'art37_2_medeoverheden', label: 'Bĳdrage aan medeoverheden', budgetNumber: '20.37.2.3', values: [0, 0, 3602515, 3716988, 1152348, 0, 0], sumOf: ['npov_medeoverheden'] },
    { key: 'npov_medeoverheden', label: 'Nationaal Programma Oekraïense Vluchtelingen', budgetNumber: '20.37.2.3.21', values: [0, 0, 3602515, 3716988, 1152348, 0, 0] },
    {
      key: 'art37_2_subsidies',
      label: 'Subsidies (regelingen)',
      budgetNumber: '20.37.2.4',
      values: [0, 0, 49191, 49191, 33145, 17801, 17801],
      sumOf: ['vluchtelingenwerk', 'npov_subsidies', 'iom', 'art37_2_overige_subsidies'],
    },
    { key: 'vluchtelingenwerk', label: 'Vluchtingenwerk Nederland', budgetNumber: '20.37.2.4.20', values: [0, 0, 13052, 13052, 13050, 13049, 13049], aliases: ['Vluchtelingenwerk Nederland', 'VWN'] },
    { key: 'npov_subsidies', label: 'Nationaal Programma Oekraïense Vluchtelingen', budgetNumber: '20.37.2.4.21', values: [0, 0, 31385, 31385, 15342, 0, 0] },
    { key: 'iom', label: 'Internationale Organisatie voor Migratie (IOM)', budgetNumber: '20.37.2.4.22', values: [0, 0, 2776, 2776, 2776, 2775, 2775], aliases: ['IOM'] },
    { key: 'art37_2_overige_subsidies', label: 'Overige Subsidies', budgetNumber: '20.37.2.4.29', values: [0, 0, 1978, 1978, 1977, 1977, 1977] },
    {
      key: 'art37_2_opdrachten',
      label: 'Opdrachten',
      budgetNumber: '20.37.2.5',
      values: [0, 0, 347459, 189306, 92909, 92748, 92748],
      sumOf: ['keteninformatisering', 'versterking_vreemdelingenketen', 'npov_opdrachten'],
    },
    { key: 'keteninformatisering', label: 'Programma Keteninformatisering', budgetNumber: '20.37.2.5.22', values: [0, 0, 9178, 10093, 9978, 9978, 9978] },
    { key: 'versterking_vreemdelingenketen', label: 'Versterking vreemdelingenketen', budgetNumber: '20.37.2.5.23', values: [0, 0, 125429, 87284, 82621, 82770, 82770] },
    { key: 'npov_opdrachten', label: 'Nationaal Programma Oekraïense Vluchtelingen', budgetNumber: '20.37.2.5.25', values: [0, 0, 212852, 91929, 310, 0, 0] },
    {
      key: 'art37_3',
      label: '37.3 Terugkeer en bewaring vreemdelingen',
      budgetNumber: '20.37.3',
      values: [0, 0, 28355, 29122, 21851, 14586, 14586],
      sumOf: ['art37_3_agentschappen', 'art37_3_subsidies', 'art37_3_opdrachten'],
    },
    { key: 'art37_3_agentschappen', label: 'Bĳdrage aan agentschappen', budgetNumber: '20.37.3.1', values: [0, 0, 9024, 7556, 5669, 3784, 3784], sumOf: ['dji_dvo'] },
    { key: 'dji_dvo', label: 'DJI - Dienst vervoer en ondersteuning', budgetNumber: '20.37.3.1.20', values: [0, 0, 9024, 7556, 5669, 3784, 3784] },
    { key: 'art37_3_subsidies', label: 'Subsidies (regelingen)', budgetNumber: '20.37.3.4', values: [0, 0, 10103, 10667, 8005, 5342, 5342], sumOf: ['rean', 'art37_3_overige_subsidies'] },
    { key: 'rean', label: 'REAN-regeling', budgetNumber: '20.37.3.4.20', values: [0, 0, 6557, 6965, 5227, 3488, 3488] },
    { key: 'art37_3_overige_subsidies', label: 'Overige Subsidies', budgetNumber: '20.37.3.4.29', values: [0, 0, 3546, 3702, 2778, 1854, 1854] },
    { key: 'art37_3_opdrachten', label: 'Opdrachten', budgetNumber: '20.37.3.5', values: [0, 0, 9228, 10899, 8177, 5460, 5460], sumOf: ['vreemdelingen_vertrek'] },
    { key: 'vreemdelingen_vertrek', label: 'Vreemdelingen vertrek', budgetNumber: '20.37.3.5.20', values: [0, 0, 9228, 10899, 8177, 5460, 5460] },
    { key: 'ontvangsten', label: 'Ontvangsten', values: [0, 0, 12826, 13826, 13826, 13826, 13826] },
  ],
};
