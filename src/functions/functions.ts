// The AENM custom functions. custom-functions-metadata-plugin reads the JSDoc in THIS file
// into dist/functions.json (it reads one input file) and appends the
// CustomFunctions.associate calls at build time. Each function is a wrapper: ranges,
// bad cells and errors are handled in ./cells, the arithmetic lives in src/core.
// Parameters are `unknown[][]` so Excel passes a single cell or a range alike (metadata:
// type any, dimensionality matrix); the result is a 2-D array with the spilled shape.
// Each @example equals src/functions/examples.ts (tests/functions/examples.test.ts).
import { DEFAULT_EDITION } from '../core';
import { coaBedsCells, coaCostCells, coaOccupancyCells } from './aenm/coa';
import { indCapacityCells, indCostCells, indPriceCells } from './aenm/ind';
import { budgetCells, cutCells, mppCells, odaCells } from './aenm/lookups';
import { nidosCostCells } from './aenm/nidos';
import type { FunctionContext } from './context';
import { displayLanguage } from './language';

// The one wiring place: the edition the functions answer from, and the message language.
const context = (): FunctionContext => ({ edition: DEFAULT_EDITION, language: displayLanguage() });

// The build appends `CustomFunctions.associate(id, fn)` per function to this file (custom-
// functions-metadata-plugin's loader); they resolve to this binding. Excel's runtime defines the
// global; where Office.js did not load (a proxy blocks it, the dev server is offline) there is
// none, and registering is skipped instead of throwing "CustomFunctions is not defined", so the
// pane on the same page still starts (issue 16 item 6).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the appended associate calls
const CustomFunctions: { associate(id: string, fn: (...args: never[]) => unknown): void } = (globalThis as { CustomFunctions?: typeof CustomFunctions })
  .CustomFunctions ?? { associate: () => undefined };

/**
 * IND-kosten (€): aantal aanvragen × integrale kostprijs van het product (pxq, Tabel 19).
 * @customfunction IND_COST
 * @helpurl https://localhost:3000/help/ind_cost.html
 * @param product IND-product (tekst): asiel/asylum, regulier/regular, naturalisatie/naturalisation. Cel of bereik.
 * @param qty Aantal aanvragen (getal ≥ 0, geen tekst; leeg = 0). Cel of bereik.
 * @param [year] Begrotingsjaar 2023–2029 (geheel getal); leeg of 0 = 2025.
 * @returns Kosten in euro's; een bereik geeft een bereik van dezelfde grootte.
 * @example =AENM.IND_COST("asiel"; 1000) → 4.418.000
 */
export function indCost(product: unknown[][], qty: unknown[][], year?: unknown[][]): unknown[][] {
  return indCostCells(context(), product, qty, year);
}

/**
 * IND integrale kostprijs per aanvraag (€), Tabel 19.
 * @customfunction IND_PRICE
 * @helpurl https://localhost:3000/help/ind_price.html
 * @param product IND-product (tekst): asiel/asylum, regulier/regular, naturalisatie/naturalisation. Cel of bereik.
 * @param [year] Begrotingsjaar 2023–2029 (geheel getal); leeg of 0 = 2025.
 * @returns Kostprijs in euro's per aanvraag.
 * @example =AENM.IND_PRICE("regulier") → 912
 */
export function indPrice(product: unknown[][], year?: unknown[][]): unknown[][] {
  return indPriceCells(context(), product, year);
}

/**
 * Hoeveel hele IND-aanvragen een budget (€) betaalt tegen de integrale kostprijs.
 * @customfunction IND_CAPACITY
 * @helpurl https://localhost:3000/help/ind_capacity.html
 * @param budget Budget in euro's (getal ≥ 0; leeg = 0). Cel of bereik.
 * @param product IND-product (tekst): asiel/asylum, regulier/regular, naturalisatie/naturalisation.
 * @param [year] Begrotingsjaar 2023–2029 (geheel getal); leeg of 0 = 2025.
 * @returns Aantal hele aanvragen (naar beneden afgerond).
 * @example =AENM.IND_CAPACITY(4418000; "asylum") → 1.000
 */
export function indCapacity(budget: unknown[][], product: unknown[][], year?: unknown[][]): unknown[][] {
  return indCapacityCells(context(), budget, product, year);
}

/**
 * COA-bedden bij een vaste instroom en verblijfsduur (wet van Little): instroom × maanden / 12.
 * @customfunction COA_BEDS
 * @helpurl https://localhost:3000/help/coa_beds.html
 * @param inflow Instroom in de opvang per jaar (aantal personen ≥ 0; leeg = 0). Cel of bereik.
 * @param stay Gemiddelde verblijfsduur in maanden (0–1200), bijv. 10,6. Cel of bereik.
 * @returns Gemiddeld bezette bedden.
 * @example =AENM.COA_BEDS(25000; 10,6) → 22.083,33
 */
export function coaBeds(inflow: unknown[][], stay: unknown[][]): unknown[][] {
  return coaBedsCells(context(), inflow, stay);
}

/**
 * COA-bezetting van een jaar uit de MPP-voorraad en -stromen: vorig jaar + instroom − uitstroom.
 * @customfunction COA_OCCUPANCY
 * @helpurl https://localhost:3000/help/coa_occupancy.html
 * @param previous Gemiddelde bezetting vorig jaar (bedden ≥ 0). Cel of bereik.
 * @param inflow Instroom in de opvang dit jaar (personen ≥ 0). Cel of bereik.
 * @param outflow Uitstroom uit de opvang dit jaar (personen ≥ 0). Cel of bereik.
 * @returns Gemiddelde bezetting (bedden); negatief betekent een onmogelijke uitstroom.
 * @example =AENM.COA_OCCUPANCY(149400; 25000; 42210) → 132.190
 */
export function coaOccupancy(previous: unknown[][], inflow: unknown[][], outflow: unknown[][]): unknown[][] {
  return coaOccupancyCells(context(), previous, inflow, outflow);
}

/**
 * COA-kosten (€): bezette bedden × prijs per bed per jaar.
 * @customfunction COA_COST
 * @helpurl https://localhost:3000/help/coa_cost.html
 * @param beds Gemiddeld bezette bedden (≥ 0; leeg = 0). Cel of bereik.
 * @param [price] Prijs per bezet bed per jaar in euro's; leeg of 0 = OB2025: COA-bijdrage 2025 / MPP-bezetting 2025 (€ 35.434,80).
 * @returns Kosten in euro's.
 * @example =AENM.COA_COST(114650) → 4.062.600.000
 */
export function coaCost(beds: unknown[][], price?: unknown[][]): unknown[][] {
  return coaCostCells(context(), beds, price);
}

/**
 * Nidos-kosten (€): pupillen × begeleiding + amv in opvang × verzorging + instroom × instroomteam (Tabel 13).
 * @customfunction NIDOS_COST
 * @helpurl https://localhost:3000/help/nidos_cost.html
 * @param pupils Pupillen onder voogdij (aantal ≥ 0). Cel of bereik.
 * @param inCare Amv in opvang bij Nidos (aantal ≥ 0). Cel of bereik.
 * @param inflow Instroom amv (aantal ≥ 0). Cel of bereik.
 * @param [year] Jaar van de eenheidskosten 2023–2025 (geheel getal); leeg of 0 = 2025.
 * @returns Kosten in euro's.
 * @example =AENM.NIDOS_COST(1; 1; 1) → 50.665
 */
export function nidosCost(pupils: unknown[][], inCare: unknown[][], inflow: unknown[][], year?: unknown[][]): unknown[][] {
  return nidosCostCells(context(), pupils, inCare, inflow, year);
}

/**
 * Een MPP-kengetal uit Tabel 6 (aantal, of een aandeel zoals 0,3 = 30% bij terugkeer).
 * @customfunction MPP
 * @helpurl https://localhost:3000/help/mpp.html
 * @param indicator Kengetal: Nederlandse tabelnaam of sleutel, bijv. asielinstroom, coa_instroom, coa_uitstroom, coa_bezetting, ind_regulier, ind_naturalisatie (Engels: coa_occupancy, asylum_inflow).
 * @param year Jaar 2023–2028 (geheel getal).
 * @returns Het gepubliceerde kengetal.
 * @example =AENM.MPP("coa_bezetting"; 2027) → 132.190
 */
export function mpp(indicator: unknown[][], year: unknown[][]): unknown[][] {
  return mppCells(context(), indicator, year);
}

/**
 * Een begrotingsregel van artikel 37 (Tabel 4) in euro's (de tabel drukt x € 1.000 af).
 * @customfunction BUDGET
 * @helpurl https://localhost:3000/help/budget.html
 * @param line Begrotingsnummer uit Tabel 30 (bijv. "20.37.2.2.20" = COA, "20.37.2.1.20" = IND) of een eenduidige naam (COA, IND, Nidos).
 * @param year Jaar 2023–2029 (geheel getal).
 * @returns Bedrag in euro's.
 * @example =AENM.BUDGET("20.37.2.2.20"; 2025) → 4.062.600.000
 */
export function budget(line: unknown[][], year: unknown[][]): unknown[][] {
  return budgetCells(context(), line, year);
}

/**
 * ODA-toerekening 2025 (Tabel 7) in euro's: eerstejaarsopvang die als ontwikkelingshulp telt.
 * @customfunction ODA
 * @helpurl https://localhost:3000/help/oda.html
 * @param item Post: COA, Nidos, IND (tolken), Rechtsbijstand (legal aid), Vluchtelingenwerk (VWN) of Totaal (total).
 * @returns Bedrag in euro's.
 * @example =AENM.ODA("COA") → 1.718.754.000
 */
export function oda(item: unknown[][]): unknown[][] {
  return odaCells(context(), item);
}

/**
 * De taakstelling "Beperken asielinstroom" (Tabel 1) in euro's, negatief.
 * @customfunction CUT
 * @helpurl https://localhost:3000/help/cut.html
 * @param year Jaar 2025–2029 (geheel getal).
 * @param [organisation] Leeg, 0 of totaal/total = de hele taakstelling; IND = het IND-deel (€ 135 mln. in 2027, € 271 mln. vanaf 2028).
 * @returns Bedrag in euro's (negatief = korting).
 * @example =AENM.CUT(2028) → -935.109.000
 */
export function cut(year: unknown[][], organisation?: unknown[][]): unknown[][] {
  return cutCells(context(), year, organisation);
}
