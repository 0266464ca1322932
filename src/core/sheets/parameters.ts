import { IND_PRODUCTS } from '../edition/products';
import { budgetLine, indPrice, mppFigure, odaFigure, publishedFigure, seriesFigure, tableOf } from '../edition/lookup';
import type { Edition, Figure, IndProduct } from '../edition/types';
import { euros } from '../edition/money';
import { aenmCall } from './aenmFormula';
import { must } from './sources';
import type { FormulaStyle } from './types';

/**
 * The published figures that derived cells use but that a sheet does not
 * show itself. In the 'excel' formula style a formula names them by a
 * workbook-level defined name pointing at the parameters sheet, so the sheet
 * calculates without the add-in; in the 'aenm' style it calls the custom
 * function. Both give the same number: `euros` is what the fragment is worth.
 */
export interface Parameter {
  /** Defined name, e.g. OB2025_COA_BIJDRAGE_2025. */
  readonly name: string;
  readonly label: string;
  readonly figure: Figure;
}

export interface Published {
  /** Formula fragment (without "="), worth `value` in euros (money) or the printed unit (counts). */
  readonly formula: string;
  readonly value: number;
  /** Defined names the fragment uses (empty in the aenm style). */
  readonly names: readonly string[];
}

const up = (key: string): string => key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

const lineName = (edition: Edition, key: string, year: number): string => `${edition.id}_${up(key)}_BIJDRAGE_${year}`;
const cutName = (edition: Edition, year: number): string => `${edition.id}_TAAKSTELLING_${year}`;
const priceName = (edition: Edition, product: IndProduct, year: number): string => `${edition.id}_IND_PRIJS_${up(product)}_${year}`;
const mppName = (edition: Edition, key: string, year: number): string => `${edition.id}_${up(key)}_${year}`;
const odaName = (edition: Edition, key: string): string => `${edition.id}_ODA_${up(key)}`;

/** Budget lines the scenario and cuts sheets price against. */
const LINES = ['ind', 'coa', 'nidos', 'vluchtelingenwerk'] as const;

/** Every parameter of the edition, in the order of the parameters sheet. */
export function parameterList(edition: Edition): Parameter[] {
  const b = edition.bindings;
  const years = edition.projectionYears;
  const list: Parameter[] = [];
  const add = (name: string, label: string, figure: Figure): void => void list.push({ name, label, figure });
  for (const key of LINES) for (const y of years) add(lineName(edition, key, y), `Begroting ${key.toUpperCase()} ${y}`, must(publishedFigure(edition, b.budgetLines.table, key, y), key));
  for (const y of years) add(cutName(edition, y), `Taakstelling Beperken asielinstroom ${y}`, must(seriesFigure(edition, b.cut, y, 'cut'), 'cut'));
  const mpp = tableOf(edition, b.mpp.table);
  for (const key of [b.coaOccupancy.row, b.coaInflow.row, b.coaOutflow.row]) for (const column of mpp.columns) add(mppName(edition, key, Number(column)), `MPP ${key} ${column}`, must(mppFigure(edition, key, Number(column)), key));
  for (const p of IND_PRODUCTS) for (const y of years) add(priceName(edition, p, y), `IND-kostprijs ${p} ${y}`, must(indPrice(edition, p, y), p));
  const oda = tableOf(edition, b.oda.table);
  for (const row of oda.rows) add(odaName(edition, row.key), `ODA ${row.label}`, must(odaFigure(edition, row.key), row.key));
  for (const [key, binding] of [
    ['NIDOS_BEGELEIDING', b.nidosGuidanceCost],
    ['NIDOS_VERZORGING', b.nidosCareCost],
    ['NIDOS_INSTROOMTEAM', b.nidosIntakeCost],
  ] as const)
    add(`${edition.id}_${key}_${edition.firstBudgetYear}`, `Nidos ${key.slice(6).toLowerCase()} per amv ${edition.firstBudgetYear}`, must(seriesFigure(edition, binding, edition.firstBudgetYear, key), key));
  return list;
}

const thousandsToEuros = (formula: string, figure: Figure): string => (figure.source.unit === 'EUR_THOUSAND' ? `${formula}*1000` : formula);

/** Budget line (Tabel 4) in euros. */
export function budgetEuros(edition: Edition, style: FormulaStyle, key: string, year: number): Published {
  const figure = must(budgetLine(edition, key, year), key);
  const row = tableOf(edition, edition.bindings.budgetLines.table).rows.find((r) => r.key === key);
  if (style === 'aenm') return { formula: aenmCall(edition, 'BUDGET', [row?.budgetNumber ?? key, year]), value: euros(figure), names: [] };
  const name = lineName(edition, key, year);
  return { formula: thousandsToEuros(name, figure), value: euros(figure), names: [name] };
}

/** The Beperken asielinstroom cut (Tabel 1) in euros, negative. */
export function cutEuros(edition: Edition, style: FormulaStyle, year: number): Published {
  const figure = must(seriesFigure(edition, edition.bindings.cut, year, 'cut'), 'cut');
  if (style === 'aenm') return { formula: aenmCall(edition, 'CUT', [year], 1), value: euros(figure), names: [] };
  const name = cutName(edition, year);
  return { formula: thousandsToEuros(name, figure), value: euros(figure), names: [name] };
}

/** IND integral cost price (Tabel 19), euros per application. */
export function indPriceEuros(edition: Edition, style: FormulaStyle, product: IndProduct, year: number): Published {
  const figure = must(indPrice(edition, product, year), product);
  if (style === 'aenm') return { formula: aenmCall(edition, 'IND_PRICE', [product, year]), value: euros(figure), names: [] };
  const name = priceName(edition, product, year);
  return { formula: name, value: euros(figure), names: [name] };
}

/** An ODA amount (Tabel 7) in euros. */
export function odaEuros(edition: Edition, style: FormulaStyle, key: string): Published {
  const figure = must(odaFigure(edition, key), key);
  if (style === 'aenm') return { formula: aenmCall(edition, 'ODA', [key]), value: euros(figure), names: [] };
  const name = odaName(edition, key);
  return { formula: thousandsToEuros(name, figure), value: euros(figure), names: [name] };
}
