// Reads the charts of an .xlsx back by following the package's relationships
// (workbook → sheet → drawing → chart), with a real XML parser: what any
// second reader sees, independent of how src/xlsx/charts wrote them.
import JSZip from 'jszip';
import { descendants, parseXml, type XmlElement } from '../../manifest/xmlTree';

export interface ReadSeries {
  readonly nameRef: string;
  readonly categoriesRef: string;
  readonly valuesRef: string;
  readonly categories: string[];
  /** Cached values by point index (a missing point is null). */
  readonly values: (number | null)[];
}

export interface ReadChart {
  readonly sheetName: string;
  readonly part: string;
  /** "line", "col" (clustered columns) or "bar" (clustered bars). */
  readonly type: string;
  readonly title: string;
  readonly axisTitles: string[];
  readonly series: ReadSeries[];
  /** Zero-based anchor cells of the drawing. */
  readonly from: { col: number; row: number };
  readonly to: { col: number; row: number };
}

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

const all = (e: XmlElement, local: string): XmlElement[] => [...descendants(e)].filter((d) => d.local === local);
const first = (e: XmlElement, local: string): XmlElement | undefined => all(e, local)[0];
const child = (e: XmlElement, local: string): XmlElement | undefined => e.children.find((c) => c.local === local);
const texts = (e: XmlElement | undefined): string =>
  e
    ? all(e, 't')
        .map((t) => t.text)
        .join('')
    : '';

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

async function xml(zip: JSZip, path: string): Promise<XmlElement> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} missing`);
  return parseXml(await file.async('string'));
}

async function rels(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const slash = part.lastIndexOf('/');
  const path = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
  const map = new Map<string, { type: string; target: string }>();
  if (!zip.file(path)) return map;
  for (const r of (await xml(zip, path)).children) map.set(r.attributes.get('Id')!, { type: r.attributes.get('Type')!, target: resolve(part, r.attributes.get('Target')!) });
  return map;
}

const points = (cache: XmlElement | undefined): Map<number, string> => new Map((cache ? all(cache, 'pt') : []).map((pt) => [Number(pt.attributes.get('idx')), child(pt, 'v')?.text ?? '']));

function cacheList(ref: XmlElement | undefined): string[] {
  if (!ref) return [];
  const cache = first(ref, 'strCache') ?? first(ref, 'numCache');
  const count = Number(cache && child(cache, 'ptCount')?.attributes.get('val'));
  const pts = points(cache);
  return Array.from({ length: count || 0 }, (_, i) => pts.get(i) ?? '');
}

export async function readCharts(bytes: Uint8Array): Promise<ReadChart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookRels = await rels(zip, 'xl/workbook.xml');
  const contentTypes = await xml(zip, '[Content_Types].xml');
  const overrides = new Map(contentTypes.children.filter((c) => c.local === 'Override').map((o) => [o.attributes.get('PartName')!.slice(1), o.attributes.get('ContentType')!]));
  const charts: ReadChart[] = [];
  for (const sheet of all(await xml(zip, 'xl/workbook.xml'), 'sheet')) {
    const sheetName = sheet.attributes.get('name')!;
    const sheetPart = workbookRels.get(sheet.attributes.get(`{${REL_NS}}id`)!)!.target;
    const drawingRef = first(await xml(zip, sheetPart), 'drawing');
    if (!drawingRef) continue;
    const drawingPart = (await rels(zip, sheetPart)).get(drawingRef.attributes.get(`{${REL_NS}}id`)!)!.target;
    if (overrides.get(drawingPart) !== 'application/vnd.openxmlformats-officedocument.drawing+xml') throw new Error(`${drawingPart}: no drawing content type`);
    const drawingRels = await rels(zip, drawingPart);
    for (const anchor of (await xml(zip, drawingPart)).children) {
      const chartRef = all(anchor, 'chart').find((c) => c.uri === C_NS);
      if (!chartRef) continue;
      const chartPart = drawingRels.get(chartRef.attributes.get(`{${REL_NS}}id`)!)!.target;
      if (overrides.get(chartPart) !== 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml') throw new Error(`${chartPart}: no chart content type`);
      const chart = await xml(zip, chartPart);
      const plotArea = first(chart, 'plotArea')!;
      const group = plotArea.children.find((c) => c.local.endsWith('Chart'))!;
      const type = group.local === 'barChart' ? child(group, 'barDir')!.attributes.get('val')! : group.local.replace(/Chart$/, '');
      const marker = (tag: string) => {
        const m = child(anchor, tag)!;
        return { col: Number(child(m, 'col')!.text), row: Number(child(m, 'row')!.text) };
      };
      charts.push({
        sheetName,
        part: chartPart,
        type,
        title: texts(child(first(chart, 'chart')!, 'title')),
        axisTitles: [...all(plotArea, 'catAx'), ...all(plotArea, 'valAx')].map((ax) => texts(child(ax, 'title'))).filter((t) => t !== ''),
        from: marker('from'),
        to: marker('to'),
        series: all(group, 'ser').map((ser) => {
          const ref = (tag: string) => first(child(ser, tag)!, 'f')?.text ?? '';
          return {
            nameRef: ref('tx'),
            categoriesRef: ref('cat'),
            valuesRef: ref('val'),
            categories: cacheList(child(ser, 'cat')),
            values: cacheList(child(ser, 'val')).map((v) => (v === '' ? null : Number(v))),
          };
        }),
      });
    }
  }
  return charts;
}
