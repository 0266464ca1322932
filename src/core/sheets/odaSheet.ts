import { budgetLine, odaFigure, tableOf } from '../edition/lookup';
import type { Edition } from '../edition/types';
import { roundNoise } from '../edition/units';
import { odaTotal } from '../oda/odaShares';
import { at, rangeOf } from './a1';
import { FORMAT } from './formats';
import { SheetBuilder, type SheetOptions } from './sheetBuilder';
import { must, sourceLine, sourceText } from './sources';
import type { SheetDescription } from './types';

export const ODA_SHEET_NAME = 'ODA-toerekening';

/**
 * Tabel 7 as printed, its total recomputed beside the published one (they
 * differ by 1: the source's own rounding, shown, never fixed), and each
 * item's share of the organisation's contribution in the first budget year.
 */
export function odaSheet(edition: Edition, options: SheetOptions): SheetDescription {
  const s = new SheetBuilder(edition, 'oda', ODA_SHEET_NAME, options);
  const { table: id, total, contributionOf } = edition.bindings.oda;
  const oda = tableOf(edition, id);
  const lines = tableOf(edition, edition.bindings.budgetLines.table);
  const year = edition.firstBudgetYear;
  s.heading(`ODA-toerekening opvangkosten asielzoekers ${year}`, 'Bedragen x € 1.000; aandelen in % van de bijdrage aan de organisatie', sourceLine(edition, [oda.label, lines.label]));

  const top = 6;
  ['Post (Tabel 7)', 'ODA-bedrag (x € 1.000)', `Bijdrage ${year} organisatie (x € 1.000)`, `Aandeel ODA in bijdrage ${year}`, 'Bron bijdrage'].forEach((h, i) => s.text(i + 1, top, h, 'header'));
  const items = oda.rows.filter((r) => r.key !== total);
  let sum = 0;
  items.forEach((item, i) => {
    const row = top + 1 + i;
    const amount = must(odaFigure(edition, item.key), item.key);
    sum += amount.value;
    s.text(1, row, item.label, 'label');
    s.figure(2, row, amount);
    const lineKey = contributionOf[item.key] ?? null;
    if (lineKey === null) {
      s.text(3, row, 'n.v.t. (JenV)', 'note');
      s.text(4, row, 'n.v.t.', 'note');
      s.text(5, row, 'Geen bijdrage op de begroting AenM', 'note');
      return;
    }
    const contribution = must(budgetLine(edition, lineKey, year), lineKey);
    s.figure(3, row, contribution);
    s.formula(4, row, `=${at(2, row)}/${at(3, row)}`, roundNoise(amount.value / contribution.value), FORMAT.share, 'output');
    s.text(5, row, sourceText(contribution.source), 'source');
  });
  const last = top + items.length;
  s.table(`${edition.id}_ODA_Tabel7`, rangeOf(at(1, top), at(5, last)));

  const published = odaTotal(edition);
  const sumRow = last + 2;
  s.text(1, sumRow, 'Totaal berekend (som van de posten)', 'total');
  s.formula(2, sumRow, `=SUM(${at(2, top + 1)}:${at(2, last)})`, sum, FORMAT.thousands, 'total');
  s.text(1, sumRow + 1, `${published.source.row} zoals gepubliceerd`, 'label');
  s.figure(2, sumRow + 1, published);
  s.text(1, sumRow + 2, 'Verschil (berekend − gepubliceerd)', 'label');
  s.formula(2, sumRow + 2, `=${at(2, sumRow)}-${at(2, sumRow + 1)}`, roundNoise(sum - published.value), FORMAT.thousands, 'warning');
  s.text(3, sumRow + 2, 'Een verschil staat zo in de bron (afronding); het blad toont de cijfers zoals gepubliceerd.', 'note');

  s.widthsFrom([34, 22, 30, 26, 60]);
  s.freezeAt(top, 1);
  return s.build();
}
