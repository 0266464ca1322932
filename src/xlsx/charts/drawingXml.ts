import type { ChartModel } from './chartData';
import { escapeXml as x, XML_HEADER } from './xml';

/**
 * The drawing part (xl/drawings/drawingN.xml, SpreadsheetML drawing,
 * ECMA-376 Part 1 §20.5) that places a sheet's charts: one two-cell anchor
 * per chart, its graphic frame pointing at the chart part by relationship id.
 */
export interface AnchoredChart {
  readonly model: ChartModel;
  /** Relationship id in the drawing's .rels pointing at the chart part. */
  readonly rId: string;
}

const marker = (tag: 'from' | 'to', at: { col: number; row: number }): string => `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

export function drawingXml(charts: readonly AnchoredChart[]): string {
  const anchors = charts.map(
    ({ model, rId }, i) =>
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', model.from)}${marker('to', model.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Grafiek ${i + 1}" descr="${x(model.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${x(rId)}"/>` +
      '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
  );
  return (
    XML_HEADER +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors.join('')}</xdr:wsDr>`
  );
}

export const relationshipsXml = (rels: readonly { id: string; type: string; target: string }[]): string =>
  XML_HEADER + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels.map((r) => `<Relationship Id="${x(r.id)}" Type="${x(r.type)}" Target="${x(r.target)}"/>`).join('') + '</Relationships>';
