/**
 * The XMP packet of a demo photo: place names (photoshop:City/State/Country), rating, caption and
 * face regions in the Metadata Working Group shape that digiKam and Lightroom write.
 */
import { app1Segment } from './exif-writer.ts';

/** One face box, normalised 0..1 to the stored (unrotated) pixel grid; x/y are the box CENTRE (MWG). */
export interface FaceArea {
  /** Omitted (or null) for a face nobody has named yet. */
  name?: string | null;
  /** The MWG region type; 'Face' unless told (tests write 'Pet' to check the reader skips it). */
  type?: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface XmpFields {
  city?: string;
  state?: string;
  country?: string;
  /** 0..5 stars. */
  rating?: number;
  description?: string;
  /** Face regions and the pixel size of the grid they were measured on. */
  regions?: { width: number; height: number; faces: readonly FaceArea[] };
  /**
   * What the fields above cannot express, written as given: more namespaces (prefix → URI),
   * rdf:Description attributes and child elements. The demo never uses it; tests use it to hand
   * the reader other vendors' shapes (Lightroom's element form, Microsoft's MP:RegionInfo).
   */
  extra?: { namespaces?: Readonly<Record<string, string>>; attributes?: readonly string[]; body?: string };
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Four decimals is ~0.2 px on a 1600 px side: exact enough, and the packet stays small.
const num = (n: number): string => String(Math.round(n * 10000) / 10000);

function regionXml(r: NonNullable<XmpFields['regions']>): string {
  const items = r.faces.map((face) => {
    const name =
      face.name === undefined || face.name === null ? '' : ` mwg-rs:Name="${escapeXml(face.name)}"`;
    return [
      '     <rdf:li>',
      `      <rdf:Description${name} mwg-rs:Type="${escapeXml(face.type ?? 'Face')}">`,
      `       <mwg-rs:Area stArea:x="${num(face.x)}" stArea:y="${num(face.y)}" stArea:w="${num(face.w)}"` +
        ` stArea:h="${num(face.h)}" stArea:unit="normalized"/>`,
      '      </rdf:Description>',
      '     </rdf:li>',
    ].join('\n');
  });
  return [
    '   <mwg-rs:Regions rdf:parseType="Resource">',
    `    <mwg-rs:AppliedToDimensions stDim:w="${r.width}" stDim:h="${r.height}" stDim:unit="pixel"/>`,
    '    <mwg-rs:RegionList>',
    '     <rdf:Bag>',
    ...items,
    '     </rdf:Bag>',
    '    </mwg-rs:RegionList>',
    '   </mwg-rs:Regions>',
  ].join('\n');
}

/** The XMP packet text, with the xpacket wrapper that Adobe's toolkit writes. */
export function buildXmpPacket(f: XmpFields): string {
  const attrs: string[] = [];
  if (f.city) attrs.push(`photoshop:City="${escapeXml(f.city)}"`);
  if (f.state) attrs.push(`photoshop:State="${escapeXml(f.state)}"`);
  if (f.country) attrs.push(`photoshop:Country="${escapeXml(f.country)}"`);
  if (f.rating !== undefined) attrs.push(`xmp:Rating="${f.rating}"`);
  const body: string[] = [];
  if (f.description) {
    body.push(
      '   <dc:description>',
      `    <rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(f.description)}</rdf:li></rdf:Alt>`,
      '   </dc:description>',
    );
  }
  if (f.regions && f.regions.faces.length > 0) body.push(regionXml(f.regions));
  if (f.extra?.body) body.push(f.extra.body);
  attrs.push(...(f.extra?.attributes ?? []));
  const namespaces = Object.entries(f.extra?.namespaces ?? {}).map(
    ([prefix, uri]) => `xmlns:${prefix}="${uri}"`,
  );
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="contact-sheet demo">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    '    xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"',
    '    xmlns:stDim="http://ns.adobe.com/xap/1.0/sType/Dimensions#"',
    '    xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#"',
    ...namespaces.map((n) => `    ${n}`),
    ...attrs.map((a) => `    ${a}`),
    '   >',
    ...body,
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** The APP1 segment carrying the packet (`http://ns.adobe.com/xap/1.0/\0` + UTF-8 text). */
export function buildXmpSegment(f: XmpFields): Buffer {
  const header = Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1');
  return app1Segment(Buffer.concat([header, Buffer.from(buildXmpPacket(f), 'utf8')]));
}
