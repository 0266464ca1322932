/**
 * The shape of a published data edition (a draft budget, a Voorjaarsnota, ...).
 * An edition is data only: tables as printed, the bindings that tell the chain
 * model where its inputs are and its chain settings; its audit (the cross-table
 * checks and the contradictions the source is known to contain) sits beside it
 * ({@link EditionAudit}). Adding an edition must never need code.
 */

/** Units as printed in the source. Values are stored in the unit printed, never rescaled. */
export type Unit =
  | 'EUR_THOUSAND' // "bedragen x € 1.000"
  | 'EUR' // "bedragen * € 1", "x € 1"
  | 'EUR_MILLION' // "x € 1 mln."
  | 'COUNT' // persons, applications, beds
  | 'FTE'
  | 'SHARE' // a printed percentage, stored as a fraction: 41,5% -> 0.415
  | 'MONTHS';

/** One printed cell: a number, or null where the source prints nothing. */
export type Cell = number | null;

/** A term of a sum: a row key, or "-key" where the row is subtracted. */
export type Term = string;

export interface RowSpec {
  /** Stable key, unique inside its table (snake_case, Dutch). */
  readonly key: string;
  /** The row label exactly as printed (the PDF's ligature glyphs, U+0133 for "ij", and typos kept). */
  readonly label: string;
  /** One cell per column of the table. */
  readonly values: readonly Cell[];
  /** Only where a row's unit differs from the table's. */
  readonly unit?: Unit;
  /** Per-column unit overrides, where the source mixes units inside a row. */
  readonly columnUnits?: Readonly<Record<string, Unit>>;
  /** Budget number from Tabel 30, e.g. 20.37.2.2.20. */
  readonly budgetNumber?: string;
  /** A line of an earlier budget (JenV 6.37…, Tabel 30): the budget number it was converted into (20.37…). */
  readonly convertedInto?: string;
  /** Rows this row is printed as the total of; checked by the data check. */
  readonly sumOf?: readonly Term[];
  /** Columns where sumOf does not apply (e.g. rows printed only in some years). */
  readonly sumColumns?: readonly string[];
  /** Extra names a controller may use (English, short keys). */
  readonly aliases?: readonly string[];
  /**
   * One unit of the last printed digit, in the row's unit, where the stored
   * value does not show it: "€ 3,4 mld." stored as 3400 (x € 1 mln.) has step 100.
   * Used by the mutation run of the data check.
   */
  readonly printedStep?: number;
}

export interface TableSpec {
  /** Stable id, e.g. "tabel4" or "tekst-tabel15". */
  readonly id: string;
  /** How the source names it: "Tabel 4", "Tekst onder Tabel 15". */
  readonly label: string;
  /** The printed title. */
  readonly title: string;
  readonly unit: Unit;
  /** Column headers as printed: years, or "bedrag", "%". */
  readonly columns: readonly string[];
  readonly rows: readonly RowSpec[];
}

/** Points at one printed cell. */
export interface CellRef {
  readonly table: string;
  readonly row: string;
  readonly column: string;
  /**
   * Read the printed digits in this unit instead of the table's: only for a check
   * that looks past a unit defect the data check already reports (Tabel 19's
   * "x € 1 mln." header over figures in x € 1.000).
   */
  readonly readAs?: Unit;
}

/** Where a figure comes from: enough for a controller to find it in the PDF. */
export interface SourceRef {
  readonly edition: string;
  readonly document: string;
  readonly table: string;
  readonly row: string;
  readonly column: string;
  readonly unit: Unit;
}

export interface Figure {
  readonly value: number;
  readonly source: SourceRef;
}

/**
 * A relationship between printed cells, per column where `columns` is given.
 * `{col}` in a ref's column is replaced by each column; `{prev}` by the one before.
 * Kinds:
 *  - sum:   total = Σ terms (a term's sign from a leading "-")
 *  - equal: left = right (after converting units)
 *  - share: share = numerator / denominator, to the printed precision
 * Tolerances are absolute, in the unit of the total / left / share; default 0
 * (exact), which is right for figures printed in the unit they are summed in.
 */
export type CheckSpec =
  | {
      readonly id: string;
      readonly kind: 'sum';
      readonly title: string;
      /** A printed cell, or a constant such as 1 for shares that must add up to 100%. */
      readonly total: CellRef | number;
      readonly terms: readonly { readonly ref: CellRef; readonly sign: 1 | -1 }[];
      readonly columns?: readonly string[];
      readonly tolerance?: number;
    }
  | {
      readonly id: string;
      readonly kind: 'equal';
      readonly title: string;
      readonly left: CellRef;
      readonly right: CellRef;
      /** left = factor × right; -1 where one side prints a deduction as negative. */
      readonly factor?: number;
      readonly columns?: readonly string[];
      readonly tolerance?: number;
    }
  | {
      readonly id: string;
      readonly kind: 'share';
      readonly title: string;
      /** A printed percentage, or a constant for a regularity the figures follow. */
      readonly share: CellRef | number;
      readonly numerator: CellRef;
      readonly denominator: CellRef;
      readonly columns?: readonly string[];
      /** share = factor × numerator / denominator; e.g. 12 to turn a ratio per year into months. Default 1. */
      readonly factor?: number;
      /** Half a unit of the last printed digit of the share, as a fraction. */
      readonly tolerance: number;
    };

/**
 * A documented difference, so the check reports it and still passes:
 *  - bronverschil: the source contradicts itself where it claims equality
 *    (a total against its rows, a table against a table or its text);
 *  - informatief: a relationship the source does not claim, shown with its
 *    figures and why the difference is no contradiction.
 */
export interface Discrepancy {
  /** Id of the check, with the column: "tabel7:sum:totaal@bedrag". */
  readonly check: string;
  /** The difference found (found − expected), in the unit of the check, as documented. */
  readonly difference: number;
  /** Why it is a contradiction of the source (or, when informatief, why it is none). */
  readonly note: string;
  /** Default 'bronverschil'. */
  readonly verdict?: 'bronverschil' | 'informatief';
  /** Id of the finding (one source defect, or one unclaimed relationship) this cell belongs to. */
  readonly finding?: string;
}

/**
 * One source defect (or one informatief relationship), listed once with the
 * cells it affects: one wrong unit header is one finding of 18 cells. Dutch,
 * for the report a controller forwards.
 */
export interface Finding {
  readonly id: string;
  readonly verdict: 'bronverschil' | 'informatief';
  /** One line: what is wrong (or what is compared). */
  readonly title: string;
  /** The arithmetic and why it is (or is not) a contradiction. */
  readonly explanation: string;
  /** Source lines (1-based) where a reader finds the figures. */
  readonly lines: readonly number[];
}

/** Where the chain model finds its inputs. One binding per concept, per edition. */
export interface Bindings {
  /** IND integral cost price per product, € per application, per year. */
  readonly indPrice: Readonly<Record<IndProduct, { readonly table: string; readonly row: string }>>;
  /** IND turnover per product (pxq), per year. */
  readonly indTurnover: Readonly<Record<IndProduct, { readonly table: string; readonly row: string }>>;
  readonly indContribution: { readonly table: string; readonly row: string };
  readonly indFte: { readonly table: string; readonly row: string };
  readonly indCut: { readonly table: string; readonly row: string };
  readonly indAsylumApplications: { readonly table: string; readonly row: string; readonly column: string };
  readonly coaContribution: { readonly table: string; readonly row: string };
  readonly coaInflow: { readonly table: string; readonly row: string };
  readonly coaOutflow: { readonly table: string; readonly row: string };
  readonly coaOccupancy: { readonly table: string; readonly row: string };
  readonly coaStay: { readonly table: string; readonly row: string };
  readonly coaStayAfterPermit: { readonly table: string; readonly row: string };
  readonly asylumInflow: { readonly table: string; readonly row: string };
  readonly nidosContribution: { readonly table: string; readonly row: string };
  readonly nidosPupils: { readonly table: string; readonly row: string };
  readonly nidosInflow: { readonly table: string; readonly row: string };
  readonly nidosGuidanceCost: { readonly table: string; readonly row: string };
  readonly nidosCareCost: { readonly table: string; readonly row: string };
  readonly nidosIntakeCost: { readonly table: string; readonly row: string };
  readonly cut: { readonly table: string; readonly row: string };
  readonly budgetTotal: { readonly table: string; readonly row: string };
  readonly mutations: { readonly table: string };
  readonly budgetLines: {
    readonly table: string;
    /**
     * The years the lines sat on an earlier budget (JenV until 2024), where `table` prints 0: their
     * figures are those of the earlier line that was converted into them (a row with `convertedInto`)
     * in this conversion table, which also accepts the earlier budget numbers as keys.
     */
    readonly converted?: { readonly table: string; readonly columns: readonly string[] };
  };
  readonly mpp: { readonly table: string };
  readonly oda: {
    readonly table: string;
    readonly column: string;
    readonly total: string;
    /** ODA item -> the budget line it is a share of (none for JenV items such as Rechtsbijstand). */
    readonly contributionOf: Readonly<Record<string, string | null>>;
  };
}

import type { IndProduct } from './products';
export type { IndProduct };

export interface Edition {
  /** "OB2025" */
  readonly id: string;
  /** Human title, e.g. "Ontwerpbegroting 2025". */
  readonly name: string;
  /** Full citation for source lines on sheets. */
  readonly document: string;
  /** File in shared/sources this edition was typed from. */
  readonly sourceFile: string;
  /** The edition's first budget year: the default `year` of the functions. */
  readonly firstBudgetYear: number;
  /** The years a projection covers. */
  readonly projectionYears: readonly number[];
  readonly tables: readonly TableSpec[];
  readonly bindings: Bindings;
  /** How the chain model calibrates on this edition (src/core/chain). Data, not code: the next edition recalibrates here. */
  readonly chain: ChainSettings;
}

/**
 * What the data check (`npm run check-data`) knows of an edition beyond its figures: the declared
 * cross-table checks and the contradictions the source is known to contain. Kept apart from
 * {@link Edition} so that the custom functions and the pane, which never run the check, do not
 * load it: it is a third of the edition's code (issue 15: ≤ 30 KB gzipped before registration).
 */
export interface EditionAudit {
  readonly checks: readonly CheckSpec[];
  readonly discrepancies: readonly Discrepancy[];
  /** The discrepancies grouped: one entry per source defect or unclaimed relationship. */
  readonly findings?: readonly Finding[];
}

/** An edition with its audit: what the data check, the mutation run and the report take. */
export type AuditedEdition = Edition & EditionAudit;

/** A printed cell the chain model reads: table, row and (where fixed) column. */
export interface ChainRef {
  readonly table: string;
  readonly row: string;
  readonly column?: string;
}

/** The COA price per bed in the years the budget is not aligned to the MPP (chain-model.md §2.5). */
export type PriceVariant = 'A' | 'B' | 'C';

/**
 * The chain model's edition data (chain-model.md §2): which years the budget
 * follows the MPP, with the sentences that say so; the price variant; how
 * the IND's non-pxq items and the cut parts continue after the first year.
 */
export interface ChainSettings {
  /** Last year the budget follows the MPP for COA, IND and Nidos; calibration happens in firstBudgetYear..alignedThrough only. */
  readonly alignedThrough: number;
  /** Where the source says so, e.g. "L586-590". */
  readonly alignedCitations: readonly string[];
  /** The variant the basis uses (A: last aligned year's price). */
  readonly priceVariant: PriceVariant;
  /** Tabel 6 rows summed into the IND's regular MPP count. */
  readonly indRegularRows: readonly string[];
  readonly indNaturalisationRow: string;
  /** Tabel 8 pxq per product (first budget year). */
  readonly indPxq: Readonly<Record<IndProduct, ChainRef>>;
  /** Tabel 15 omzet (all years). */
  readonly indTurnover: ChainRef;
  /** IND items outside pxq and leges, with how each continues after the first year. */
  readonly indItems: readonly IndItemSetting[];
  /** The organisations' cut parts: tranche × (Tabel 4 stepFrom − Tabel 4 stepTo), per year. */
  readonly cutParts: {
    readonly stepFrom: number;
    readonly stepTo: number;
    readonly tranche: Readonly<Record<string, number>>;
  };
  /** The text's share "na 2027 nog circa 35%" (tekst bij Tabel 15–16). */
  readonly indShareText: ChainRef;
  /** Band factor defaults (assumptions: no source gives widths). */
  readonly bands: Readonly<Record<'laag' | 'hoog', { readonly inflow: number; readonly outflow: number }>>;
}

export interface IndItemSetting {
  readonly key: 'ketenondersteuning' | 'lumpsum' | 'specifiek' | 'oek' | 'dwangsommen' | 'leges';
  /** Tabel 8 row, first budget year. */
  readonly ref: ChainRef;
  /** After the first year: held at the first year's value, or 0. */
  readonly after: 'hold' | 'zero';
  /** Whether the later years are printed (leges: L1163) or an assumption. */
  readonly laterStatus: 'gepubliceerd' | 'aanname';
  readonly citation: string;
}
