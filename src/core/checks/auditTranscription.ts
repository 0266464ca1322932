import type { Edition } from '../edition/types';

/**
 * The transcription audit: compares every figure of an edition's tables with
 * the source text. Each row's non-null values must appear, in order, among the
 * numbers that end the source lines of its table; every number printed there
 * must be carried by some row; and every table the document prints ("Tabel N"
 * at the start of a line) must be carried or listed as not budget figures,
 * with the reason. Pure: the caller reads the source file.
 */
export interface SourceLayout {
  /** Source line ranges (1-based, inclusive) of each carried table, by table id. */
  readonly ranges: Readonly<Record<string, readonly [number, number]>>;
  /** Lines whose trailing number is no figure, with why. */
  readonly notAFigure: Readonly<Record<number, string>>;
  /** Tables of the document that are not carried, by number, with why. */
  readonly notCarried: Readonly<Record<number, string>>;
}

export interface AuditReport {
  /** Everything that does not match: an empty list means the audit proves the transcription. */
  readonly problems: readonly string[];
  /** What the audit did not compare automatically, and the tables it leaves out with their reason. */
  readonly notes: readonly string[];
  /** Tables printed in the source, by number. */
  readonly printedTables: readonly number[];
  /** Figures compared, cells of tables with a range. */
  readonly figures: number;
}

interface Token {
  readonly value: number;
  readonly line: number;
  readonly text: string;
}

// Figures are the run of numbers that ends a line, at most one per column;
// numbers inside labels ("Stand ... 2024", "1 Rekening courant", article "37") are not.
// A "‒" alone is a printed zero, "‒ 1.234" a negative; "8.2%" is printed with a point.
const NUMBER = String.raw`(?:‒\s?)?(?:\d+\.\d%|\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?|‒`;
const TRAILING = new RegExp(String.raw`(?:^|\s)((?:${NUMBER})(?:\s+(?:${NUMBER}))*)\s*$`);

function tokens(lines: readonly string[], from: number, to: number, columns: readonly string[], negatives: boolean): Token[] {
  const found: Token[] = [];
  for (let n = from; n <= to; n++) {
    const line = lines[n - 1] ?? '';
    if (/^\s*\d\s*$/.test(line)) continue; // a row number on its own line (Tabel 18 "5")
    const run = TRAILING.exec(line)?.[1];
    if (!run) continue;
    // Tabel 30 prints no negatives: there "‒ 15.000" is a zero and 15.000 in two columns.
    const parts = [...run.matchAll(new RegExp(NUMBER, 'g'))].flatMap((m) => (!negatives && /^‒\s?\d/.test(m[0]) ? ['‒', m[0].replace(/^‒\s?/, '')] : [m[0]]));
    if (parts.join(' ') === columns.join(' ')) continue; // the header of years
    for (const text of parts.slice(-columns.length)) {
      if (text === '‒') {
        found.push({ value: 0, line: n, text });
        continue;
      }
      const negative = text.startsWith('‒');
      const body = text.replace(/^‒\s?/, '');
      const percent = body.endsWith('%');
      const digits = /^\d+\.\d%$/.test(body) ? Number(body.slice(0, -1)) : Number(body.replace(/%$/, '').replace(/\./g, '').replace(',', '.'));
      found.push({ value: (negative ? -1 : 1) * (percent ? digits / 100 : digits), line: n, text });
    }
  }
  return found;
}

/** A share may be printed without its "%" (Tabel 19: "78"); anything else must match exactly. */
const close = (stored: number, printed: number, share: boolean) => Math.abs(stored - printed) < 1e-9 || (share && Math.abs(stored * 100 - printed) < 1e-9);

export function auditTranscription(edition: Edition, source: string, layout: SourceLayout): AuditReport {
  const lines = source.split('\n');
  const problems: string[] = [];
  const notes: string[] = [];
  let figures = 0;
  for (const table of edition.tables) {
    const range = layout.ranges[table.id];
    if (!range) {
      notes.push(`${table.id}: figures from running text, checked by hand (each row's label quotes its sentence)`);
      continue;
    }
    const all = tokens(lines, range[0], range[1], table.columns, table.id !== 'tabel30');
    const used = new Set<number>();
    for (const row of table.rows) {
      const cells = table.columns.flatMap((column, i) => {
        const value = row.values[i];
        return value === null || value === undefined ? [] : [{ value, share: (row.columnUnits?.[column] ?? row.unit ?? table.unit) === 'SHARE' }];
      });
      figures += cells.length;
      let at = -1;
      for (let i = 0; i + cells.length <= all.length && at < 0; i++) {
        if (cells.every((c, j) => !used.has(i + j) && close(c.value, all[i + j]!.value, c.share))) at = i;
      }
      if (at < 0) {
        problems.push(`${table.id}/${row.key}: ${cells.map((c) => c.value).join(' ')} not found in lines ${range[0]}–${range[1]}`);
        continue;
      }
      cells.forEach((_, j) => used.add(at + j));
    }
    const unused = all.filter((t, i) => !used.has(i) && !(t.line in layout.notAFigure));
    if (unused.length) problems.push(`${table.id}: printed but not carried: ${unused.map((t) => `${t.text} (line ${t.line})`).join(', ')}`);
  }
  // Every table the document prints is carried, or is listed with the reason it holds no budget figures.
  const printedTables = [...new Set(lines.flatMap((line) => /^\s*Tabel (\d+) \S/.exec(line)?.[1] ?? []).map(Number))].sort((a, b) => a - b);
  const carried = new Set(edition.tables.flatMap((t) => /^Tabel (\d+)$/.exec(t.label)?.[1] ?? []).map(Number));
  for (const number of printedTables) {
    const reason = layout.notCarried[number];
    if (carried.has(number) && reason) problems.push(`Tabel ${number} is carried and also listed as not carried`);
    else if (!carried.has(number) && !reason) problems.push(`Tabel ${number} is printed in the source but not carried, and no reason is given`);
    else if (reason) notes.push(`Tabel ${number} not carried: ${reason}`);
  }
  const highest = Math.max(0, ...printedTables);
  const skipped = Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !printedTables.includes(n));
  if (skipped.length) notes.push(`The source prints no ${skipped.map((n) => `Tabel ${n}`).join(', ')} (its numbering skips them)`);
  for (const number of Object.keys(layout.notCarried).map(Number)) {
    if (!printedTables.includes(number)) problems.push(`Tabel ${number} is listed as not carried but the source prints no such table`);
  }
  return { problems, notes, printedTables, figures };
}
