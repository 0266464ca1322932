import { impliedStayMonths } from '../coa/coaBeds';
import { tableOf } from '../edition/lookup';
import type { Edition } from '../edition/types';
import { roundNoise } from '../edition/units';
import { at } from './a1';
import { FORMAT } from './formats';
import { SheetBuilder, type SheetOptions } from './sheetBuilder';
import { sourceLine } from './sources';
import type { SheetDescription } from './types';
import { placeTable } from './yearBlock';

export const MPP_SHEET_NAME = 'MPP-kengetallen';

/**
 * Tabel 6 with what it implies: occupancy recomputed from the flows (the
 * MPP's own stock-flow, checked against the printed occupancy), the stay the
 * occupancy implies beside Little's law with the published 10,6 months, the
 * IND's 2025 asylum applications, lead-time targets and stay durations.
 */
export function mppSheet(edition: Edition, options: SheetOptions): SheetDescription {
  const s = new SheetBuilder(edition, 'mpp', MPP_SHEET_NAME, options);
  const b = edition.bindings;
  const mpp = tableOf(edition, b.mpp.table);
  const stayTable = tableOf(edition, b.coaStay.table);
  const textTable = tableOf(edition, b.indAsylumApplications.table);
  const leadTimes = tableOf(edition, 'tabel9');
  s.heading('MPP-kengetallen vreemdelingenketen', 'Aantallen personen/aanvragen; bezetting = gemiddeld bezette bedden; percentages; maanden', sourceLine(edition, [mpp.label, leadTimes.label, stayTable.label, textTable.label]));

  const t6 = placeTable(s, edition, mpp.id, 6, { header: `Kengetal (${mpp.label})`, tableName: `${edition.id}_MPP_${mpp.label.replace(/\W/g, '')}` });
  const years = mpp.columns;
  const occ = t6.rowOf[b.coaOccupancy.row]!;
  const inflow = t6.rowOf[b.coaInflow.row]!;
  const outflow = t6.rowOf[b.coaOutflow.row]!;
  const fig = (key: string, year: string): number => t6.figures[key]![year]!;

  // Stay durations first in the layout order of the derived rows' references, placed below them.
  const derivedTop = t6.bottom + 2;
  const stayTop = derivedTop + 7;
  const t11 = placeTable(s, edition, stayTable.id, stayTop, { header: `Verblijfsduur (${stayTable.label}, maanden)`, columns: years, tableName: `${edition.id}_COA_Verblijfsduur` });
  const stayRow = t11.rowOf[b.coaStay.row]!;

  s.text(1, derivedTop, 'Afgeleid uit de MPP (formules)', 'subtitle');
  const recomputed = derivedTop + 1;
  const check = derivedTop + 2;
  const implied = derivedTop + 3;
  const little = derivedTop + 4;
  s.text(1, recomputed, 'Bezetting berekend: vorig jaar + instroom − uitstroom', 'label');
  s.text(1, check, 'Controle: berekend − gepubliceerde bezetting', 'label');
  s.text(1, implied, 'Impliciete verblijfsduur: bezetting / uitstroom × 12 (maanden)', 'label');
  s.text(1, little, `Bedden volgens Little: instroom × ${stayTable.label} verblijfsduur / 12`, 'label');
  let previous = fig(b.coaOccupancy.row, years[0]!);
  years.forEach((year, i) => {
    const c = t6.columnOf[year]!;
    if (i > 0) {
      // The first recomputed year starts from the printed occupancy; later years chain the recomputed one.
      const prevRef = i === 1 ? at(c - 1, occ) : at(c - 1, recomputed);
      const value = previous + fig(b.coaInflow.row, year) - fig(b.coaOutflow.row, year);
      s.formula(c, recomputed, `=${prevRef}+${at(c, inflow)}-${at(c, outflow)}`, value, FORMAT.count, 'output');
      s.formula(c, check, `=${at(c, recomputed)}-${at(c, occ)}`, value - fig(b.coaOccupancy.row, year), FORMAT.count, 'output');
      previous = value;
    }
    const stay = impliedStayMonths(fig(b.coaOccupancy.row, year), fig(b.coaOutflow.row, year));
    if (stay !== null) s.formula(c, implied, `=${at(c, occ)}/${at(c, outflow)}*12`, stay, FORMAT.months, 'output');
    const stayMonths = t11.figures[b.coaStay.row]![year];
    if (stayMonths !== undefined) s.formula(c, little, `=${at(c, inflow)}*${at(c, stayRow)}/12`, roundNoise((fig(b.coaInflow.row, year) * stayMonths) / 12), FORMAT.count, 'output');
  });

  const leadTop = t11.bottom + 2;
  const t9 = placeTable(s, edition, leadTimes.id, leadTop, { header: `Doorlooptijden IND binnen wettelijke termijn (${leadTimes.label})`, columns: years, tableName: `${edition.id}_IND_Doorlooptijden` });

  const textTop = t9.bottom + 2;
  const applications = placeTable(s, edition, textTable.id, textTop, {
    header: `MPP-asielaanvragen IND ${b.indAsylumApplications.column} (${textTable.label})`,
    rows: textTable.rows.filter((r) => r.key !== b.indAsylumApplications.row).map((r) => r.key),
    tableName: `${edition.id}_IND_Asielaanvragen`,
  });
  const total = textTable.rows.find((r) => r.key === b.indAsylumApplications.row)!;
  const col = applications.columnOf[b.indAsylumApplications.column]!;
  const parts = Object.values(applications.figures).reduce((sum, f) => sum + (f[b.indAsylumApplications.column] ?? 0), 0);
  const sumRow = applications.bottom + 1;
  s.text(1, sumRow, 'Totaal (som van de onderdelen)', 'total');
  s.formula(col, sumRow, `=SUM(${at(col, applications.top + 1)}:${at(col, applications.bottom)})`, parts, FORMAT.count, 'total');
  s.text(1, sumRow + 1, 'Totaal zoals gepubliceerd', 'label');
  const published = total.values[textTable.columns.indexOf(b.indAsylumApplications.column)] ?? 0;
  s.figure(col, sumRow + 1, { value: published, source: { edition: edition.id, document: edition.document, table: textTable.label, row: total.label, column: b.indAsylumApplications.column, unit: textTable.unit } });
  s.text(1, sumRow + 2, 'Verschil (som − gepubliceerd)', 'label');
  s.formula(col, sumRow + 2, `=${at(col, sumRow)}-${at(col, sumRow + 1)}`, parts - published, FORMAT.count, 'output');

  s.widthsFrom([62, 12, 12, 12, 12, 12, 12]);
  s.freezeAt(6, 1);
  return s.build();
}
