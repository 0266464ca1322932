import type { Edition, PriceVariant, IndProduct } from '../edition/types';
import { calibrate, type Calibration } from './calibration';
import { isPrinted } from './published';
import type { FigureStatus, OutputKey, PresetName } from './types';

/**
 * Every driver of the chain model, declared once (chain-model.md §2.9). The
 * model's driver object, the scenario sheet's rows, the pane's grid, the
 * CLI's JSON fields and the read-back all derive from this list: adding a
 * driver is one entry here plus the model arithmetic that uses it.
 */

export type DriverUnit = 'count' | 'ratio' | 'eur' | 'factor' | 'switch';

export interface DriverLimits {
  readonly min: number;
  readonly max: number;
  /** Only whole numbers (the cut switch: 0 or 1). */
  readonly whole: boolean;
}

export interface PrefillContext {
  readonly edition: Edition;
  readonly calibration: Calibration;
  readonly preset: PresetName;
  readonly priceVariant: PriceVariant;
}

interface Common {
  readonly unit: DriverUnit;
  readonly label: { readonly nl: string; readonly en: string };
  /** How the prefilled value is obtained, for the sheet's source column and the pane's hint. */
  readonly prefilledFrom: string;
  /** Every declared driver is an editable input; read-only rows are reference rows, not drivers. */
  readonly editable: true;
  readonly limits: DriverLimits;
  readonly reaches: readonly OutputKey[];
  /** Excel number format of the input cells. */
  readonly format: string;
}

export interface YearDriverDeclaration<K extends string = string> extends Common {
  readonly key: K;
  readonly scope: 'year';
  readonly status: (ctx: PrefillContext, year: number, index: number) => FigureStatus;
  readonly prefill: (ctx: PrefillContext, index: number) => number;
}

export interface SingleDriverDeclaration<K extends string = string> extends Common {
  readonly key: K;
  readonly scope: 'single';
  readonly status: (ctx: PrefillContext) => FigureStatus;
  readonly prefill: (ctx: PrefillContext) => number;
}

const COUNT: DriverLimits = { min: 0, max: 1e7, whole: false };
const EUROS_UNIT: DriverLimits = { min: 0, max: 1e6, whole: false };
const EUROS_ITEM: DriverLimits = { min: 0, max: 1e10, whole: false };
const RATIO: DriverLimits = { min: 0, max: 10, whole: false };
const FACTOR: DriverLimits = { min: 0, max: 10, whole: false };

const COUNT_FORMAT = '#,##0';
const EURO_FORMAT = '#,##0.00';
const RATIO_FORMAT = '0.000000';

const publishedIn =
  (ref: { table: string; row: string }) =>
  (ctx: PrefillContext, year: number): FigureStatus =>
    isPrinted(ctx.edition, ref, year) ? 'gepubliceerd' : 'aanname';
const firstYearOnly = (ctx: PrefillContext, year: number): FigureStatus => (year === ctx.calibration.first ? 'gepubliceerd' : 'aanname');
const aligned = (ctx: PrefillContext, year: number): FigureStatus => (year <= ctx.calibration.alignedThrough ? 'afgeleid' : 'aanname');
const IND_OUT: readonly OutputKey[] = ['indNeed', 'gap'];
const NIDOS_OUT: readonly OutputKey[] = ['nidosNeed', 'gap'];
const FLOW_OUT: readonly OutputKey[] = ['occupancy', 'stay', 'coaNeed', 'nidosNeed', 'gap'];

function indItem<const D extends string>(key: 'ketenondersteuning' | 'lumpsum' | 'specifiek' | 'oek' | 'dwangsommen' | 'leges', driver: D, nl: string, en: string) {
  return {
    key: driver,
    scope: 'year',
    unit: 'eur',
    label: { nl, en },
    prefilledFrom: '',
    editable: true,
    limits: EUROS_ITEM,
    reaches: IND_OUT,
    format: COUNT_FORMAT,
    status: (ctx: PrefillContext, year: number): FigureStatus => {
      const setting = ctx.edition.chain.indItems.find((i) => i.key === key)!;
      return year === ctx.calibration.first ? 'gepubliceerd' : setting.laterStatus;
    },
    prefill: (ctx: PrefillContext, i: number): number => ctx.calibration.ind.items[key][i]!,
  } as const;
}

const yearDriver = <const K extends string>(d: Omit<YearDriverDeclaration<K>, 'scope' | 'editable'>) => ({ ...d, scope: 'year', editable: true }) as const satisfies YearDriverDeclaration<K>;

/** An IND cost price per product (Tabel 19, line `line` of the source text), published for every year. */
function indPrice<const D extends string>(product: IndProduct, driver: D, en: string, line: string) {
  return yearDriver({
    key: driver,
    unit: 'eur',
    label: { nl: `IND kostprijs ${product}`, en: `IND cost price ${en}` },
    prefilledFrom: `Tabel 19 (${line})`,
    limits: EUROS_UNIT,
    reaches: IND_OUT,
    format: COUNT_FORMAT,
    status: () => 'gepubliceerd',
    prefill: (ctx, i) => ctx.calibration.ind.kostprijs[product][i]!,
  });
}
const singleDriver = <const K extends string>(d: Omit<SingleDriverDeclaration<K>, 'scope' | 'editable'>) => ({ ...d, scope: 'single', editable: true }) as const satisfies SingleDriverDeclaration<K>;

/** Per-year drivers, in the order the sheet and the pane show them. */
export const YEAR_DRIVERS = [
  yearDriver({
    key: 'asylumInflow',
    unit: 'count',
    label: { nl: 'Asielinstroom (A)', en: 'Asylum inflow (A)' },
    prefilledFrom: 'Tabel 6 Asielinstroom (L607); 2029: 2028 doorgetrokken',
    limits: COUNT,
    reaches: ['occupancy', 'stay', 'coaNeed', 'indNeed', 'nidosNeed', 'oda', 'gap'],
    format: COUNT_FORMAT,
    status: (ctx, y) => publishedIn(ctx.edition.bindings.asylumInflow)(ctx, y),
    prefill: (ctx, i) => ctx.calibration.mpp.asylumInflow[i]!,
  }),
  yearDriver({
    key: 'coaInflowRatio',
    unit: 'ratio',
    label: { nl: 'Instroom in de opvang per asielinstroom (r)', en: 'Reception inflow per asylum inflow (r)' },
    prefilledFrom: 'Tabel 6: Instroom in de opvang / Asielinstroom (L613 / L607)',
    limits: RATIO,
    reaches: FLOW_OUT,
    format: RATIO_FORMAT,
    status: () => 'afgeleid',
    prefill: (ctx, i) => ctx.calibration.inflowRatio[i]!,
  }),
  yearDriver({
    key: 'coaOutflow',
    unit: 'count',
    label: { nl: 'Uitstroom uit de opvang (O)', en: 'Reception outflow (O)' },
    prefilledFrom: 'Tabel 6 Uitstroom uit de opvang (L615); 2029: 2028 doorgetrokken',
    limits: COUNT,
    reaches: FLOW_OUT,
    format: COUNT_FORMAT,
    status: (ctx, y) => publishedIn(ctx.edition.bindings.coaOutflow)(ctx, y),
    prefill: (ctx, i) => ctx.calibration.mpp.coaOutflow[i]!,
  }),
  yearDriver({
    key: 'pricePerBed',
    unit: 'eur',
    label: { nl: 'COA prijs per bezet bed per jaar (p)', en: 'COA price per occupied bed-year (p)' },
    prefilledFrom: 'Afgestemde jaren: Tabel 4 COA / MPP-bezetting; daarna de gekozen prijsvariant',
    limits: EUROS_UNIT,
    reaches: ['coaNeed', 'gap'],
    format: EURO_FORMAT,
    status: aligned,
    prefill: (ctx, i) => (ctx.calibration.years[i]! <= ctx.calibration.alignedThrough ? ctx.calibration.price.aligned[i]! : ctx.calibration.price.variant[ctx.priceVariant]),
  }),
  yearDriver({
    key: 'indRegularCount',
    unit: 'count',
    label: { nl: 'MPP-telling regulier (M regulier)', en: 'MPP count regular (M regular)' },
    prefilledFrom: 'Tabel 6: Verblijfsvergunning regulier + Toelating en Verblijf + Visa (L632-636); 2029: 2028 doorgetrokken',
    limits: COUNT,
    reaches: IND_OUT,
    format: COUNT_FORMAT,
    status: (ctx, y) => publishedIn({ table: ctx.edition.bindings.mpp.table, row: ctx.edition.chain.indRegularRows[0]! })(ctx, y),
    prefill: (ctx, i) => ctx.calibration.mpp.regular[i]!,
  }),
  yearDriver({
    key: 'indNaturalisationCount',
    unit: 'count',
    label: { nl: 'MPP-telling naturalisatie (M naturalisatie)', en: 'MPP count naturalisation' },
    prefilledFrom: 'Tabel 6 Instroom Naturalisatie verzoeken (L638-640); 2029: 2028 doorgetrokken',
    limits: COUNT,
    reaches: IND_OUT,
    format: COUNT_FORMAT,
    status: (ctx, y) => publishedIn({ table: ctx.edition.bindings.mpp.table, row: ctx.edition.chain.indNaturalisationRow })(ctx, y),
    prefill: (ctx, i) => ctx.calibration.mpp.naturalisation[i]!,
  }),
  indPrice('asiel', 'indPriceAsiel', 'asylum', 'L1283'),
  indPrice('regulier', 'indPriceRegulier', 'regular', 'L1293'),
  indPrice('naturalisatie', 'indPriceNaturalisatie', 'naturalisation', 'L1301'),
  yearDriver({ ...indItem('ketenondersteuning', 'indKetenondersteuning', 'IND Ketenondersteuning (€)', 'IND chain support (€)'), prefilledFrom: 'Tabel 8 (L725); vanaf 2026 aangehouden' }),
  yearDriver({ ...indItem('lumpsum', 'indLumpsum', 'IND Lumpsum (€)', 'IND lump sum (€)'), prefilledFrom: 'Tabel 8 (L731); vanaf 2026 aangehouden (Tabel 15 L1078)' }),
  yearDriver({ ...indItem('specifiek', 'indSpecifiek', 'IND Specifiek (G&V, KV, WOO) (€)', 'IND specific items (€)'), prefilledFrom: 'Tabel 8 (L733); vanaf 2026 aangehouden' }),
  yearDriver({ ...indItem('oek', 'indOek', 'IND Werkzaamheden OEK (€)', 'IND OEK work (€)'), prefilledFrom: 'Tabel 8 (L735); vanaf 2026: 0 (verhoogd "in 2024 en 2025", L707-709)' }),
  yearDriver({ ...indItem('dwangsommen', 'indDwangsommen', 'IND Dwangsommen (€)', 'IND penalty payments (€)'), prefilledFrom: 'Tabel 8 (L737); vanaf 2026: 0 (Tabel 15 L1084)' }),
  yearDriver({ ...indItem('leges', 'indLeges', 'IND Leges, in mindering (€)', 'IND fees, deducted (€)'), prefilledFrom: 'Tabel 8 (L739); € 60 mln. vanaf 2025 (L1163, L1170-1171)' }),
  yearDriver({
    key: 'nidosGuidance',
    unit: 'eur',
    label: { nl: 'Nidos begeleidingskosten per AMV', en: 'Nidos guidance cost per minor' },
    prefilledFrom: 'Tabel 13 (L868); na 2025: 2025 aangehouden',
    limits: EUROS_UNIT,
    reaches: NIDOS_OUT,
    format: COUNT_FORMAT,
    status: firstYearOnly,
    prefill: (ctx, i) => ctx.calibration.nidos.unit.guidance[i]!,
  }),
  yearDriver({
    key: 'nidosCare',
    unit: 'eur',
    label: { nl: 'Nidos verzorgingskosten per AMV', en: 'Nidos care cost per minor' },
    prefilledFrom: 'Tabel 13 (L870); na 2025: 2025 aangehouden',
    limits: EUROS_UNIT,
    reaches: NIDOS_OUT,
    format: COUNT_FORMAT,
    status: firstYearOnly,
    prefill: (ctx, i) => ctx.calibration.nidos.unit.care[i]!,
  }),
  yearDriver({
    key: 'nidosIntake',
    unit: 'eur',
    label: { nl: 'Nidos instroomteam per AMV', en: 'Nidos intake team per minor' },
    prefilledFrom: 'Tabel 13 (L872); na 2025: 2025 aangehouden',
    limits: EUROS_UNIT,
    reaches: NIDOS_OUT,
    format: COUNT_FORMAT,
    status: firstYearOnly,
    prefill: (ctx, i) => ctx.calibration.nidos.unit.intake[i]!,
  }),
] as const;

/** Drivers with one value for the whole scenario. */
export const SINGLE_DRIVERS = [
  singleDriver({
    key: 'startOccupancy',
    unit: 'count',
    label: { nl: 'Gemiddelde bezetting COA in het jaar voor het eerste jaar (B startwaarde)', en: 'COA average occupancy the year before (start value)' },
    prefilledFrom: 'Tabel 6 Gemiddelde bezetting 2024 (L620)',
    limits: COUNT,
    reaches: FLOW_OUT,
    format: COUNT_FORMAT,
    status: () => 'gepubliceerd',
    prefill: (ctx) => ctx.calibration.mpp.occupancyBefore,
  }),
  singleDriver({
    key: 'cutApplied',
    unit: 'switch',
    label: { nl: 'Taakstelling Beperken asielinstroom toegepast (1 = ja, 0 = nee)', en: 'Cut "Beperken asielinstroom" applied (1 = yes, 0 = no)' },
    prefilledFrom: 'Tabel 1 (L222): aan',
    limits: { min: 0, max: 1, whole: true },
    reaches: ['budget', 'gap'],
    format: '0',
    status: () => 'gepubliceerd',
    prefill: () => 1,
  }),
  singleDriver({
    key: 'inflowFactor',
    unit: 'factor',
    label: { nl: 'Bandbreedte: factor op de asielinstroom (f_A)', en: 'Band: factor on asylum inflow (f_A)' },
    prefilledFrom: 'bandbreedte (aanname): laag 0,8, basis 1, hoog 1,2',
    limits: FACTOR,
    reaches: ['occupancy', 'stay', 'coaNeed', 'indNeed', 'nidosNeed', 'oda', 'gap'],
    format: '0.00',
    status: () => 'aanname',
    prefill: (ctx) => (ctx.preset === 'basis' ? 1 : ctx.edition.chain.bands[ctx.preset].inflow),
  }),
  singleDriver({
    key: 'outflowFactor',
    unit: 'factor',
    label: { nl: 'Bandbreedte: factor op de uitstroom (f_O)', en: 'Band: factor on outflow (f_O)' },
    prefilledFrom: 'bandbreedte (aanname): laag 1,1, basis 1, hoog 0,9',
    limits: FACTOR,
    reaches: FLOW_OUT,
    format: '0.00',
    status: () => 'aanname',
    prefill: (ctx) => (ctx.preset === 'basis' ? 1 : ctx.edition.chain.bands[ctx.preset].outflow),
  }),
] as const;

export type YearDriverKey = (typeof YEAR_DRIVERS)[number]['key'];

/** The cost-price driver of each IND product (declared above with indPrice). */
export const IND_PRICE_DRIVER = { asiel: 'indPriceAsiel', regulier: 'indPriceRegulier', naturalisatie: 'indPriceNaturalisatie' } as const satisfies Record<IndProduct, YearDriverKey>;
export type SingleDriverKey = (typeof SINGLE_DRIVERS)[number]['key'];
export type DriverKey = YearDriverKey | SingleDriverKey;
export type DriverDeclaration = YearDriverDeclaration<YearDriverKey> | SingleDriverDeclaration<SingleDriverKey>;

/** Both lists, in sheet order: per-year drivers first. */
export const DRIVERS: readonly DriverDeclaration[] = [...YEAR_DRIVERS, ...SINGLE_DRIVERS];

export const driverDeclaration = (key: DriverKey): DriverDeclaration => DRIVERS.find((d) => d.key === key)!;

export const prefillContext = (edition: Edition, preset: PresetName = 'basis', priceVariant: PriceVariant = edition.chain.priceVariant): PrefillContext => ({
  edition,
  calibration: calibrate(edition),
  preset,
  priceVariant,
});

/** Whether a value respects the driver's limits (the pane, the CLI and the read-back refuse the rest). */
export function withinDriverLimits(key: DriverKey, value: number): boolean {
  const { min, max, whole } = driverDeclaration(key).limits;
  return Number.isFinite(value) && value >= min && value <= max && (!whole || Number.isInteger(value));
}
