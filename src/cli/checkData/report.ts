import type { CheckResult, Edition, FindingGroup } from '../../core';
import { dutchNumber, withUnit } from './dutchNumber';
import type { Summary } from './formatCheck';

/**
 * The report a controller can forward: the data check in Dutch. Page one: the
 * summary and every finding in one line (each source defect once, its source
 * lines, its number of cells); then per finding its arithmetic and cells; then
 * any failure of the check itself. Markdown or a self-contained HTML page (no
 * scripts, no external resources).
 */

/** At most this many cells of one finding are shown with their figures; the rest are named. */
const SHOWN_CELLS = 5;

interface CellLine {
  readonly what: string;
  readonly printed: string;
  readonly recomputed: string;
  readonly difference: string;
}

/** "Tabel 16 Omzet moederdepartement [2024]", or "Tekst: <the sentence> [2026]", for the printed figure a check result is about. */
function cellLabel(edition: Edition, result: CheckResult): string {
  const [tableId = '', row, column] = (result.cells[0] ?? '').split('/');
  const table = edition.tables.find((t) => t.id === tableId);
  const rowLabel = table?.rows.find((r) => r.key === row)?.label ?? row ?? result.title;
  const where = tableId.startsWith('tekst') ? 'Tekst:' : (table?.label ?? tableId);
  return `${where} ${rowLabel} [${column ?? result.column}]`;
}

function cellLine(edition: Edition, r: CheckResult): CellLine {
  const unit = r.unit === '%' || r.unit === '€' || r.unit === '' ? r.unit : '';
  const suffix = unit === '' && r.unit ? ` (${r.unit})` : '';
  const show = (value: number) => (unit ? withUnit(value, unit) : dutchNumber(value));
  return { what: cellLabel(edition, r), printed: show(r.expected), recomputed: show(r.found), difference: `${show(r.difference)}${suffix}` };
}

interface ReportModel {
  readonly title: string;
  readonly intro: readonly string[];
  readonly summary: string;
  readonly sections: readonly { heading: string; text: string; findings: readonly FindingGroup[] }[];
  readonly failures: readonly CheckResult[];
}

function model(edition: Edition, summary: Summary, groups: readonly FindingGroup[], results: readonly CheckResult[]): ReportModel {
  const n = (value: number, one: string, many: string) => `${dutchNumber(value)} ${value === 1 ? one : many}`;
  return {
    title: `Datacontrole ${edition.name}`,
    intro: [
      `Document: ${edition.document}. Regelnummers ("r.") verwijzen naar de tekstversie van het document (${edition.sourceFile}).`,
      'De controle telt elk afgedrukt totaal opnieuw op en legt elk verband tussen tabellen, en tussen een tabel en de tekst, opnieuw. ' +
        '"Afgedrukt" is het cijfer zoals het in het document staat, "herberekend" hetzelfde cijfer uit de andere cijfers.',
    ],
    summary:
      `${n(summary.total, 'controle', 'controles')}: ${dutchNumber(summary.ok)} klopt; ` +
      `${n(summary.defects, 'bronverschil', 'bronverschillen')} in ${n(summary.defectCells, 'cel', 'cellen')}; ` +
      `${n(summary.informative, 'informatieve vergelijking', 'informatieve vergelijkingen')} in ${n(summary.informativeCells, 'cel', 'cellen')}; ` +
      `${n(summary.fail, 'fout', 'fouten')}.`,
    sections: [
      {
        heading: 'Bronverschillen',
        text: 'Het document spreekt zichzelf tegen waar het gelijkheid claimt: een totaal tegenover zijn regels, een tabel tegenover een andere tabel of tegenover de tekst. Elk defect staat hier één keer, met de cellen die het raakt.',
        findings: groups.filter((g) => g.verdict === 'bronverschil'),
      },
      {
        heading: 'Informatief (geen tegenspraak)',
        text: 'Vergelijkingen die de begroting zelf niet maakt; ze staan hier met hun cijfers en de reden waarom het verschil geen fout van het document is.',
        findings: groups.filter((g) => g.verdict === 'informatief'),
      },
    ],
    failures: results.filter((r) => r.status === 'fail'),
  };
}

/** Source lines as printed in the report: consecutive lines as a range, "1129–1133, 607". */
export function lineList(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    parts.push(j > i ? `${lines[i]}–${lines[j]}` : String(lines[i]));
    i = j;
  }
  return parts.join(', ');
}

const CELL_HEADER = ['Cel', 'Afgedrukt', 'Herberekend', 'Verschil'] as const;
const OVERVIEW_HEADER = ['#', 'Wat', 'Regels (r.)', 'Cellen'] as const;

export function formatMarkdown(edition: Edition, summary: Summary, groups: readonly FindingGroup[], results: readonly CheckResult[]): string {
  const m = model(edition, summary, groups, results);
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const row = (cells: readonly string[]) => `| ${cells.map(escape).join(' | ')} |`;
  const out: string[] = [`# ${m.title}`, '', ...m.intro.flatMap((p) => [p, '']), `**Samenvatting:** ${m.summary}`, ''];
  // Page one: every finding in one line; the details follow.
  for (const section of m.sections) {
    if (!section.findings.length) continue;
    out.push(`## ${section.heading}: overzicht`, '', section.text, '', row(OVERVIEW_HEADER), row(OVERVIEW_HEADER.map(() => '---')));
    section.findings.forEach((g, i) => out.push(row([String(i + 1), g.title, lineList(g.lines), String(g.cells.length)])));
    out.push('');
  }
  for (const section of m.sections) {
    if (!section.findings.length) continue;
    out.push(`## ${section.heading}: toelichting`, '');
    section.findings.forEach((g, i) => {
      const lines = g.cells.map((c) => cellLine(edition, c));
      out.push(`### ${i + 1}. ${g.title}`, '');
      if (g.explanation) out.push(g.explanation, '');
      if (g.lines.length) out.push(`Bron: r. ${lineList(g.lines)}. ${g.cells.length === 1 ? '1 cel' : `${g.cells.length} cellen`}.`, '');
      out.push(row(CELL_HEADER), row(CELL_HEADER.map(() => '---')));
      for (const line of lines.slice(0, SHOWN_CELLS)) out.push(row([line.what, line.printed, line.recomputed, line.difference]));
      if (lines.length > SHOWN_CELLS)
        out.push(
          '',
          `En ${lines.length - SHOWN_CELLS} cellen meer met dezelfde oorzaak: ${lines
            .slice(SHOWN_CELLS)
            .map((l) => l.what)
            .join('; ')}.`,
        );
      out.push('');
    });
  }
  if (m.failures.length) {
    out.push('## Fouten van de controle', '', 'Verschillen die niet als bronverschil zijn vastgelegd, of die zijn veranderd: eerst uitzoeken, niet doorsturen.', '');
    out.push(row(CELL_HEADER), row(CELL_HEADER.map(() => '---')));
    for (const r of m.failures) {
      const line = cellLine(edition, r);
      out.push(row([`${line.what} (${r.id})`, line.printed, line.recomputed, line.difference]));
    }
    out.push('');
  }
  out.push('---', '', `Gemaakt met \`npm run check-data -- --format md\` (editie ${edition.id}); \`--json\` geeft dezelfde indeling voor verdere verwerking.`, '');
  return out.join('\n');
}

const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function formatHtml(edition: Edition, summary: Summary, groups: readonly FindingGroup[], results: readonly CheckResult[]): string {
  const m = model(edition, summary, groups, results);
  const table = (lines: readonly CellLine[], ids?: readonly string[]) =>
    `<table><thead><tr>${CELL_HEADER.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>` +
    lines.map((l, i) => `<tr><td>${html(l.what)}${ids ? ` (${html(ids[i]!)})` : ''}</td><td class="n">${html(l.printed)}</td><td class="n">${html(l.recomputed)}</td><td class="n">${html(l.difference)}</td></tr>`).join('') +
    '</tbody></table>';
  const body: string[] = [`<h1>${html(m.title)}</h1>`, ...m.intro.map((p) => `<p>${html(p)}</p>`), `<p><strong>Samenvatting:</strong> ${html(m.summary)}</p>`];
  for (const section of m.sections) {
    if (!section.findings.length) continue;
    body.push(`<h2>${html(section.heading)}: overzicht</h2>`, `<p>${html(section.text)}</p>`);
    body.push(
      `<table><thead><tr>${OVERVIEW_HEADER.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>` +
        section.findings.map((g, i) => `<tr><td class="n">${i + 1}</td><td>${html(g.title)}</td><td>${lineList(g.lines)}</td><td class="n">${g.cells.length}</td></tr>`).join('') +
        '</tbody></table>',
    );
  }
  let first = true;
  for (const section of m.sections) {
    if (!section.findings.length) continue;
    // Printed, page one is the overview; the details start on a new page.
    body.push(`<h2${first ? ' class="nieuwe-pagina"' : ''}>${html(section.heading)}: toelichting</h2>`);
    first = false;
    section.findings.forEach((g, i) => {
      const lines = g.cells.map((c) => cellLine(edition, c));
      body.push(`<h3>${i + 1}. ${html(g.title)}</h3>`);
      if (g.explanation) body.push(`<p>${html(g.explanation)}</p>`);
      if (g.lines.length) body.push(`<p class="bron">Bron: r. ${lineList(g.lines)}. ${g.cells.length === 1 ? '1 cel' : `${g.cells.length} cellen`}.</p>`);
      body.push(table(lines.slice(0, SHOWN_CELLS)));
      if (lines.length > SHOWN_CELLS)
        body.push(
          `<p>En ${lines.length - SHOWN_CELLS} cellen meer met dezelfde oorzaak: ${html(
            lines
              .slice(SHOWN_CELLS)
              .map((l) => l.what)
              .join('; '),
          )}.</p>`,
        );
    });
  }
  if (m.failures.length) {
    body.push('<h2>Fouten van de controle</h2>', '<p>Verschillen die niet als bronverschil zijn vastgelegd, of die zijn veranderd: eerst uitzoeken, niet doorsturen.</p>');
    body.push(
      table(
        m.failures.map((r) => cellLine(edition, r)),
        m.failures.map((r) => r.id),
      ),
    );
  }
  body.push(`<p class="bron">Gemaakt met <code>npm run check-data -- --format html</code> (editie ${html(edition.id)}).</p>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><title>' + html(m.title) + '</title>',
    '<style>body{font-family:Segoe UI,Arial,sans-serif;font-size:10pt;max-width:60em;margin:1em auto}h3{font-size:10.5pt;margin:1em 0 .2em}' +
      'p{margin:.2em 0}table{border-collapse:collapse;margin:.3em 0}th,td{border:1px solid #bbb;padding:1px 6px;text-align:left}td.n{text-align:right}.bron{color:#555}@page{margin:12mm}@media print{body{font-size:8pt;margin:0;max-width:none}.nieuwe-pagina{break-before:page}}</style>',
    '</head>',
    `<body>${body.join('\n')}</body>`,
    '</html>',
    '',
  ].join('\n');
}
