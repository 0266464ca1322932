import type { Strings } from './nl';

/** English texts, used when Office's display language starts with "en". */
export const en: Strings = {
  language: 'en',
  title: 'AENM Budget',
  subtitle: (edition) => `Figures from ${edition}`,
  actions: {
    oda: { label: 'ODA attribution', description: 'Table 7: the ODA share of reception costs, its total as a formula, each organisation’s share.' },
    mpp: { label: 'MPP key figures', description: 'Table 6 with the 2025 asylum breakdown, lead times, stay durations and occupancy from the flows.' },
    cuts: { label: 'Budget cut 2027–2028', description: 'The cut per year, budgets per line, IND and COA: what the budget still buys.' },
    scenario: { label: 'New scenario', description: 'A scenario sheet with drivers per year 2025–2029, outcomes and a chart.' },
    compare: { label: 'Compare scenarios', description: 'The scenarios in this workbook side by side, against the OB2025 budget.' },
  },
  write: 'Write sheet',
  writing: 'Writing…',
  formulaStyle: {
    label: 'Formulas',
    excel: 'Excel functions (works without the add-in)',
    aenm: 'AENM functions',
  },
  scenario: {
    name: 'Scenario name',
    nameHint: 'Becomes the sheet name: "Scenario <name>".',
    nameMissing: 'Give the scenario a name.',
    preset: 'Starting point',
    presets: { basis: 'MPP base', laag: 'Low (inflow −20%)', hoog: 'High (inflow +20%)' },
    drivers: 'Drivers per year',
    driversHint: 'Empty = published value. Type a number or an expression: -10%, basis * 0.8, 76400 - 5000.',
    driverColumn: 'Driver',
    invalidDrivers: (n) => `${n} driver${n === 1 ? ' is' : 's are'} invalid; fix the fields marked red.`,
    reset: 'Reset all to starting point',
  },
  standalone: {
    notice: 'Opened outside Excel: every action gives an .xlsx file to download.',
    downloadAll: 'All sheets as .xlsx',
  },
  compare: {
    none: 'No scenarios found in this workbook. Create a scenario first.',
    found: (n) => `${n} scenario${n === 1 ? '' : 's'} found.`,
  },
  result: {
    downloaded: (file) => `Outside Excel: offered as the download "${file}".`,
    wrote: 'Written',
    sheet: (name) => `Sheet "${name}"`,
    ranges: 'range',
    tables: (n) => `${n} ${n === 1 ? 'table' : 'tables'}`,
    charts: (n) => `${n} ${n === 1 ? 'chart' : 'charts'}`,
    names: (n) => `${n} ${n === 1 ? 'name' : 'names'}`,
    skipped: (name) => `Sheet "${name}" already existed with all names; not written again.`,
  },
  errors: {
    apiSetMissing: (set, version, excel) => `This action needs ${set} ${version}: ${excel} or later. Update Excel, or use Excel on the web.`,
    excel: (message) => `Excel reported an error: ${message}. Try again; if it keeps failing, save the workbook and restart Excel.`,
  },
  excelVersions: { '2016': 'Excel 2016', '2019': 'Excel 2019', '2021': 'Excel 2021', m365: 'Microsoft 365' },
};
