// Issue 13 item 2: years (2023–2030) and edition names belong to the edition data. A year or an
// edition id typed anywhere else in src/ is a fact declared twice, and silently wrong for the next
// edition; derive it from the edition instead. Comments are not looked at (they explain, they do not
// compute): the TypeScript scanner reads literals only, so a year in a string, a template, JSX text,
// a number or a regular expression counts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');

/** Edition data: the one place years and edition names are typed. */
const EDITION_DATA = [/^core\/editions\//];
/**
 * Files that are data of one edition outside its folder, each with its reason. The worked examples
 * are the newest edition's published figures with their table references (the help pages show them,
 * tests evaluate them on that edition; tests/functions/fixtureEdition.test.ts runs them on FX2030):
 * they change with the edition by design. Follow-up: keep them beside the edition's tables.
 */
const EDITION_EXAMPLES = [/^functions\/examples\.ts$/];

/**
 * Literals allowed outside the edition data, one line each with its reason: the literal in `file`
 * that contains `text`. An entry that matches nothing fails too, so the list cannot go stale.
 */
const CITATION = "a citation of the OB2025 source (its line numbers L…, as printed) in a static driver declaration; follow-up: carry prefilledFrom in the edition's chain settings";
const ALLOWED: readonly { readonly file: string; readonly text: string; readonly reason: string }[] = [
  { file: 'cli/workbook/readJsonFile.ts', text: '\\u2028-\\u202e', reason: 'Unicode code points (U+2028–U+202E), not years' },
  { file: 'cli/workbook/scenarioFile.ts', text: '{"asylumInflow": {"2026": "-10%"}}', reason: 'the file format in an error message: an example, true of any edition' },
  { file: 'cli/workbook/scenarioFile.ts', text: '{"2026": 90000}', reason: 'the file format in an error message: an example' },
  { file: 'cli/workbook/scenarioFile.ts', text: 'like "2026"', reason: 'the year format in an error message: an example' },
  { file: 'core/chain/driverDeclarations.ts', text: 'Asielinstroom (L607); 2029: 2028', reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: 'opvang (L615); 2029: 2028', reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: 'Visa (L632-636); 2029: 2028', reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: 'verzoeken (L638-640); 2029: 2028', reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: "'Tabel 8 (L725); vanaf 2026", reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: "'Tabel 8 (L731); vanaf 2026", reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: "'Tabel 8 (L733); vanaf 2026", reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: "'Tabel 8 (L735); vanaf 2026", reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: "'Tabel 8 (L737); vanaf 2026", reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: "'Tabel 8 (L739); € 60 mln. vanaf 2025", reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: "'Tabel 13 (L868); na 2025", reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: "'Tabel 13 (L870); na 2025", reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: "'Tabel 13 (L872); na 2025", reason: CITATION },
  { file: 'core/chain/driverDeclarations.ts', text: 'Gemiddelde bezetting 2024 (L620)', reason: CITATION },
  { file: 'core/sheets/bandSheet.ts', text: 'OB2025 kent geen bandbreedtes (L1136-1138)', reason: 'a finding about the OB2025 source, cited with its lines; follow-up: an edition note' },
  { file: 'core/sheets/cutsSheet.ts', text: 'terugval naar Rijksbegroting 2024', reason: 'the name of the earlier budget the source falls back on (OB2025 L1135-1139); follow-up: edition.chain' },
  { file: 'core/sheets/scenarioSheet.ts', text: 'terugval naar Rijksbegroting 2024', reason: 'the same name, on the scenario sheet' },
  { file: 'core/sheets/cutsSheet.ts', text: '"na 2027 nog circa 35% van het huidige aantal" (L1143-1144)', reason: 'a quotation of the source text, as printed' },
];

const YEAR_OR_EDITION = /(?<!\d)20(2[3-9]|30)(?!\d)|\bOB20\d\d\b|\bFX2030\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function literals(file: string, text = readFileSync(file, 'utf8')): { line: number; text: string }[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { line: number; text: string }[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isNumericLiteral(n) || ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n) || ts.isJsxText(n) || ts.isRegularExpressionLiteral(n)) {
      const t = n.getText(sf);
      if (YEAR_OR_EDITION.test(t)) out.push({ line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: t.replace(/\s+/g, ' ') });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('years and edition names live in the edition data', () => {
  const found = files(SRC).flatMap((file) => {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    if ([...EDITION_DATA, ...EDITION_EXAMPLES].some((r) => r.test(rel))) return [];
    return literals(file).map((l) => ({ file: rel, text: l.text, where: `src/${rel}:${l.line}` }));
  });
  const allows = (a: (typeof ALLOWED)[number], f: (typeof found)[number]): boolean => a.file === f.file && f.text.includes(a.text);

  it('finds none outside it, except the allow-list', () => {
    expect(found.filter((f) => !ALLOWED.some((a) => allows(a, f))).map((f) => `${f.where}  ${f.text.slice(0, 200)}`)).toEqual([]);
  });

  it('keeps no allow-list entry that no longer matches, and gives each a reason', () => {
    expect(ALLOWED.filter((a) => !found.some((f) => allows(a, f)) || a.reason.trim() === '').map((a) => `${a.file}: ${a.text}`)).toEqual([]);
  });

  it('would catch a year in a string, a number, a template and JSX text, and not in a comment', () => {
    const source = "// 2027 in a comment\nconst a = 'tot 2028';\nconst b = 2029;\nconst c = <p>OB2025</p>;\nconst d = `t/m ${a} 2030`;\n";
    expect(literals(path.join(__dirname, '__probe__.tsx'), source).map((l) => l.text)).toEqual(["'tot 2028'", '2029', 'OB2025', '} 2030`']);
  });
});
