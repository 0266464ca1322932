import type JSZip from 'jszip';
import type { ChartModel } from './chartData';
import { chartXml } from './chartXml';
import { drawingXml, relationshipsXml } from './drawingXml';

/**
 * Puts native charts into the package ExcelJS wrote: ExcelJS 4.4 has no
 * chart support, so the chart and drawing parts are added afterwards, with
 * their relationships, content types and each sheet's <drawing r:id>
 * (ECMA-376 Part 1 §18.3.1.36). Everything else in the package is left as
 * ExcelJS wrote it.
 */
export interface SheetCharts {
  /** The sheet's name in the workbook, as written. */
  readonly sheetName: string;
  readonly charts: readonly ChartModel[];
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_DRAWING = `${REL}/drawing`;
const REL_CHART = `${REL}/chart`;
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name]!,
  );

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : undefined;
};

export async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`xlsx: ${path} missing from the package`);
  return file.async('string');
}

/** Sheet name → worksheet part path ("xl/worksheets/sheet3.xml"), from the workbook and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const target = attr(m[0], 'r:id');
    if (name !== undefined && target && targets.has(target)) parts.set(name, targets.get(target)!);
  }
  return parts;
}

const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
};

/** Adds one relationship to a part's .rels (creating it), returning the new id. */
async function addRelationship(zip: JSZip, part: string, type: string, target: string): Promise<string> {
  const path = relsPathOf(part);
  const existing = zip.file(path) ? await text(zip, path) : relationshipsXml([]);
  const used = new Set([...existing.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const relationship = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const updated = existing.includes('</Relationships>') ? existing.replace('</Relationships>', `${relationship}</Relationships>`) : existing.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${relationship}</Relationships>`);
  zip.file(path, updated);
  return id;
}

/** Elements CT_Worksheet allows after <drawing>, in schema order: <drawing> goes before the first present. */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

export function insertDrawingElement(sheetXml: string, rId: string): string {
  if (/<drawing\s/.test(sheetXml)) throw new Error('xlsx: the sheet already has a drawing');
  if (!/<worksheet\b[^>]*\sxmlns:r="/.test(sheetXml)) throw new Error('xlsx: the worksheet does not declare the relationships namespace');
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) throw new Error('xlsx: no </worksheet> in the sheet part');
  return `${sheetXml.slice(0, at)}<drawing r:id="${rId}"/>${sheetXml.slice(at)}`;
}

const nextFree = (zip: JSZip, prefix: string, suffix: string, from: number): number => {
  let n = from;
  while (zip.file(`${prefix}${n}${suffix}`)) n++;
  return n;
};

/** Adds the charts of each sheet to the opened package. */
export async function addCharts(zip: JSZip, sheets: readonly SheetCharts[]): Promise<void> {
  const wanted = sheets.filter((s) => s.charts.length > 0);
  if (wanted.length === 0) return;
  const parts = await sheetParts(zip);
  let contentTypes = await text(zip, '[Content_Types].xml');
  const overrides: string[] = [];
  let drawingNo = 1;
  let chartNo = 1;
  for (const sheet of wanted) {
    const part = parts.get(sheet.sheetName);
    if (!part) throw new Error(`xlsx: no sheet "${sheet.sheetName}" in the package`);
    drawingNo = nextFree(zip, 'xl/drawings/drawing', '.xml', drawingNo);
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const anchored = [];
    for (const model of sheet.charts) {
      chartNo = nextFree(zip, 'xl/charts/chart', '.xml', chartNo);
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      zip.file(chartPath, chartXml(model));
      overrides.push(`<Override PartName="/${chartPath}" ContentType="${CT_CHART}"/>`);
      const rId = await addRelationship(zip, drawingPath, REL_CHART, `../charts/chart${chartNo}.xml`);
      anchored.push({ model, rId });
    }
    zip.file(drawingPath, drawingXml(anchored));
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>`);
    const rId = await addRelationship(zip, part, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`);
    zip.file(part, insertDrawingElement(await text(zip, part), rId));
  }
  if (!contentTypes.includes('</Types>')) throw new Error('xlsx: [Content_Types].xml has no </Types>');
  contentTypes = contentTypes.replace('</Types>', `${overrides.join('')}</Types>`);
  zip.file('[Content_Types].xml', contentTypes);
}
