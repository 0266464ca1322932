/**
 * Compares every figure of the OB2025 edition with the source text: each
 * row's non-null values must appear, in order, as consecutive numbers inside
 * the source lines of its table, and every number printed in those lines must
 * be carried by some row. A developer tool (reads the source file with Node),
 * run with `npx tsx scripts/audit-transcription.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OB2025 } from '../src/core';

const SOURCE = join(__dirname, '..', '..', 'shared', 'sources', OB2025.sourceFile);
/** Source line ranges of each table (inclusive), as read from the source. */
const RANGES: Record<string, [number, number]> = {
  tabel1: [214, 234], tabel2: [285, 293], tabel4: [493, 551], tabel6: [603, 648], tabel7: [673, 685],
  tabel8: [717, 741], tabel9: [746, 752], tabel10: [798, 808], tabel11: [813, 820], tabel12: [859, 863],
  tabel13: [866, 872], tabel14: [1014, 1022], tabel15: [1047, 1115], tabel16: [1153, 1165], tabel17: [1183, 1193],
  tabel18: [1211, 1253], tabel19: [1267, 1303], tabel22: [1397, 1421], tabel23: [1460, 1468], tabel30: [3562, 3835],
};

interface Token { readonly value: number; readonly line: number; readonly text: string }

function tokens(lines: readonly string[], from: number, to: number, columns: readonly string[], negatives: boolean): Token[] {
  const width = columns.length;
  const found: Token[] = [];
  // Figures are the run of numbers that ends a line, at most one per column;
  // numbers inside labels ("Stand ... 2024", "1 Rekening courant", article "37") are not.
  // A "‒" alone is a printed zero, "‒ 1.234" a negative; "8.2%" is printed with a point.
  const number = String.raw`(?:‒\s?)?(?:\d+\.\d%|\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?|‒`;
  const trailing = new RegExp(String.raw`(?:^|\s)((?:${number})(?:\s+(?:${number}))*)\s*$`);
  for (let n = from; n <= to; n++) {
    const line = lines[n - 1] ?? '';
    if (/^\s*\d\s*$/.test(line)) continue; // a row number on its own line (Tabel 18 "5")
    const run = trailing.exec(line)?.[1];
    if (!run) continue;
    // Tabel 30 prints no negatives: there "‒ 15.000" is a zero and 15.000 in two columns.
    const parts = [...run.matchAll(new RegExp(number, 'g'))].flatMap((m) => (!negatives && /^‒\s?\d/.test(m[0]) ? ['‒', m[0].replace(/^‒\s?/, '')] : [m[0]]));
    if (parts.join(' ') === columns.join(' ')) continue; // the header of years
    for (const text of parts.slice(-width)) {
      if (text === '‒') { found.push({ value: 0, line: n, text }); continue; }
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
/** Printed marks that belong to no column: Tabel 15 "waarvan omzet overige departementen ‒". */
const NOT_A_FIGURE = new Set(['tabel15@1055']);

const lines = readFileSync(SOURCE, 'utf8').split('\n');
let problems = 0;
for (const table of OB2025.tables) {
  const range = RANGES[table.id];
  if (!range) { console.log(`${table.id}: text figures, not audited automatically`); continue; }
  const all = tokens(lines, range[0], range[1], table.columns, table.id !== 'tabel30');
  const used = new Set<number>();
  for (const row of table.rows) {
    const cells = table.columns.flatMap((column, i) => {
      const value = row.values[i];
      return value === null || value === undefined ? [] : [{ value, share: (row.columnUnits?.[column] ?? row.unit ?? table.unit) === 'SHARE' }];
    });
    const values = cells.map((c) => c.value);
    let at = -1;
    for (let i = 0; i + values.length <= all.length && at < 0; i++) {
      if (cells.every((c, j) => !used.has(i + j) && close(c.value, all[i + j]!.value, c.share))) at = i;
    }
    if (at < 0) { problems++; console.log(`${table.id}/${row.key}: ${values.join(' ')} NOT FOUND in lines ${range[0]}–${range[1]}`); continue; }
    values.forEach((_, j) => used.add(at + j));
  }
  const unused = all.filter((t, i) => !used.has(i) && !NOT_A_FIGURE.has(`${table.id}@${t.line}`));
  if (unused.length) { problems++; console.log(`${table.id}: printed but not carried: ${unused.map((t) => `${t.text}@${t.line}`).join(', ')}`); }
}
console.log(problems === 0 ? 'Every table figure found in the source, and every printed figure carried.' : `${problems} problem(s)`);
process.exitCode = problems === 0 ? 0 : 1;
