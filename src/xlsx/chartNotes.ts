import type { ChartSpec } from '../core/sheets/types';

const TYPE_WORDS: Readonly<Record<ChartSpec['type'], string>> = {
  line: 'lijngrafiek',
  columnClustered: 'kolomgrafiek',
  barClustered: 'staafgrafiek',
};

/**
 * ExcelJS 4.4 cannot write charts. Rather than drop them silently, the place
 * a chart would stand gets a sentence saying which chart, on which data, and
 * how to make it in two clicks.
 */
export function chartNoteText(chart: ChartSpec): string {
  return (
    `Grafiek "${chart.title}" (${TYPE_WORDS[chart.type]} van ${chart.dataRange}) staat niet in dit .xlsx-bestand: ` +
    `selecteer ${chart.dataRange} en kies Invoegen > Grafiek, of schrijf het blad met de invoegtoepassing in Excel.`
  );
}
