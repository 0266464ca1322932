import type { Edition } from '../edition/types';
import { UNIT_LABEL } from '../edition/units';
import { at } from './a1';
import { formatOf } from './formats';
import { parameterList } from './parameters';
import { SheetBuilder } from './sheetBuilder';
import { sourceText } from './sources';
import type { SheetDescription } from './types';

export const parametersSheetName = (edition: Edition): string => `Parameters ${edition.id}`;

/**
 * The published parameters the 'excel' formula style references by defined
 * name, one row each with its source, so a colleague without the add-in sees
 * where every number comes from and the sheets still calculate.
 */
export function parametersSheet(edition: Edition, options: { writtenAt: string } = { writtenAt: '' }): SheetDescription {
  const s = new SheetBuilder(edition, 'parameters', parametersSheetName(edition), { formulaStyle: 'excel', writtenAt: options.writtenAt });
  const params = parameterList(edition);
  const tables = [...new Set(params.map((p) => p.figure.source.table))];
  s.heading(`Gepubliceerde parameters ${edition.name}`, 'Waarden zoals gepubliceerd, in de eenheid van de kolom Eenheid', `Bron: ${edition.document}, ${tables.join(', ')}`);
  s.text(1, 5, 'De formules op de andere bladen verwijzen naar deze cellen met de gedefinieerde naam in kolom A. Niet overschrijven.', 'note');
  const top = 7;
  ['Naam', 'Omschrijving', 'Waarde', 'Eenheid', 'Bron'].forEach((h, i) => s.text(i + 1, top, h, 'header'));
  params.forEach((p, i) => {
    const row = top + 1 + i;
    s.text(1, row, p.name, 'label');
    s.text(2, row, p.label, 'label');
    s.figure(3, row, p.figure);
    s.text(4, row, UNIT_LABEL[p.figure.source.unit]);
    s.text(5, row, sourceText(p.figure.source), 'source');
    s.definedName(p.name, at(3, row), `${sourceText(p.figure.source)} (${formatOf(p.figure.source.unit)})`);
  });
  s.table(`${edition.id}_Parameters`, `A${top}:E${top + params.length}`);
  s.widthsFrom([34, 40, 14, 11, 90]);
  s.freezeAt(top, 1);
  return s.build();
}
