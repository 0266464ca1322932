/**
 * A recording fake of the slice of the Excel API the adapter uses
 * (src/excel/excelLike.ts). Plain TypeScript without Node or Jest imports, so
 * browser tests can bundle it. It behaves like Office.js where it matters to
 * us: writes are queued and applied at context.sync(); collection items exist
 * only after load + sync; adding an existing sheet, table or name fails the
 * sync; a 2-D array must match its range's size. It counts syncs, records
 * every queued write with its JSON size, and keeps what was in the workbook
 * before so a test can prove it is untouched.
 */
export interface FakeOp {
  readonly kind: 'addSheet' | 'formulas' | 'numberFormat' | 'font' | 'fill' | 'columnWidth' | 'addTable' | 'table' | 'addName' | 'addChart' | 'chart' | 'freeze' | 'print' | 'read';
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
  /** worksheet.pageLayout as set (ExcelApi 1.9), and the page breaks added, by the cell they precede. */
  readonly print: Record<string, unknown>;
  readonly pageBreaks: string[];
}

export interface FakeSetup {
  readonly sheets?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly tables?: readonly { name: string; sheet: string; range: string }[];
  readonly names?: readonly { name: string; sheet: string; address: string }[];
  /** Highest ExcelApi version the fake host supports, e.g. '1.11' (default: what SharedRuntime 1.1 guarantees) or '1.3'. */
  readonly supported?: string;
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

export function createFakeExcel(setup: FakeSetup = {}) {
  const sheets = new Map<string, FakeSheet>();
  const tables: { name: string; sheet: string; range: string; style?: string; showTotals?: boolean; preExisting: boolean }[] = [];
  const names: { name: string; sheet: string; address: string; comment?: string; preExisting: boolean }[] = [];
  const newSheet = (name: string, preExisting: boolean): FakeSheet => ({ name, preExisting, cells: new Map(), formats: new Map(), fonts: new Map(), fills: new Map(), columnWidths: new Map(), charts: [], print: {}, pageBreaks: [] });
  for (const [name, cells] of Object.entries(setup.sheets ?? {})) {
    const sheet = newSheet(name, true);
    for (const [a, v] of Object.entries(cells)) sheet.cells.set(a, v);
    sheets.set(name, sheet);
  }
  for (const t of setup.tables ?? []) tables.push({ ...t, preExisting: true });
  for (const n of setup.names ?? []) names.push({ ...n, preExisting: true });
  const supported = Number((setup.supported ?? '1.11').split('.')[1]);

  const requests: FakeRequest[] = [];
  let pending: { op: FakeOp; apply: () => void }[] = [];
  const loads: (() => void)[] = [];
  /** Ranges whose `values` were loaded: answered at the next sync, each a 'read' op sized by its answer. */
  const reads: { sheet: string; address: string; answer: (values: unknown[][]) => void }[] = [];
  let syncs = 0;
  const has = (list: { name: string }[], name: string) => list.some((x) => x.name.toLowerCase() === name.toLowerCase());
  const queue = (kind: FakeOp['kind'], sheet: string, address: string | undefined, payload: unknown, apply: () => void): void => {
    pending.push({ op: { kind, sheet, ...(address ? { address } : {}), payload, bytes: JSON.stringify(payload ?? null).length }, apply });
  };
  const sheetState = (name: string): FakeSheet => {
    const s = sheets.get(name);
    if (!s) throw new Error(`fake: ItemNotFound sheet ${name}`);
    return s;
  };

  function range(sheet: string, address: string) {
    const grid = (kind: 'formulas' | 'numberFormat', target: 'cells' | 'formats') => ({
      set(value: unknown[][]) {
        const shape = cellsOf(address);
        if (value.length !== shape.rows || value.some((row) => row.length !== shape.columns))
          throw new Error(`fake: InvalidArgument: ${kind} array does not match ${address}`);
        queue(kind, sheet, address, value, () => value.forEach((row, r) => row.forEach((v, c) => sheetState(sheet)[target].set(shape.at(r, c), v))));
      },
    });
    const formulas = grid('formulas', 'cells');
    const numberFormat = grid('numberFormat', 'formats');
    const font = (prop: string) => ({
      set(v: unknown) {
        queue('font', sheet, address, { [prop]: v }, () => {
          const shape = cellsOf(address);
          for (let r = 0; r < shape.rows; r++) for (let c = 0; c < shape.columns; c++) {
            const a = shape.at(r, c);
            sheetState(sheet).fonts.set(a, { ...sheetState(sheet).fonts.get(a), [prop]: v });
          }
        });
      },
    });
    const fontObj = {};
    for (const p of ['bold', 'italic', 'size', 'color']) Object.defineProperty(fontObj, p, font(p));
    let loadedValues: unknown[][] | undefined;
    return {
      address,
      sheetName: sheet,
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
      set formulas(v: unknown[][]) { formulas.set(v); },
      get formulas(): unknown[][] { throw new Error('fake: PropertyNotLoaded formulas'); },
      set numberFormat(v: unknown[][]) { numberFormat.set(v); },
      get numberFormat(): unknown[][] { throw new Error('fake: PropertyNotLoaded numberFormat'); },
      format: {
        set columnWidth(w: number) { queue('columnWidth', sheet, address, w, () => sheetState(sheet).columnWidths.set(address.split(':')[0]!, w)); },
        get columnWidth(): number { throw new Error('fake: PropertyNotLoaded columnWidth'); },
        font: fontObj as { bold: boolean; italic: boolean; size: number; color: string },
        fill: {
          set color(v: string) {
            queue('fill', sheet, address, v, () => { const s = cellsOf(address); for (let r = 0; r < s.rows; r++) for (let c = 0; c < s.columns; c++) sheetState(sheet).fills.set(s.at(r, c), v); });
          },
          get color(): string { throw new Error('fake: PropertyNotLoaded color'); },
        },
      },
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
      get: (): never => { throw new Error(`fake: PropertyNotLoaded ${key}`); },
      enumerable: true,
    });
    const layout = {
      setPrintArea: (a: string) => set('printArea', a, () => { if (!/^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+$/.test(a)) throw new Error(`fake: InvalidArgument print area ${a}`); }),
      setPrintTitleRows: (a: string) => set('printTitleRows', a, () => { if (!/^\$\d+:\$\d+$/.test(a)) throw new Error(`fake: InvalidArgument title rows ${a}`); }),
      headersFooters: { defaultForAllPages: {} },
    };
    const margin = (v: number) => { if (!(v >= 0)) throw new Error('fake: InvalidArgument margin'); };
    Object.defineProperties(layout, {
      orientation: prop('orientation', (v: string) => { if (v !== 'Portrait' && v !== 'Landscape') throw new Error(`fake: InvalidArgument orientation ${v}`); }),
      paperSize: prop('paperSize'),
      zoom: prop('zoom', (v: { horizontalFitToPages?: number; verticalFitToPages?: number }) => {
        for (const n of [v.horizontalFitToPages, v.verticalFitToPages]) if (n !== undefined && !(Number.isInteger(n) && n >= 0)) throw new Error('fake: InvalidArgument zoom');
      }),
      leftMargin: prop('leftMargin', margin), rightMargin: prop('rightMargin', margin), topMargin: prop('topMargin', margin),
      bottomMargin: prop('bottomMargin', margin), headerMargin: prop('headerMargin', margin), footerMargin: prop('footerMargin', margin),
    });
    const sections = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];
    const values: Record<string, string> = {};
    for (const key of sections) {
      Object.defineProperty(layout.headersFooters.defaultForAllPages, key, {
        set: (v: string) => set(key, v, () => {
          values[key] = v;
          const part = key.endsWith('Header') ? 'Header' : 'Footer';
          const total = sections.filter((k) => k.endsWith(part)).reduce((n, k) => n + (values[k]?.length ?? 0) + 2, 0);
          if (total > 255) throw new Error(`fake: InvalidArgument ${part.toLowerCase()} longer than 255 characters`);
        }),
        get: () => { throw new Error(`fake: PropertyNotLoaded ${key}`); },
        enumerable: true,
      });
    }
    return layout;
  }

  function worksheet(name: string) {
    return {
      name,
      getRange: (address: string) => range(name, address),
      tables: {
        add(address: string, hasHeaders: boolean) {
          const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
          const onSheet = address.includes('!') ? address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'") : undefined;
          const entry = { name: `Table${tables.length + 1}`, sheet: onSheet ?? '(active sheet)', range: local, preExisting: false };
          queue('addTable', name, local, { address, hasHeaders }, () => {
            if (onSheet !== name) throw new Error(`fake: table address ${address} is not on sheet ${name}`);
            if (has(tables, entry.name)) throw new Error(`fake: table name ${entry.name} exists`);
            tables.push(entry);
          });
          return {
            set name(v: string) { queue('table', name, local, { name: v }, () => { if (has(tables, v) || has(names, v)) throw new Error(`fake: InvalidArgument: name ${v} exists`); entry.name = v; }); },
            get name(): string { return entry.name; },
            set style(v: string) { queue('table', name, local, { style: v }, () => void ((entry as { style?: string }).style = v)); },
            get style(): string { throw new Error('fake: PropertyNotLoaded style'); },
            set showTotals(v: boolean) { queue('table', name, local, { showTotals: v }, () => void ((entry as { showTotals?: boolean }).showTotals = v)); },
            get showTotals(): boolean { throw new Error('fake: PropertyNotLoaded showTotals'); },
          };
        },
      },
      charts: {
        add(type: string, source: { address: string }, seriesBy: string) {
          const chart: FakeSheet['charts'][number] = { type, source: source.address, seriesBy };
          queue('addChart', name, source.address, { type, seriesBy }, () => sheetState(name).charts.push(chart));
          return {
            title: { set text(v: string) { queue('chart', name, undefined, { title: v }, () => void (chart.title = v)); }, get text(): string { throw new Error('fake: PropertyNotLoaded'); } },
            setPosition(from: string, to?: string) { queue('chart', name, undefined, { from, to }, () => { chart.from = from; if (to) chart.to = to; }); },
            axes: {
              categoryAxis: { title: { set text(v: string) { queue('chart', name, undefined, { categoryAxisTitle: v }, () => void (chart.categoryAxisTitle = v)); }, get text(): string { throw new Error('fake: PropertyNotLoaded'); } } },
              valueAxis: { title: { set text(v: string) { queue('chart', name, undefined, { valueAxisTitle: v }, () => void (chart.valueAxisTitle = v)); }, get text(): string { throw new Error('fake: PropertyNotLoaded'); } } },
            },
          };
        },
      },
      pageLayout: pageLayout(name),
      horizontalPageBreaks: {
        add(at: string) {
          if (supported < 9) throw new Error('fake: ApiNotFound horizontalPageBreaks (ExcelApi 1.9)');
          if (!/^[A-Z]{1,3}\d+$/.test(at)) throw new Error(`fake: InvalidArgument page break range ${at}`);
          queue('print', name, at, { pageBreak: at }, () => void sheetState(name).pageBreaks.push(at));
        },
      },
      freezePanes: {
        freezeAt(r: string) { if (supported < 7) throw new Error('fake: ApiNotFound freezePanes (ExcelApi 1.7)'); queue('freeze', name, r, { freezeAt: r }, () => void (sheetState(name).frozen = r)); },
        freezeRows(n: number) { if (supported < 7) throw new Error('fake: ApiNotFound freezePanes (ExcelApi 1.7)'); queue('freeze', name, undefined, { freezeRows: n }, () => void (sheetState(name).frozen = `rows:${n}`)); },
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

  const worksheetsCollection = Object.assign(collection(() => [...sheets.values()].map((s) => worksheet(s.name))), {
    add(name: string) {
      queue('addSheet', name, undefined, { name }, () => {
        if ([...sheets.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) throw new Error(`fake: ItemAlreadyExists sheet ${name}`);
        sheets.set(name, newSheet(name, false));
      });
      return worksheet(name);
    },
    getItemOrNullObject(name: string) {
      return sheets.has(name) ? worksheet(name) : { isNullObject: true };
    },
  });
  const namesCollection = Object.assign(collection(() => names.map((n) => ({ name: n.name }))), {
    add(name: string, reference: { address: string }, comment?: string) {
      if (supported < 4) throw new Error('fake: ApiNotFound names.add (ExcelApi 1.4)');
      const sheet = (reference as { sheetName?: string }).sheetName ?? '';
      queue('addName', sheet, reference.address, { name, comment }, () => {
        if (has(names, name) || has(tables, name)) throw new Error(`fake: ItemAlreadyExists name ${name}`);
        names.push({ name, sheet, address: reference.address, ...(comment ? { comment } : {}), preExisting: false });
      });
      return {};
    },
  });

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
      for (const b of batch) b.apply();
      for (const load of loads.splice(0)) load();
      // Reads travel in the same request; their size is that of Excel's answer.
      for (const r of reads.splice(0)) {
        const values = valuesOf(r.sheet, r.address);
        r.answer(values);
        const bytes = JSON.stringify(values).length;
        request.ops.push({ kind: 'read', sheet: r.sheet, address: r.address, payload: null, bytes });
        request.bytes += bytes;
      }
    },
  };

  return {
    context,
    get syncs() { return syncs; },
    requests,
    tables,
    names,
    isSetSupported: (set: string, version: string): boolean => set === 'ExcelApi' && Number(version.split('.')[1]) <= supported,
    sheet: (name: string): FakeSheet | undefined => sheets.get(name),
    sheetNames: (): string[] => [...sheets.keys()],
    cell: (sheet: string, address: string): unknown => sheets.get(sheet)?.cells.get(address),
  };
}

export type FakeExcel = ReturnType<typeof createFakeExcel>;
