// Property-based: 10.000 generated calls per function, mixing valid and invalid cells and shapes.
// No exception escapes, every cell is a finite number or an Excel error with a message, and
// wherever the core computes a value from the same inputs, the function gives exactly that value.
// Run twice: as Excel desktop passes an empty cell (0) and as Excel on the web does (null), issue 10.
import fc from 'fast-check';
import { budgetLine, chain, coaBeds, coaCost, coaOccupancy, cut, cutOrganisation, DEFAULT_EDITION as E, euros, indCapacity, indCost, indPrice, indProduct, map, mppFigure, baseValue, nidosCost, odaFigure, type Result } from '../../src/core';
import * as f from '../../src/functions/functions';
import { isExcelError } from '../../src/functions/excelErrors';
import { OPTIONAL_BEFORE_EDITION, type FunctionId } from '../../src/functions/registry';
import { eachHost, onHost } from './support';

/** count: 0 is a value and an empty cell is 0; price, year, text: 0 and an empty cell mean "left out" (src/functions/cells/readers.ts). */
type Kind = 'count' | 'price' | 'text' | 'year';
type Core = (...values: never[]) => Result<number>;
interface Spec {
  readonly fn: (...args: unknown[][][]) => unknown[][];
  readonly kinds: readonly Kind[];
  readonly texts?: readonly string[];
  readonly core: Core;
}

const PRODUCTS = ['asiel', 'ASYLUM', ' regulier ', 'Regular', 'naturalisatie', 'naturalisation', 'visum'];
const withProduct = (p: string, g: (x: never) => Result<number>): Result<number> => chain(indProduct(p), (x) => g(x as never));

const SPECS: Record<FunctionId, Spec> = {
  IND_COST: { fn: f.indCost as Spec['fn'], kinds: ['text', 'count', 'year'], texts: PRODUCTS, core: ((p: string, q: number, y = 2025) => withProduct(p, (x) => indCost(E, x, q, y))) as Core },
  IND_PRICE: { fn: f.indPrice as Spec['fn'], kinds: ['text', 'year'], texts: PRODUCTS, core: ((p: string, y = 2025) => withProduct(p, (x) => map(indPrice(E, x, y), euros))) as Core },
  IND_CAPACITY: { fn: f.indCapacity as Spec['fn'], kinds: ['count', 'text', 'year'], texts: PRODUCTS, core: ((b: number, p: string, y = 2025) => withProduct(p, (x) => indCapacity(E, b, x, y))) as Core },
  COA_BEDS: { fn: f.coaBeds as Spec['fn'], kinds: ['count', 'count'], core: coaBeds as Core },
  COA_OCCUPANCY: { fn: f.coaOccupancy as Spec['fn'], kinds: ['count', 'count', 'count'], core: coaOccupancy as Core },
  COA_COST: { fn: f.coaCost as Spec['fn'], kinds: ['count', 'price'], core: ((b: number, p?: number) => coaCost(E, b, p)) as Core },
  NIDOS_COST: { fn: f.nidosCost as Spec['fn'], kinds: ['count', 'count', 'count', 'year'], core: ((a: number, b: number, c: number, y = 2025) => nidosCost(E, a, b, c, y)) as Core },
  MPP: {
    fn: f.mpp as Spec['fn'],
    kinds: ['text', 'year'],
    texts: ['coa_bezetting', 'Asielinstroom', 'asylum_inflow', 'terugkeer_gedwongen', 'bezetting'],
    core: ((i: string, y: number) => map(mppFigure(E, i, y), baseValue)) as Core,
  },
  BUDGET: { fn: f.budget as Spec['fn'], kinds: ['text', 'year'], texts: ['20.37.2.2.20', '20.37.2.1.20', 'COA', 'ind', 'Overige Subsidies', 'x'], core: ((l: string, y: number) => map(budgetLine(E, l, y), euros)) as Core },
  ODA: { fn: f.oda as Spec['fn'], kinds: ['text'], texts: ['COA', 'nidos', 'VWN', 'Totaal', 'legal aid', 'DJI'], core: ((i: string) => map(odaFigure(E, i), euros)) as Core },
  CUT: { fn: f.cut as Spec['fn'], kinds: ['year', 'text'], texts: ['IND', 'totaal', 'total', 'COA'], core: ((y: number, o?: string) => chain(cutOrganisation(o), (org) => cut(E, y, org))) as Core },
};

/** One shared megabyte (Excel holds 32.767 characters a cell; a paste or another add-in may hand more). */
const MEGABYTE = 'asiel '.repeat(Math.ceil(1_048_576 / 6)).slice(0, 1_048_576);
/** Names Object.prototype answers to: a plain-object lookup would find a function, not "unknown". */
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'prototype'];

const JUNK = fc.oneof(
  fc.constantFrom(null, undefined, '', '   ', true, false, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 1e20, -0),
  fc.constantFrom('1000', '1.000', '1,5', ' 42 ', '1e3', '-3', '€ 12', '2025'),
  fc.constantFrom(
    { code: '#DIV/0!', message: '' },
    { type: 'Error', errorType: 'NotAvailable', basicValue: '#N/A' },
    { entity: 1 },
    { type: 'Entity', text: 'COA', properties: {}, basicType: 'Error', basicValue: '#VALUE!' },
    { type: 'FormattedNumber', basicValue: 2025, numberFormat: '0' },
    { type: 'Double', basicValue: 0 },
    { type: 'String', basicValue: 'asiel' },
  ),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.string({ minLength: 200, maxLength: 5_000 }),
  fc.constantFrom(MEGABYTE, ` ${MEGABYTE}`, `asiel${' '.repeat(100_000)}x`),
  fc.double(),
);

const cellOf = (kind: Kind, texts: readonly string[]): fc.Arbitrary<unknown> => {
  const valid =
    kind === 'count' || kind === 'price'
      ? fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0, 1e9, 1e15))
      : kind === 'year'
        ? fc.oneof(fc.integer({ min: 2021, max: 2031 }), fc.constant(2025.5))
        : fc.oneof({ arbitrary: fc.constantFrom(...texts), weight: 5 }, { arbitrary: fc.constantFrom(...PROTOTYPE_KEYS), weight: 1 });
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: JUNK, weight: 1 });
};

/** Arguments as Excel passes them: each a 1x1, an r×c grid, a column or a row (sometimes a shorter one), optional ones sometimes left out. */
const argsFor = (id: FunctionId, spec: Spec) =>
  fc.record({ rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 3 }), mismatch: fc.boolean(), omit: fc.integer({ min: 0, max: OPTIONAL_BEFORE_EDITION[id] }) }).chain(({ rows, cols, mismatch, omit }) =>
    fc.tuple(
      ...spec.kinds.map((kind, k) => {
        const form = fc.constantFrom('single', 'grid', 'column', 'row');
        const grid = (r: number, cc: number) => fc.array(fc.array(cellOf(kind, spec.texts ?? []), { minLength: cc, maxLength: cc }), { minLength: r, maxLength: r });
        if (k >= spec.kinds.length - omit) return fc.constantFrom(null, undefined);
        const r = mismatch && k === 0 && rows > 1 ? rows - 1 : rows;
        return form.chain((f) => (f === 'single' ? grid(1, 1) : f === 'column' ? grid(r, 1) : f === 'row' ? grid(1, cols) : grid(r, cols)));
      }),
    ),
  );

const OUTSIDE = Symbol('outside');
/** The cell of an argument at (i, j) of the result, as Excel broadcasts (typed here from Excel's rule, not taken from the code). */
const at = (arg: unknown, i: number, j: number): unknown => {
  if (!Array.isArray(arg)) return null;
  const grid = arg as unknown[][];
  const rows = grid.length;
  const columns = grid[0]!.length;
  if ((rows > 1 && i >= rows) || (columns > 1 && j >= columns)) return OUTSIDE;
  return grid[rows === 1 ? 0 : i]![columns === 1 ? 0 : j];
};

const OMITTED = Symbol('omitted');
/** What the core is given for a cell, as the issue-10 rule says (typed here, not taken from the code): a data type by its
 * basicValue; an empty cell is 0 for a count; 0 or empty is "left out" for the rest. */
const meaning = (kind: Kind, cell: unknown): unknown => {
  let value = cell;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { type, basicType, basicValue } = value as { type?: unknown; basicType?: unknown; basicValue?: unknown };
    if (type !== 'Error' && basicType !== 'Error' && ['number', 'string', 'boolean'].includes(typeof basicValue)) value = basicValue;
  }
  const blank = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  if (kind === 'count') return blank ? 0 : value;
  return blank || value === 0 ? OMITTED : value;
};
/** Inputs the core can take as they are: typed numbers, text, whole years; or an omitted optional. */
const clean = (kind: Kind, value: unknown, optional: boolean): boolean => {
  if (value === OMITTED) return optional;
  if (kind === 'text') return typeof value === 'string' && value.trim() !== '';
  return typeof value === 'number' && Number.isFinite(value) && (kind !== 'year' || Number.isInteger(value));
};

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

eachHost((host) =>
  describe.each(Object.entries(SPECS) as [FunctionId, Spec][])('AENM.%s', (id, spec) => {
    it('never throws, never returns a non-finite number, and agrees with the core', () => {
      fc.assert(
        fc.property(argsFor(id, spec), (generated) => {
          const args = generated.map((arg) => onHost(host, arg));
          // Plain checks, not expect(): jest matchers per cell made 110.000 runs take minutes.
          const result = spec.fn(...(args as unknown[][][]));
          check(Array.isArray(result), 'result is not a 2-D array');
          result.forEach((row, i) =>
            row.forEach((cell, j) => {
              if (typeof cell === 'number') check(Number.isFinite(cell), `non-finite ${cell}`);
              else {
                check(isExcelError(cell), `neither number nor error: ${String(cell)}`);
                const e = cell as { code: string; message: string };
                check(e.code === '#VALUE!' || e.code === '#N/A', `code ${e.code}`);
                check(e.message.length > 10, 'no message');
                check(e.message.length < 2_000, `a ${e.message.length}-character message`);
                check(!/interne fout|internal error/.test(e.message), `internal error: ${e.message.slice(0, 200)}`);
              }
              const cells = args.map((arg) => at(arg, i, j));
              if (cells.includes(OUTSIDE)) {
                check(isExcelError(cell) && (cell as { code: string }).code === '#N/A', `past the end of a range but got ${String(cell)}`);
                return;
              }
              const inputs = cells.map((v, k) => meaning(spec.kinds[k]!, v));
              const optionalFrom = spec.kinds.length - OPTIONAL_BEFORE_EDITION[id];
              if (!inputs.every((v, k) => clean(spec.kinds[k]!, v, k >= optionalFrom))) return;
              const values = inputs.map((v) => (v === OMITTED ? undefined : typeof v === 'string' ? v.trim() : v));
              const expected = spec.core(...(values as never[]));
              if (expected.ok) check(cell === (expected.value === 0 ? 0 : expected.value), `got ${String(cell)}, core ${expected.value} for ${JSON.stringify(values)}`);
              else check(isExcelError(cell), `core refuses ${JSON.stringify(values)} but got ${String(cell)}`);
            }),
          );
        }),
        { numRuns: 10_000 },
      );
    });
  }),
);
