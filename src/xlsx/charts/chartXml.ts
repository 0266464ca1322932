import type { ChartModel, ChartSeries } from './chartData';
import { escapeXml as x, XML_HEADER } from './xml';

/**
 * A chart part (xl/charts/chartN.xml, DrawingML chart, ECMA-376 Part 1
 * §21.2) written by hand: ExcelJS 4.4 cannot write charts and no maintained
 * JavaScript library does. Element order follows the schema's sequences
 * (CT_LineSer, CT_BarSer, CT_CatAx, CT_ValAx): Excel refuses a part whose
 * children are out of order.
 */

const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' + 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Office's default series colours (accent 1–6), so a chart looks the same as one Excel draws. */
const COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const CAT_AX = 500000001;
const VAL_AX = 500000002;
const FONT = 'Calibri';

const richText = (text: string, size: number, bold: boolean): string =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/></a:defRPr></a:pPr>` +
  `<a:r><a:rPr lang="nl-NL" sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/></a:rPr><a:t>${x(text)}</a:t></a:r></a:p></c:rich></c:tx>`;

const title = (text: string, size: number, bold: boolean): string => `<c:title>${richText(text, size, bold)}<c:overlay val="0"/></c:title>`;

const strRef = (f: string, points: readonly string[]): string =>
  `<c:strRef><c:f>${x(f)}</c:f><c:strCache><c:ptCount val="${points.length}"/>` + points.map((p, i) => `<c:pt idx="${i}"><c:v>${x(p)}</c:v></c:pt>`).join('') + '</c:strCache></c:strRef>';

/** Empty cells have no <c:pt>: the cache says "no value", as Excel writes it. */
const numRef = (f: string, format: string, points: readonly (number | null)[]): string =>
  `<c:numRef><c:f>${x(f)}</c:f><c:numCache><c:formatCode>${x(format)}</c:formatCode><c:ptCount val="${points.length}"/>` +
  points.map((p, i) => (p === null ? '' : `<c:pt idx="${i}"><c:v>${String(p)}</c:v></c:pt>`)).join('') +
  '</c:numCache></c:numRef>';

function series(type: ChartModel['type'], s: ChartSeries, i: number): string {
  const colour = COLOURS[i % COLOURS.length]!;
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.nameRef, [s.name])}</c:tx>`;
  const data = `<c:cat>${strRef(s.categoriesRef, s.categories)}</c:cat><c:val>${numRef(s.valuesRef, s.format, s.values)}</c:val>`;
  if (type === 'line') {
    return (
      `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>` +
      `${data}<c:smooth val="0"/></c:ser>`
    );
  }
  return `<c:ser>${head}<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${data}</c:ser>`;
}

function plot(model: ChartModel): string {
  const ser = model.series.map((s, i) => series(model.type, s, i)).join('');
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  if (model.type === 'line') return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}<c:marker val="1"/>${axIds}</c:lineChart>`;
  const dir = model.type === 'barClustered' ? 'bar' : 'col';
  return `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}<c:gapWidth val="150"/>${axIds}</c:barChart>`;
}

const axisText = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="nl-NL"/></a:p></c:txPr>`;
const line = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';

/**
 * Built as arrays of parts, joined: the production minifier (terser, webpack 5) garbled the
 * same markup written as template literals concatenated around a conditional (the browser
 * download held `<c:axPos val="<c:title>`); tests/browser/xlsxDownload.test.ts parses the result.
 */
function axes(model: ChartModel): string {
  // Bars run left to right: categories on the left, values at the bottom.
  const horizontal = model.type === 'barClustered';
  const format = model.series[0]?.format ?? 'General';
  const cat = [
    '<c:catAx>',
    `<c:axId val="${CAT_AX}"/>`,
    '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>',
    horizontal ? '<c:axPos val="l"/>' : '<c:axPos val="b"/>',
    model.categoryAxisTitle ? title(model.categoryAxisTitle, 1000, false) : '',
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
    line,
    axisText,
    `<c:crossAx val="${VAL_AX}"/>`,
    '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>',
    '</c:catAx>',
  ];
  const val = [
    '<c:valAx>',
    `<c:axId val="${VAL_AX}"/>`,
    '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>',
    horizontal ? '<c:axPos val="b"/>' : '<c:axPos val="l"/>',
    '<c:majorGridlines>',
    line,
    '</c:majorGridlines>',
    model.valueAxisTitle ? title(model.valueAxisTitle, 1000, false) : '',
    `<c:numFmt formatCode="${x(format)}" sourceLinked="1"/>`,
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
    line,
    axisText,
    `<c:crossAx val="${CAT_AX}"/>`,
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/>',
    '</c:valAx>',
  ];
  return [...cat, ...val].join('');
}

/** The whole chart part for one chart. */
export function chartXml(model: ChartModel): string {
  return (
    XML_HEADER +
    `<c:chartSpace ${NS}><c:roundedCorners val="0"/>` +
    `<c:chart>${title(model.title, 1200, true)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot(model)}${axes(model)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${axisText}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>` +
    '</c:chartSpace>'
  );
}
