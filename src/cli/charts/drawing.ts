import { ChartPlan } from '../../workbook/plan';
import { NS } from './chart-xml';

const anchor = (col: number, row: number) =>
  `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;

/** A sheet's drawing part: one two-cell anchor per chart, each pointing at its chart part by relationship id. */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const frames = charts.map(
    (c, k) =>
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${anchor(c.anchor.col, c.anchor.row)}</xdr:from>` +
      `<xdr:to>${anchor(c.anchor.col + c.width, c.anchor.row + c.height)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="Chart ${k + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}">` +
      `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${k + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${frames.join('')}</xdr:wsDr>`;
}

export function relationshipsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${r.type}" Target="${r.target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}
