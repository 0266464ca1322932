import { DEFAULT_EDITION, EDITIONS } from '../../core';
import { EXAMPLES, formatNl, formulaEn, formulaNl, MORE_EXAMPLES, type FunctionExample } from '../examples';
import type { FunctionMetadata, FunctionsMetadata } from './metadata';

/**
 * Static help pages, one per function (help/<id>.html, the @helpurl target),
 * built from the generated metadata (descriptions from the JSDoc) and the
 * examples table, so the page cannot drift from either.
 */
export interface HelpPage {
  readonly file: string;
  readonly html: string;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const helpFileOf = (id: string): string => `${id.toLowerCase()}.html`;

const syntax = (f: FunctionMetadata): string => `=AENM.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join('; ')})`;

const exampleRows = (examples: readonly FunctionExample[]): string =>
  examples
    .map(
      (e) =>
        `<tr><td><code>${escape(formulaNl(e))}</code><br><small>Engelse Excel: <code>${escape(formulaEn(e))}</code></small></td>` +
        `<td class="result" data-example-result>${escape(formatNl(e.result, e.decimals))}</td><td>${escape(e.unit)}</td><td>${escape(e.source)}</td></tr>`,
    )
    .join('\n');

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45;color:#201f1e}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #c8c6c4;padding:.35rem .5rem;text-align:left;vertical-align:top}
td.result{text-align:right;white-space:nowrap}code{background:#f3f2f1;padding:0 .2rem}`;

// Help pages run no script at all; the inline <style> above is their only resource (tests/browser/offline.test.ts).
const CSP = "default-src 'self'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'";

const page = (title: string, body: string): string =>
  `<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>${escape(title)}</title>` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>\n<body>\n${body}\n</body>\n</html>\n`;

export function renderHelpPage(f: FunctionMetadata): HelpPage {
  const examples = [...EXAMPLES, ...MORE_EXAMPLES].filter((e) => e.id === f.id);
  const parameters = f.parameters.map((p) => `<tr><td><code>${escape(p.name)}</code>${p.optional ? ' (optioneel)' : ''}</td><td>${escape(p.description ?? '')}</td></tr>`).join('\n');
  const body = `<h1>AENM.${escape(f.name)}</h1>
<p>${escape(f.description ?? '')}</p>
<h2>Syntaxis</h2>
<p><code>${escape(syntax(f))}</code></p>
<h2>Argumenten</h2>
<table><tr><th>Argument</th><th>Betekenis, eenheid en toegestane waarden</th></tr>
${parameters}
</table>
<p>Elk argument mag één cel of een bereik zijn, zoals bij Excels eigen functies. Een bereik geeft een uitkomst van dezelfde grootte
(die overloopt in de cellen ernaast); één cel naast een bereik geldt voor elke cel van het bereik; een kolom tegen een rij
(bijv. regels onder elkaar, jaren naast elkaar) geeft een raster. Is een bereik korter dan de uitkomst, dan geven de cellen
voorbij het einde ervan <code>#N/B</code>, zoals <code>=A1:A3+B1:B2</code> in Excel.</p>
<h2>Voorbeeld${examples.length > 1 ? 'en' : ''}</h2>
<table><tr><th>Formule</th><th>Uitkomst</th><th>Eenheid</th><th>Bron (${escape(DEFAULT_EDITION.document)})</th></tr>
${exampleRows(examples)}
</table>
<h2>Editie</h2>
<p>Het laatste argument <code>[edition]</code> kiest de data-editie waaruit de cijfers komen. Leeg of 0 = de nieuwste editie
van de invoegtoepassing: <strong>${escape(DEFAULT_EDITION.id)}</strong> (${escape(DEFAULT_EDITION.name)}). Beschikbaar:
${EDITIONS.map((e) => `<code>${escape(e.id)}</code> (${escape(e.name)})`).join(', ')}. Een onbekende editie geeft <code>#N/B</code> met de edities die er zijn.</p>
<h2>Lege cellen en gegevenstypen</h2>
<p>Excel voor Windows en Mac geeft een lege cel als <code>0</code> aan een invoegtoepassing door, Excel op het web als leeg
(GitHub OfficeDev/office-js, issues #4702 en #5262; bij herhaalde argumenten #1951; de pagina's linken naar geen andere site). Daarom betekenen een lege cel en 0 in elke Excel hetzelfde:
bij een aantal of bedrag is het 0 (zoals in <code>=B1*2</code>); bij een jaar, prijs, organisatie, editie of tekst, waar 0 geen
betekenis heeft, geldt het argument als weggelaten: de standaardwaarde als het optioneel is, anders <code>#WAARDE!</code> ("ontbreekt").
Wat elk argument met 0 doet, staat hierboven bij het argument.</p>
<p>Een cel met een gegevenstype (een opgemaakt getal, een tekst- of getalwaarde van een gegevenstype) telt met haar
basiswaarde (<code>basicValue</code>). Een entiteit zoals Aandelen of Geografie heeft geen waarde om mee te rekenen en geeft
<code>#WAARDE!</code> met het soort gegevenstype; verwijs naar een veld ervan (<code>=A1.Prijs</code>).</p>
<h2>Fouten</h2>
<p><code>#WAARDE!</code> (<code>#VALUE!</code>): een cel bevat tekst waar een getal hoort (ook "1.000" of "1,5" als tekst: dat betekent in Nederlandse en Engelse Excel iets anders),
een negatief of onmogelijk groot getal, een logische waarde, een lege verplichte cel of een fout uit een andere cel.
<code>#N/B</code> (<code>#N/A</code>): een onbekend product, kengetal, begrotingsregel of jaar; de melding bij de cel noemt wat er wel is.
Alleen de foute cel krijgt de fout; de rest van het bereik rekent door.</p>
<p><a href="index.html">Alle AENM-functies</a></p>`;
  return { file: helpFileOf(f.id), html: page(`AENM.${f.name}`, body) };
}

export function renderHelpIndex(metadata: FunctionsMetadata): HelpPage {
  const items = metadata.functions.map((f) => `<li><a href="${helpFileOf(f.id)}"><code>AENM.${escape(f.name)}</code></a>: ${escape(f.description ?? '')}</li>`).join('\n');
  return { file: 'index.html', html: page('AENM-functies', `<h1>AENM-functies</h1>\n<ul>\n${items}\n</ul>`) };
}

export const renderHelpPages = (metadata: FunctionsMetadata): HelpPage[] => [...metadata.functions.map(renderHelpPage), renderHelpIndex(metadata)];
