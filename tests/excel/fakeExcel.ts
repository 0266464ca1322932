/**
 * A recording fake of the slice of the Excel API the adapter uses
 * (src/excel/excelLike.ts). Plain TypeScript without Node or Jest imports, so
 * browser tests can bundle it. It behaves like Office.js where it matters to
 * us: writes are queued and applied at context.sync(); collection items exist
 * only after load + sync. It counts syncs, records every queued write with its
 * JSON size, and keeps what was in the workbook before so a test can prove it
 * is untouched.
 *
 * It rejects what real Excel rejects (issue 10, "Make the stand-ins
 * stricter"), at sync time as Excel does; the rejected operation fails the
 * whole sync: the operations queued before it in the same request stay applied
 * (Office.js batches do not roll back), the ones after it and the batch's loads
 * are dropped, and context.sync() rejects with an OfficeExtension-like error
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * The rules, each with a test in fakeExcel.test.ts:
 *  - a 2-D array whose shape differs from its range's (InvalidArgument);
 *  - a sheet, table or defined name that exists (case-insensitive; tables and
 *    defined names share one namespace) or that Excel refuses (sheet: > 31
 *    characters, []:*?/\, leading/trailing apostrophe, blank; table/name:
 *    not letter/_/\ first, other characters, a cell reference like A1 or R1C1);
 *  - a table whose header row holds a blank, a duplicate (case-insensitive)
 *    or a formula (real Excel silently renames or converts them: "Column1",
 *    "Name2"; we want the adapter never to rely on that);
 *  - a formula that names a sheet unquoted although the name reads as a cell
 *    reference (Q3!A1, R1C1!A1), a boolean (TRUE!A1) or holds other characters;
 *  - a formula or number format that is not en-US (Range.formulas and
 *    Range.numberFormat are en-US; localized ones are formulasLocal and
 *    numberFormatLocal): ";" as argument separator, a decimal comma, Dutch
 *    function names, "#.##0" grouping, "0,00" decimals;
 *  - a request over 5 MB: the payload limit of Excel on the web
 *    (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 *    nothing of that request is applied.
 * A refresh clears a sheet in place (range.clear('All'), dataValidation.clear,
 * conditionalFormats.clearAll on getRange() without an address, table and chart
 * delete, unprotect, unfreeze, removePageBreaks) and may rename it (name set);
 * getUsedRange() loads values and address (the bounding box from A1's side).
 * `failAtSync: n` makes the n-th sync fail half-way (its first half of the
 * operations applied), to test what the adapter does after a failed write.
 */
export interface FakeOp {
  readonly kind:
    | 'addSheet'
    | 'formulas'
    | 'numberFormat'
    | 'font'
    | 'fill'
    | 'columnWidth'
    | 'addTable'
    | 'table'
    | 'addName'
    | 'addChart'
    | 'chart'
    | 'freeze'
    | 'read'
    | 'delete'
    | 'activate'
    | 'alignment'
    | 'locked'
    | 'dataValidation'
    | 'conditionalFormat'
    | 'protect'
    | 'print'
    | 'clear'
    | 'rename';
  readonly sheet: string;
  readonly address?: string;
  readonly payload: unknown;
  readonly bytes: number;
}

export interface FakeRequest {
  readonly ops: readonly FakeOp[];
  readonly bytes: number;
}

export interface FakeSheet {
  readonly name: string;
  readonly preExisting: boolean;
  readonly cells: Map<string, unknown>;
  readonly formats: Map<string, unknown>;
  readonly fonts: Map<string, Record<string, unknown>>;
  readonly fills: Map<string, string>;
  readonly columnWidths: Map<string, number>;
  readonly charts: { type: string; source: string; seriesBy: string; title?: string; from?: string; to?: string; categoryAxisTitle?: string; valueAxisTitle?: string }[];
  frozen?: string;
  /** horizontalAlignment and wrapText per cell. */
  readonly alignment: Map<string, { horizontalAlignment?: string; wrapText?: boolean }>;
  /** Cells whose format.protection.locked was set (Excel's default, not stored, is locked). */
  readonly locked: Map<string, boolean>;
  readonly validations: Map<string, { ignoreBlanks?: boolean; rule?: unknown; prompt?: { showPrompt: boolean; title: string; message: string }; errorAlert?: unknown }>;
  readonly conditionalFormats: { range: string; type: string; font?: string; fill?: string; rule?: { formula1: string; operator: string } }[];
  protected: boolean;
  /** worksheet.pageLayout as set (ExcelApi 1.9), and the page breaks added, by the cell they precede. */
  readonly print: Record<string, unknown>;
  readonly pageBreaks: string[];
}

export interface FakeSetup {
  readonly sheets?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly tables?: readonly { name: string; sheet: string; range: string }[];
  readonly names?: readonly { name: string; sheet: string; address: string }[];
  /** Highest ExcelApi version the fake host supports, e.g. '1.11' (default: what SharedRuntime 1.1 guarantees). */
  readonly supported?: string;
  /** The n-th context.sync() (1-based) fails after applying the first half of its operations. */
  readonly failAtSync?: number;
}

/** Excel on the web's payload limit per request (see the header). */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

/** The error context.sync() rejects with, shaped like OfficeExtension.Error (code + message). */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`fake: ${code}: ${message}`);
  }
}
const reject = (code: string, message: string): never => {
  throw new FakeExcelError(code, message);
};

// ---- The rules, written here independently of src/core/naming.ts so a mistake there shows. ----
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]\d*|[Cc]\d*)$/;
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'blank';
  if (name.length > 31) return 'longer than 31 characters';
  if (/[[\]:*?/\\]/.test(name)) return 'holds one of []:*?/\\';
  if (/^'|'$/.test(name)) return 'starts or ends with an apostrophe';
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name)) return 'holds half a surrogate pair';
  return undefined;
}
export function objectNameProblem(name: string): string | undefined {
  if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name)) return 'not a valid name';
  if (name.length > 255) return 'longer than 255 characters';
  if (CELL_LIKE.test(name)) return 'reads as a cell reference';
  return undefined;
}
/** Strips string literals ("a;b" is fine) from a formula. */
const code = (formula: string): string => formula.replace(/"(?:[^"]|"")*"/g, '""');
export function formulaProblem(formula: string): string | undefined {
  if (!formula.startsWith('=')) return undefined;
  const f = code(formula);
  if (f.includes(';')) return 'uses ";" (a localized argument separator)';
  if (/(?<![A-Za-z0-9_.])(SOM|ALS|AFRONDEN|GEMIDDELDE|AANTAL|ALS\.FOUT|VERT\.ZOEKEN|INDEX\.VERGELIJKEN)\(/i.test(f)) return 'uses a Dutch function name';
  // Outside any function call a comma is the union operator, never between two numbers: "=0,95*B3".
  let depth = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0 && /(?<![A-Za-z0-9_$.])\d+$/.test(f.slice(0, i)) && /^\d/.test(f.slice(i + 1))) return 'uses a decimal comma';
  }
  // Sheet names before "!": quoted, or a plain identifier that is neither a cell reference nor a boolean.
  for (const m of f.matchAll(/(?<![A-Za-z0-9_.'\]])([^\s'!=(),:+\-*/^&<>"[\]{}%]+)!/g)) {
    const name = m[1]!;
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || CELL_LIKE.test(name) || /^(true|false)$/i.test(name)) return `names sheet ${name} unquoted`;
  }
  return undefined;
}
export function numberFormatProblem(format: unknown): string | undefined {
  if (typeof format !== 'string') return 'not text';
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (/#\.##0/.test(bare)) return 'groups thousands with "." (nl-NL)';
  if (/0,0+(?![0#,])/.test(bare) && !bare.includes('.')) return 'uses a decimal comma (nl-NL)';
  return undefined;
}

const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const letters = (n: number): string => (n <= 0 ? '' : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
function cellsOf(address: string): { rows: number; columns: number; at: (r: number, c: number) => string } {
  const [a, b] = address.split(':');
  const parse = (x: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(x);
    if (!m) throw new Error(`fake: bad address ${address}`);
    return { c: col(m[1]!), r: Number(m[2]) };
  };
  const from = parse(a!);
  const to = b ? parse(b) : from;
  return { rows: to.r - from.r + 1, columns: to.c - from.c + 1, at: (r, c) => `${letters(from.c + c)}${from.r + r}` };
}

/** How Excel prints a sheet name before an address: quoted when it holds anything but letters, digits and _. */
const sheetPrefixOf = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`);

/** getRange() without an address. */
const WHOLE_SHEET = '(whole sheet)';

export function createFakeExcel(setup: FakeSetup = {}) {
  const sheets = new Map<string, FakeSheet>();
  const tables: { name: string; sheet: string; range: string; style?: string; showTotals?: boolean; preExisting: boolean }[] = [];
  const names: { name: string; sheet: string; address: string; comment?: string; preExisting: boolean }[] = [];
  const newSheet = (name: string, preExisting: boolean): FakeSheet => ({
    name,
    preExisting,
    cells: new Map(),
    formats: new Map(),
    fonts: new Map(),
    fills: new Map(),
    columnWidths: new Map(),
    charts: [],
    alignment: new Map(),
    locked: new Map(),
    validations: new Map(),
    conditionalFormats: [],
    protected: false,
    print: {},
    pageBreaks: [],
  });
  for (const [name, cells] of Object.entries(setup.sheets ?? {})) {
    const sheet = newSheet(name, true);
    for (const [a, v] of Object.entries(cells)) sheet.cells.set(a, v);
    sheets.set(name, sheet);
  }
  for (const t of setup.tables ?? []) tables.push({ ...t, preExisting: true });
  for (const n of setup.names ?? []) names.push({ ...n, preExisting: true });
  const supported = Number((setup.supported ?? '1.11').split('.')[1]);
  let activeSheet: string | undefined = [...sheets.keys()][0];

  const requests: FakeRequest[] = [];
  let pending: { op: FakeOp; apply: () => void }[] = [];
  /** Objects whose isNullObject was loaded: answered at the next sync. */
  const nullChecks: (() => void)[] = [];
  const loads: (() => void)[] = [];
  /** Ranges whose `values` were loaded: answered at the next sync, each a 'read' op sized by its answer. */
  const reads: { sheet: string; address: string | (() => string); answer: (values: unknown[][], address: string) => void }[] = [];
  let syncs = 0;
  const has = (list: { name: string }[], name: string) => list.some((x) => x.name.toLowerCase() === name.toLowerCase());
  const sheetNamed = (name: string): FakeSheet | undefined => [...sheets.values()].find((x) => x.name.toLowerCase() === name.toLowerCase());
  const queue = (kind: FakeOp['kind'], sheet: string, address: string | undefined, payload: unknown, apply: () => void): void => {
    pending.push({ op: { kind, sheet, ...(address ? { address } : {}), payload, bytes: JSON.stringify(payload ?? null).length }, apply });
  };
  /** Old name → new, after a rename: objects made before it keep working, as Office.js proxies do. */
  const aliases = new Map<string, string>();
  const current = (name: string): string => (aliases.has(name) ? current(aliases.get(name)!) : name);
  const sheetState = (name: string): FakeSheet => {
    const s = sheets.get(current(name));
    if (!s) throw new Error(`fake: ItemNotFound sheet ${name}`);
    return s;
  };

  function range(sheet: string, address: string) {
    const grid = (kind: 'formulas' | 'numberFormat', target: 'cells' | 'formats') => ({
      set(value: unknown[][]) {
        const shape = cellsOf(address);
        queue(kind, sheet, address, value, () => {
          if (!Array.isArray(value) || value.length !== shape.rows || value.some((row) => !Array.isArray(row) || row.length !== shape.columns))
            reject('InvalidArgument', `${kind} array of ${value.length}×${value[0]?.length ?? 0} does not match ${address} (${shape.rows}×${shape.columns})`);
          for (const row of value)
            for (const v of row) {
              const problem = kind === 'formulas' ? (typeof v === 'string' ? formulaProblem(v) : undefined) : numberFormatProblem(v);
              if (problem) reject('InvalidArgument', `${kind} ${JSON.stringify(v)} at ${sheet}!${address}: ${problem}`);
            }
          value.forEach((row, r) => row.forEach((v, c) => sheetState(sheet)[target].set(shape.at(r, c), v)));
        });
      },
    });
    const formulas = grid('formulas', 'cells');
    const numberFormat = grid('numberFormat', 'formats');
    const font = (prop: string) => ({
      set(v: unknown) {
        queue('font', sheet, address, { [prop]: v }, () => {
          const shape = cellsOf(address);
          for (let r = 0; r < shape.rows; r++)
            for (let c = 0; c < shape.columns; c++) {
              const a = shape.at(r, c);
              sheetState(sheet).fonts.set(a, { ...sheetState(sheet).fonts.get(a), [prop]: v });
            }
        });
      },
    });
    const fontObj = {};
    for (const p of ['name', 'bold', 'italic', 'size', 'color']) Object.defineProperty(fontObj, p, font(p));
    /** Applies `f` to every cell of the range at sync. */
    const each = (f: (sheet: FakeSheet, a: string) => void) => () => {
      const shape = cellsOf(address);
      for (let r = 0; r < shape.rows; r++) for (let c = 0; c < shape.columns; c++) f(sheetState(sheet), shape.at(r, c));
    };
    const needs = (minor: number, what: string): void => {
      if (supported < minor) throw new Error(`fake: ApiNotFound ${what} (ExcelApi 1.${minor})`);
    };
    const alignment = (prop: 'horizontalAlignment' | 'wrapText', allowed: readonly unknown[]) => ({
      set(v: unknown) {
        if (!allowed.includes(v)) throw new Error(`fake: InvalidArgument ${prop} ${String(v)}`);
        queue(
          'alignment',
          sheet,
          address,
          { [prop]: v },
          each((st, a) => st.alignment.set(a, { ...st.alignment.get(a), [prop]: v })),
        );
      },
      get(): never {
        throw new Error(`fake: PropertyNotLoaded ${prop}`);
      },
    });
    const formatObj = {};
    Object.defineProperty(formatObj, 'horizontalAlignment', alignment('horizontalAlignment', ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed']));
    Object.defineProperty(formatObj, 'wrapText', alignment('wrapText', [true, false]));
    // Excel's limits on a data validation message (Data > Data Validation > Input Message): title 32, message 255 characters.
    const checkMessage = (what: string, m: { title: string; message: string }): void => {
      if (m.title.length > 32 || m.message.length > 255) throw new Error(`fake: InvalidArgument ${what} title ${m.title.length} > 32 or message ${m.message.length} > 255 characters`);
    };
    const dataValidation = {
      set ignoreBlanks(ignoreBlanks: boolean) {
        needs(8, 'dataValidation');
        queue(
          'dataValidation',
          sheet,
          address,
          { ignoreBlanks },
          each((st, a) => st.validations.set(a, { ...st.validations.get(a), ignoreBlanks })),
        );
      },
      set rule(rule: Record<string, { operator: string; formula1: number; formula2?: number } | undefined>) {
        needs(8, 'dataValidation');
        const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
        if (kinds.length !== 1) throw new Error('fake: InvalidArgument a data validation rule has exactly one kind');
        const basic = rule[kinds[0]!]!;
        if (basic.operator === 'Between' && (basic.formula2 === undefined || basic.formula1 > basic.formula2)) throw new Error('fake: InvalidArgument Between needs formula1 <= formula2');
        queue(
          'dataValidation',
          sheet,
          address,
          { rule },
          each((st, a) => st.validations.set(a, { ...st.validations.get(a), rule })),
        );
      },
      set prompt(prompt: { showPrompt: boolean; title: string; message: string }) {
        needs(8, 'dataValidation');
        checkMessage('prompt', prompt);
        queue(
          'dataValidation',
          sheet,
          address,
          { prompt },
          each((st, a) => st.validations.set(a, { ...st.validations.get(a), prompt })),
        );
      },
      set errorAlert(errorAlert: { showAlert: boolean; style: string; title: string; message: string }) {
        needs(8, 'dataValidation');
        checkMessage('errorAlert', errorAlert);
        queue(
          'dataValidation',
          sheet,
          address,
          { errorAlert },
          each((st, a) => st.validations.set(a, { ...st.validations.get(a), errorAlert })),
        );
      },
    };
    const conditionalFormats = {
      add(type: string) {
        needs(6, 'conditionalFormats');
        if (type !== 'CellValue') throw new Error(`fake: conditional format type ${type} is not modelled`);
        const entry: FakeSheet['conditionalFormats'][number] = { range: address, type };
        queue('conditionalFormat', sheet, address, { type }, () => sheetState(sheet).conditionalFormats.push(entry));
        const colour = (prop: 'font' | 'fill') => ({
          set color(v: string) {
            queue('conditionalFormat', sheet, address, { [prop]: v }, () => void (entry[prop] = v));
          },
        });
        return {
          cellValue: {
            format: { font: colour('font'), fill: colour('fill') },
            set rule(rule: { formula1: string; operator: string }) {
              if (typeof rule.formula1 !== 'string') throw new Error('fake: InvalidArgument formula1 is a string');
              queue('conditionalFormat', sheet, address, { rule }, () => void (entry.rule = rule));
            },
          },
        };
      },
    };
    let loadedValues: unknown[][] | undefined;
    const whole = address === WHOLE_SHEET;
    const wholeOnly = (what: string): void => {
      if (!whole) throw new Error(`fake: ${what} is modelled on getRange() (the whole sheet) only`);
    };
    Object.assign(dataValidation, {
      clear() {
        needs(8, 'dataValidation');
        wholeOnly('dataValidation.clear');
        queue('clear', sheet, undefined, { dataValidation: true }, () => sheetState(sheet).validations.clear());
      },
    });
    Object.assign(conditionalFormats, {
      clearAll() {
        needs(6, 'conditionalFormats');
        wholeOnly('conditionalFormats.clearAll');
        queue('clear', sheet, undefined, { conditionalFormats: true }, () => void sheetState(sheet).conditionalFormats.splice(0));
      },
    });
    return {
      address,
      sheetName: sheet,
      clear(applyTo: string) {
        wholeOnly('clear');
        if (applyTo !== 'All') throw new Error(`fake: clear(${applyTo}) is not modelled`);
        queue('clear', sheet, undefined, { clear: applyTo }, () => {
          const st = sheetState(sheet);
          for (const m of [st.cells, st.formats, st.fonts, st.fills, st.alignment, st.locked]) m.clear();
          // Clear All takes conditional formats with the formats; data validation stays (Excel's own behaviour).
          st.conditionalFormats.splice(0);
        });
      },
      /**
       * Like Office.js: `values` exist only after load('values') and sync; a
       * blank cell reads as "". The fake evaluates no formulas, so a formula
       * cell reads as an error text, as Excel shows an unresolvable one.
       */
      load(props: string) {
        if (!/(^|,)\s*values\s*(,|$)/.test(props)) throw new Error(`fake: load("${props}") on a range is not supported (only values)`);
        reads.push({ sheet, address, answer: (v) => void (loadedValues = v) });
      },
      get values(): unknown[][] {
        if (!loadedValues) throw new Error('fake: PropertyNotLoaded values (call load and sync first)');
        return loadedValues;
      },
      set formulas(v: unknown[][]) {
        formulas.set(v);
      },
      get formulas(): unknown[][] {
        throw new Error('fake: PropertyNotLoaded formulas');
      },
      set numberFormat(v: unknown[][]) {
        numberFormat.set(v);
      },
      get numberFormat(): unknown[][] {
        throw new Error('fake: PropertyNotLoaded numberFormat');
      },
      dataValidation,
      conditionalFormats,
      format: Object.defineProperties(
        formatObj,
        Object.getOwnPropertyDescriptors({
          protection: {
            set locked(v: boolean) {
              needs(2, 'format.protection');
              queue(
                'locked',
                sheet,
                address,
                { locked: v },
                each((st, a) => st.locked.set(a, v)),
              );
            },
            get locked(): boolean {
              throw new Error('fake: PropertyNotLoaded locked');
            },
          },
          set columnWidth(w: number) {
            queue('columnWidth', sheet, address, w, () => sheetState(sheet).columnWidths.set(address.split(':')[0]!, w));
          },
          get columnWidth(): number {
            throw new Error('fake: PropertyNotLoaded columnWidth');
          },
          font: fontObj as { bold: boolean; italic: boolean; size: number; color: string },
          fill: {
            set color(v: string) {
              queue('fill', sheet, address, v, () => {
                const s = cellsOf(address);
                for (let r = 0; r < s.rows; r++) for (let c = 0; c < s.columns; c++) sheetState(sheet).fills.set(s.at(r, c), v);
              });
            },
            get color(): string {
              throw new Error('fake: PropertyNotLoaded color');
            },
          },
        }),
      ),
    };
  }

  /**
   * Excel.PageLayout (ExcelApi 1.9), as strict as Excel where we rely on it:
   * a header or footer is at most 255 characters in all (Excel's limit), the
   * print area a plain range on this sheet, the title rows whole rows ("$9:$9"),
   * fit-to-pages counts whole numbers ≥ 0.
   */
  function pageLayout(name: string) {
    const set = (key: string, value: unknown, check?: () => void) => {
      if (supported < 9) throw new Error('fake: ApiNotFound pageLayout (ExcelApi 1.9)');
      check?.();
      queue('print', name, undefined, { [key]: value }, () => void (sheetState(name).print[key] = value));
    };
    const prop = (key: string, check?: (v: never) => void) => ({
      set: (v: never) => set(key, v, check ? () => check(v) : undefined),
      get: (): never => {
        throw new Error(`fake: PropertyNotLoaded ${key}`);
      },
      enumerable: true,
    });
    const layout = {
      setPrintArea: (a: string) =>
        set('printArea', a, () => {
          if (!/^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+$/.test(a)) throw new Error(`fake: InvalidArgument print area ${a}`);
        }),
      setPrintTitleRows: (a: string) =>
        set('printTitleRows', a, () => {
          if (!/^\$\d+:\$\d+$/.test(a)) throw new Error(`fake: InvalidArgument title rows ${a}`);
        }),
      headersFooters: { defaultForAllPages: {} },
    };
    const margin = (v: number) => {
      if (!(v >= 0)) throw new Error('fake: InvalidArgument margin');
    };
    Object.defineProperties(layout, {
      orientation: prop('orientation', (v: string) => {
        if (v !== 'Portrait' && v !== 'Landscape') throw new Error(`fake: InvalidArgument orientation ${v}`);
      }),
      paperSize: prop('paperSize'),
      zoom: prop('zoom', (v: { horizontalFitToPages?: number; verticalFitToPages?: number }) => {
        for (const n of [v.horizontalFitToPages, v.verticalFitToPages]) if (n !== undefined && !(Number.isInteger(n) && n >= 0)) throw new Error('fake: InvalidArgument zoom');
      }),
      leftMargin: prop('leftMargin', margin),
      rightMargin: prop('rightMargin', margin),
      topMargin: prop('topMargin', margin),
      bottomMargin: prop('bottomMargin', margin),
      headerMargin: prop('headerMargin', margin),
      footerMargin: prop('footerMargin', margin),
    });
    const sections = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];
    const values: Record<string, string> = {};
    for (const key of sections) {
      Object.defineProperty(layout.headersFooters.defaultForAllPages, key, {
        set: (v: string) =>
          set(key, v, () => {
            values[key] = v;
            const part = key.endsWith('Header') ? 'Header' : 'Footer';
            const total = sections.filter((k) => k.endsWith(part)).reduce((n, k) => n + (values[k]?.length ?? 0) + 2, 0);
            if (total > 255) throw new Error(`fake: InvalidArgument ${part.toLowerCase()} longer than 255 characters`);
          }),
        get: () => {
          throw new Error(`fake: PropertyNotLoaded ${key}`);
        },
        enumerable: true,
      });
    }
    return layout;
  }

  function worksheet(name: string) {
    return {
      activate() {
        queue('activate', name, undefined, { activate: name }, () => {
          sheetState(name);
          activeSheet = name;
        });
      },
      delete() {
        queue('delete', name, undefined, { delete: name }, () => {
          sheetState(name);
          if (sheets.size === 1) reject('InvalidOperation', 'a workbook must keep one sheet');
          sheets.delete(name);
          for (let i = tables.length - 1; i >= 0; i--) if (tables[i]!.sheet === name) tables.splice(i, 1);
          if (activeSheet === name) activeSheet = [...sheets.keys()][0];
        });
      },
      getRange: (address?: string) => range(name, address ?? WHOLE_SHEET),
      /** values and address, loaded together at the next sync: the rectangle from A1 to the last filled cell. */
      getUsedRange(valuesOnly?: boolean) {
        if (valuesOnly !== true) throw new Error('fake: getUsedRange is modelled with valuesOnly = true (the cells with values)');
        let loaded: { values: unknown[][]; address: string } | undefined;
        return {
          load(props: string) {
            if (!/values/.test(props)) throw new Error(`fake: load("${props}") on a used range: values (and address) only`);
            const usedAddress = (): string => {
              const cells = [...sheetState(name).cells.keys()].map((a) => /^([A-Z]+)(\d+)$/.exec(a)!);
              if (cells.length === 0) reject('ItemNotFound', `sheet ${name} is empty`);
              return `A1:${letters(Math.max(...cells.map((m) => col(m[1]!))))}${Math.max(...cells.map((m) => Number(m[2])))}`;
            };
            reads.push({ sheet: name, address: usedAddress, answer: (values, a) => void (loaded = { values, address: `${sheetPrefixOf(current(name))}${a}` }) });
          },
          get values(): unknown[][] {
            if (!loaded) throw new Error('fake: PropertyNotLoaded values');
            return loaded.values;
          },
          get address(): string {
            if (!loaded) throw new Error('fake: PropertyNotLoaded address');
            return loaded.address;
          },
        };
      },
      set name(v: string) {
        queue('rename', name, undefined, { name: v }, () => {
          const st = sheetState(name);
          const problem = sheetNameProblem(v);
          if (problem) reject('InvalidArgument', `sheet name ${JSON.stringify(v)}: ${problem}`);
          if (v.toLowerCase() !== st.name.toLowerCase() && sheetNamed(v)) reject('ItemAlreadyExists', `sheet ${v}`);
          sheets.delete(st.name);
          aliases.set(st.name, v);
          (st as { name: string }).name = v;
          sheets.set(v, st);
          for (const t of tables) if (current(t.sheet) === v) t.sheet = v;
          if (activeSheet && current(activeSheet) === v) activeSheet = v;
        });
      },
      get name(): string {
        return current(name);
      },
      tables: Object.assign(
        loadedList(() =>
          tables
            .filter((t) => current(t.sheet) === current(name))
            .map((t) => ({
              name: t.name,
              delete: () =>
                queue('delete', name, undefined, { deleteTable: t.name }, () => {
                  const i = tables.indexOf(t);
                  if (i < 0) reject('ItemNotFound', `table ${t.name}`);
                  tables.splice(i, 1);
                }),
            })),
        ),
        {
          add(address: string, hasHeaders: boolean) {
            const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
            const onSheet = address.includes('!') ? address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'") : undefined;
            const entry = { name: `Table${tables.length + 1}`, sheet: onSheet ?? '(active sheet)', range: local, preExisting: false };
            queue('addTable', name, local, { address, hasHeaders }, () => {
              if (onSheet === undefined || current(onSheet) !== current(name)) reject('InvalidArgument', `table address ${address} is not on sheet ${name}`);
              if (has(tables, entry.name)) reject('ItemAlreadyExists', `table name ${entry.name} exists`);
              if (hasHeaders) {
                const shape = cellsOf(local);
                const seen = new Set<string>();
                for (let c = 0; c < shape.columns; c++) {
                  const header = sheetState(name).cells.get(shape.at(0, c));
                  const text = header === undefined || header === null ? '' : String(header);
                  if (text.trim() === '') reject('InvalidArgument', `table ${address}: header ${shape.at(0, c)} is blank`);
                  if (text.startsWith('=')) reject('InvalidArgument', `table ${address}: header ${shape.at(0, c)} is a formula`);
                  if (seen.has(text.toLowerCase())) reject('InvalidArgument', `table ${address}: header "${text}" appears twice`);
                  seen.add(text.toLowerCase());
                }
              }
              tables.push(entry);
            });
            return {
              set name(v: string) {
                queue('table', name, local, { name: v }, () => {
                  const problem = objectNameProblem(v);
                  if (problem) reject('InvalidArgument', `table name ${v}: ${problem}`);
                  if (tables.some((t) => t !== entry && t.name.toLowerCase() === v.toLowerCase()) || has(names, v)) reject('InvalidArgument', `name ${v} exists`);
                  entry.name = v;
                });
              },
              get name(): string {
                return entry.name;
              },
              set style(v: string) {
                queue('table', name, local, { style: v }, () => void ((entry as { style?: string }).style = v));
              },
              get style(): string {
                throw new Error('fake: PropertyNotLoaded style');
              },
              set showTotals(v: boolean) {
                queue('table', name, local, { showTotals: v }, () => void ((entry as { showTotals?: boolean }).showTotals = v));
              },
              get showTotals(): boolean {
                throw new Error('fake: PropertyNotLoaded showTotals');
              },
            };
          },
        },
      ),
      charts: Object.assign(
        loadedList(() =>
          sheetState(name).charts.map((c) => ({
            name: c.title ?? '',
            delete: () =>
              queue('delete', name, undefined, { deleteChart: c.title }, () => {
                const list = sheetState(name).charts;
                if (!list.includes(c)) reject('ItemNotFound', `chart ${c.title}`);
                list.splice(list.indexOf(c), 1);
              }),
          })),
        ),
        {
          add(type: string, source: { address: string }, seriesBy: string) {
            const chart: FakeSheet['charts'][number] = { type, source: source.address, seriesBy };
            queue('addChart', name, source.address, { type, seriesBy }, () => sheetState(name).charts.push(chart));
            return {
              title: {
                set text(v: string) {
                  queue('chart', name, undefined, { title: v }, () => void (chart.title = v));
                },
                get text(): string {
                  throw new Error('fake: PropertyNotLoaded');
                },
              },
              setPosition(from: string, to?: string) {
                queue('chart', name, undefined, { from, to }, () => {
                  chart.from = from;
                  if (to) chart.to = to;
                });
              },
              axes: {
                categoryAxis: {
                  title: {
                    set text(v: string) {
                      queue('chart', name, undefined, { categoryAxisTitle: v }, () => void (chart.categoryAxisTitle = v));
                    },
                    get text(): string {
                      throw new Error('fake: PropertyNotLoaded');
                    },
                  },
                },
                valueAxis: {
                  title: {
                    set text(v: string) {
                      queue('chart', name, undefined, { valueAxisTitle: v }, () => void (chart.valueAxisTitle = v));
                    },
                    get text(): string {
                      throw new Error('fake: PropertyNotLoaded');
                    },
                  },
                },
              },
            };
          },
        },
      ),
      protection: {
        protect(...args: unknown[]) {
          if (supported < 2) throw new Error('fake: ApiNotFound protection (ExcelApi 1.2)');
          if (args.length > 0) throw new Error('fake: protect() is modelled without options or password');
          queue('protect', name, undefined, { protect: true }, () => void (sheetState(name).protected = true));
        },
        unprotect() {
          queue('protect', name, undefined, { protect: false }, () => void (sheetState(name).protected = false));
        },
      },
      pageLayout: pageLayout(name),
      horizontalPageBreaks: {
        add(at: string) {
          if (supported < 9) throw new Error('fake: ApiNotFound horizontalPageBreaks (ExcelApi 1.9)');
          if (!/^[A-Z]{1,3}\d+$/.test(at)) throw new Error(`fake: InvalidArgument page break range ${at}`);
          queue('print', name, at, { pageBreak: at }, () => void sheetState(name).pageBreaks.push(at));
        },
        removePageBreaks() {
          queue('print', name, undefined, { removePageBreaks: true }, () => void sheetState(name).pageBreaks.splice(0));
        },
      },
      freezePanes: {
        freezeAt(r: string) {
          if (supported < 7) throw new Error('fake: ApiNotFound freezePanes (ExcelApi 1.7)');
          queue('freeze', name, r, { freezeAt: r }, () => void (sheetState(name).frozen = r));
        },
        freezeRows(n: number) {
          if (supported < 7) throw new Error('fake: ApiNotFound freezePanes (ExcelApi 1.7)');
          queue('freeze', name, undefined, { freezeRows: n }, () => void (sheetState(name).frozen = `rows:${n}`));
        },
        unfreeze() {
          queue('freeze', name, undefined, { unfreeze: true }, () => void delete sheetState(name).frozen);
        },
      },
    };
  }

  /** A worksheet's tables or charts: items after load + sync. */
  function loadedList<T>(items: () => T[]) {
    let loaded: T[] | undefined;
    return {
      load(_props: string) {
        loads.push(() => void (loaded = items()));
      },
      get items(): T[] {
        if (!loaded) throw new Error('fake: PropertyNotLoaded items (call load and sync first)');
        return loaded;
      },
    };
  }

  const collection = <T>(items: () => T[]) => {
    let loaded: T[] | undefined;
    return {
      get items(): T[] {
        if (!loaded) throw new Error('fake: PropertyNotLoaded items (call load and sync first)');
        return loaded;
      },
      load(_props: string) {
        loads.push(() => void (loaded = items()));
      },
    };
  };

  const worksheetsCollection = Object.assign(
    collection(() => [...sheets.values()].map((s) => worksheet(s.name))),
    {
      add(name: string) {
        queue('addSheet', name, undefined, { name }, () => {
          const problem = sheetNameProblem(name);
          if (problem) reject('InvalidArgument', `sheet name ${JSON.stringify(name)}: ${problem}`);
          if (sheetNamed(name)) reject('ItemAlreadyExists', `sheet ${name}`);
          sheets.set(name, newSheet(name, false));
        });
        return worksheet(name);
      },
      getItem(name: string) {
        return worksheet(sheetNamed(current(name))?.name ?? name);
      },
      /** Like Office.js: isNullObject is known only after load + sync; the name matches case-insensitively. */
      getItemOrNullObject(name: string) {
        let known: boolean | undefined;
        const sheet = worksheet(sheetNamed(name)?.name ?? name);
        return Object.defineProperties(sheet, {
          load: { value: (_props: string) => void nullChecks.push(() => void (known = sheetNamed(name) === undefined)) },
          isNullObject: {
            get(): boolean {
              if (known === undefined) throw new Error('fake: PropertyNotLoaded isNullObject');
              return known;
            },
          },
        }) as typeof sheet & { load(p: string): void; readonly isNullObject: boolean };
      },
    },
  );
  const namesCollection = Object.assign(
    collection(() => names.map((n) => ({ name: n.name }))),
    {
      add(name: string, reference: { address: string }, comment?: string) {
        if (supported < 4) throw new Error('fake: ApiNotFound names.add (ExcelApi 1.4)');
        const sheet = (reference as { sheetName?: string }).sheetName ?? '';
        queue('addName', sheet, reference.address, { name, comment }, () => {
          const problem = objectNameProblem(name);
          if (problem) reject('InvalidArgument', `name ${name}: ${problem}`);
          if (has(names, name) || has(tables, name)) reject('ItemAlreadyExists', `name ${name}`);
          names.push({ name, sheet, address: reference.address, ...(comment ? { comment } : {}), preExisting: false });
        });
        return {};
      },
      getItemOrNullObject(name: string) {
        let known: boolean | undefined;
        return {
          load(_props: string) {
            nullChecks.push(() => void (known = !has(names, name)));
          },
          get isNullObject(): boolean {
            if (known === undefined) throw new Error('fake: PropertyNotLoaded isNullObject');
            return known;
          },
          delete() {
            queue('delete', '', undefined, { deleteName: name }, () => {
              const i = names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
              if (i < 0) reject('ItemNotFound', `name ${name}`);
              names.splice(i, 1);
            });
          },
        };
      },
    },
  );

  /**
   * What Excel answers for range.values: numbers and text as stored, "" for empty cells. The
   * fake does not calculate, so reading a formula's value throws rather than inventing one.
   */
  function valuesOf(sheet: string, address: string): unknown[][] {
    const shape = cellsOf(address);
    const cells = sheetState(sheet).cells;
    return Array.from({ length: shape.rows }, (_, r) =>
      Array.from({ length: shape.columns }, (_, c) => {
        const v = cells.get(shape.at(r, c));
        if (typeof v === 'string' && v.startsWith('=')) return '#N/A';
        return v ?? '';
      }),
    );
  }

  const context = {
    workbook: { worksheets: worksheetsCollection, tables: collection(() => tables.map((t) => ({ name: t.name }))), names: namesCollection },
    async sync(): Promise<void> {
      syncs++;
      const batch = pending;
      pending = [];
      const request = { ops: batch.map((b) => b.op), bytes: batch.reduce((n, b) => n + b.op.bytes, 0) };
      requests.push(request);
      const drop = (): void => {
        loads.splice(0);
        reads.splice(0);
        nullChecks.splice(0);
      };
      if (request.bytes > MAX_REQUEST_BYTES) {
        drop();
        reject('RequestPayloadSizeLimitExceeded', `request of ${request.bytes} bytes passes the 5 MB limit`);
      }
      const failAt = setup.failAtSync === syncs ? Math.floor(batch.length / 2) : -1;
      try {
        batch.forEach((b, i) => {
          if (i === failAt) reject('GeneralException', `sync ${syncs} failed (failAtSync)`);
          b.apply();
        });
        if (failAt >= 0 && batch.length === 0) reject('GeneralException', `sync ${syncs} failed (failAtSync)`);
      } catch (e) {
        drop();
        throw e;
      }
      for (const check of nullChecks.splice(0)) check();
      for (const load of loads.splice(0)) load();
      // Reads travel in the same request; their size is that of Excel's answer.
      for (const r of reads.splice(0)) {
        const address = typeof r.address === 'string' ? r.address : r.address();
        const values = valuesOf(r.sheet, address);
        r.answer(values, address);
        const bytes = JSON.stringify(values).length;
        request.ops.push({ kind: 'read', sheet: r.sheet, address, payload: null, bytes });
        request.bytes += bytes;
      }
    },
  };

  return {
    context,
    get syncs() {
      return syncs;
    },
    requests,
    tables,
    names,
    sheet: (name: string): FakeSheet | undefined => sheets.get(name),
    /** Tables of a sheet, by name. */
    tablesOf: (sheet: string): string[] => tables.filter((t) => t.sheet === sheet).map((t) => t.name),
    sheetNames: (): string[] => [...sheets.keys()],
    /** The sheet Worksheet.activate() last made active (the first sheet before that). */
    get activeSheet(): string | undefined {
      return activeSheet;
    },
    cell: (sheet: string, address: string): unknown => sheets.get(sheet)?.cells.get(address),
  };
}

export type FakeExcel = ReturnType<typeof createFakeExcel>;
