// The AENM custom functions. custom-functions-metadata-plugin reads the JSDoc in THIS file
// into dist/functions.json (it reads one input file) and appends the
// CustomFunctions.associate calls at build time. Each function is a wrapper: ranges,
// bad cells and errors are handled in ./cells, the arithmetic lives in src/core.
// Parameters are `unknown[][]` so Excel passes a single cell or a range alike (metadata:
// type any, dimensionality matrix); the result is a 2-D array with the spilled shape.
// Each @example equals src/functions/examples.ts (tests/functions/examples.test.ts).
// Every function is declared in ./registry.ts; here only its JSDoc for Excel, and its arguments
// handed over, the optional [edition] last (empty or 0: the newest edition the add-in carries).
import { callFunction } from './registry';

// The build appends `CustomFunctions.associate(id, fn)` per function to this file (custom-
// functions-metadata-plugin's loader); they resolve to this binding. Excel's runtime defines the
// global; where Office.js did not load (a proxy blocks it, the dev server is offline) there is
// none, and registering is skipped instead of throwing "CustomFunctions is not defined", so the
// pane on the same page still starts (issue 16 item 6).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the appended associate calls
const CustomFunctions: { associate(id: string, fn: (...args: never[]) => unknown): void } = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions ?? { associate: () => undefined };

/**
 * IND-kosten (€): aantal aanvragen × integrale kostprijs van het product (pxq, Tabel 19).
 * @customfunction IND_COST
 * @helpurl https://localhost:3000/help/ind_cost.html
 * @param product IND-product (tekst): asiel/asylum, regulier/regular, naturalisatie/naturalisation. Cel of bereik.
 * @param qty Aantal aanvragen (getal ≥ 0, geen tekst; leeg = 0). Cel of bereik.
 * @param [year] Begrotingsjaar 2023–2029 (geheel getal); leeg of 0 = 2025.
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Kosten in euro's; een bereik geeft een bereik van dezelfde grootte.
 * @example =AENM.IND_COST("asiel"; 1000) → 4.418.000
 */
export function indCost(product: unknown[][], qty: unknown[][], year?: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('IND_COST', [product, qty, year, edition]);
}

/**
 * IND integrale kostprijs per aanvraag (€), Tabel 19.
 * @customfunction IND_PRICE
 * @helpurl https://localhost:3000/help/ind_price.html
 * @param product IND-product (tekst): asiel/asylum, regulier/regular, naturalisatie/naturalisation. Cel of bereik.
 * @param [year] Begrotingsjaar 2023–2029 (geheel getal); leeg of 0 = 2025.
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Kostprijs in euro's per aanvraag.
 * @example =AENM.IND_PRICE("regulier") → 912
 */
export function indPrice(product: unknown[][], year?: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('IND_PRICE', [product, year, edition]);
}

/**
 * Hoeveel hele IND-aanvragen een budget (€) betaalt tegen de integrale kostprijs.
 * @customfunction IND_CAPACITY
 * @helpurl https://localhost:3000/help/ind_capacity.html
 * @param budget Budget in euro's (getal ≥ 0; leeg = 0). Cel of bereik.
 * @param product IND-product (tekst): asiel/asylum, regulier/regular, naturalisatie/naturalisation.
 * @param [year] Begrotingsjaar 2023–2029 (geheel getal); leeg of 0 = 2025.
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Aantal hele aanvragen (naar beneden afgerond).
 * @example =AENM.IND_CAPACITY(4418000; "asylum") → 1.000
 */
export function indCapacity(budget: unknown[][], product: unknown[][], year?: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('IND_CAPACITY', [budget, product, year, edition]);
}

/**
 * COA-bedden bij een vaste instroom en verblijfsduur (wet van Little): instroom × maanden / 12.
 * @customfunction COA_BEDS
 * @helpurl https://localhost:3000/help/coa_beds.html
 * @param inflow Instroom in de opvang per jaar (aantal personen ≥ 0; leeg = 0). Cel of bereik.
 * @param stay Gemiddelde verblijfsduur in maanden (0–1200), bijv. 10,6. Cel of bereik.
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Gemiddeld bezette bedden.
 * @example =AENM.COA_BEDS(25000; 10,6) → 22.083,33
 */
export function coaBeds(inflow: unknown[][], stay: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('COA_BEDS', [inflow, stay, edition]);
}

/**
 * COA-bezetting van een jaar uit de MPP-voorraad en -stromen: vorig jaar + instroom − uitstroom.
 * @customfunction COA_OCCUPANCY
 * @helpurl https://localhost:3000/help/coa_occupancy.html
 * @param previous Gemiddelde bezetting vorig jaar (bedden ≥ 0). Cel of bereik.
 * @param inflow Instroom in de opvang dit jaar (personen ≥ 0). Cel of bereik.
 * @param outflow Uitstroom uit de opvang dit jaar (personen ≥ 0). Cel of bereik.
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Gemiddelde bezetting (bedden); negatief betekent een onmogelijke uitstroom.
 * @example =AENM.COA_OCCUPANCY(149400; 25000; 42210) → 132.190
 */
export function coaOccupancy(previous: unknown[][], inflow: unknown[][], outflow: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('COA_OCCUPANCY', [previous, inflow, outflow, edition]);
}

/**
 * COA-kosten (€): bezette bedden × prijs per bed per jaar.
 * @customfunction COA_COST
 * @helpurl https://localhost:3000/help/coa_cost.html
 * @param beds Gemiddeld bezette bedden (≥ 0; leeg = 0). Cel of bereik.
 * @param [price] Prijs per bezet bed per jaar in euro's; leeg of 0 = OB2025: COA-bijdrage 2025 / MPP-bezetting 2025 (€ 35.434,80).
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Kosten in euro's.
 * @example =AENM.COA_COST(114650) → 4.062.600.000
 */
export function coaCost(beds: unknown[][], price?: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('COA_COST', [beds, price, edition]);
}

/**
 * Nidos-kosten (€): pupillen × begeleiding + amv in opvang × verzorging + instroom × instroomteam (Tabel 13).
 * @customfunction NIDOS_COST
 * @helpurl https://localhost:3000/help/nidos_cost.html
 * @param pupils Pupillen onder voogdij (aantal ≥ 0). Cel of bereik.
 * @param inCare Amv in opvang bij Nidos (aantal ≥ 0). Cel of bereik.
 * @param inflow Instroom amv (aantal ≥ 0). Cel of bereik.
 * @param [year] Jaar van de eenheidskosten 2023–2025 (geheel getal); leeg of 0 = 2025.
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Kosten in euro's.
 * @example =AENM.NIDOS_COST(1; 1; 1) → 50.665
 */
export function nidosCost(pupils: unknown[][], inCare: unknown[][], inflow: unknown[][], year?: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('NIDOS_COST', [pupils, inCare, inflow, year, edition]);
}

/**
 * Een MPP-kengetal uit Tabel 6 (aantal, of een aandeel zoals 0,3 = 30% bij terugkeer).
 * @customfunction MPP
 * @helpurl https://localhost:3000/help/mpp.html
 * @param indicator Kengetal: de tabelnaam, een sleutel of woorden eruit, Nederlands of Engels, bijv. bezetting/occupancy, asielinstroom, coa_uitstroom, nareis, visa, naturalisatie; past het bij meer kengetallen, dan noemt de fout ze.
 * @param year Jaar 2023–2028 (geheel getal).
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Het gepubliceerde kengetal.
 * @example =AENM.MPP("coa_bezetting"; 2027) → 132.190
 */
export function mpp(indicator: unknown[][], year: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('MPP', [indicator, year, edition]);
}

/**
 * Een begrotingsregel van artikel 37 in euro's (x € 1.000 afgedrukt): Tabel 4; in de jaren dat de regel op de JenV-begroting stond (2023–2024) het cijfer van de JenV-regel die erin is omgezet (Tabel 30).
 * @customfunction BUDGET
 * @helpurl https://localhost:3000/help/budget.html
 * @param line Begrotingsnummer uit Tabel 30 (bijv. "20.37.2.2.20" = COA, "20.37.2.1.20" = IND; ook het JenV-nummer, "6.37.2.2.20") of een eenduidige naam (COA, IND, Nidos).
 * @param year Jaar 2023–2029 (geheel getal).
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Bedrag in euro's.
 * @example =AENM.BUDGET("20.37.2.2.20"; 2025) → 4.062.600.000
 */
export function budget(line: unknown[][], year: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('BUDGET', [line, year, edition]);
}

/**
 * ODA-toerekening 2025 (Tabel 7) in euro's: eerstejaarsopvang die als ontwikkelingshulp telt.
 * @customfunction ODA
 * @helpurl https://localhost:3000/help/oda.html
 * @param item Post: COA, Nidos, IND (tolken), Rechtsbijstand (legal aid), Vluchtelingenwerk (VWN) of Totaal (total).
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Bedrag in euro's.
 * @example =AENM.ODA("COA") → 1.718.754.000
 */
export function oda(item: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('ODA', [item, edition]);
}

/**
 * De taakstelling "Beperken asielinstroom" (Tabel 1) in euro's, negatief.
 * @customfunction CUT
 * @helpurl https://localhost:3000/help/cut.html
 * @param year Jaar 2025–2029 (geheel getal).
 * @param [organisation] Leeg, 0 of totaal/total = de hele taakstelling; IND = het IND-deel (€ 135 mln. in 2027, € 271 mln. vanaf 2028).
 * @param [edition] Data-editie, bijv. "OB2025" (hoofdletters maken niet uit); leeg of 0 = de nieuwste editie (de helppagina noemt welke).
 * @returns Bedrag in euro's (negatief = korting).
 * @example =AENM.CUT(2028) → -935.109.000
 */
export function cut(year: unknown[][], organisation?: unknown[][], edition?: unknown[][]): unknown[][] {
  return callFunction('CUT', [year, organisation, edition]);
}
