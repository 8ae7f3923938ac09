/**
 * Generated test photos for the indexer's tests: JPEGs carrying the EXIF and XMP a test needs,
 * made with sharp so every value is known exactly.
 */
import sharp, { type WriteableMetadata } from 'sharp';

/** An XMP packet declaring the namespaces the tests use; `attributes` go on rdf:Description. */
export function xmpPacket(body: string, attributes = ''): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
  xmlns:stDim="http://ns.adobe.com/xap/1.0/sType/Dimensions#"
  xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#"
  xmlns:MP="http://ns.microsoft.com/photo/1.2/"
  xmlns:MPRI="http://ns.microsoft.com/photo/1.2/t/RegionInfo#"
  xmlns:MPReg="http://ns.microsoft.com/photo/1.2/t/Region#"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
  xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"
  xmlns:exif="http://ns.adobe.com/exif/1.0/"
  xmlns:GPano="http://ns.google.com/photos/1.0/panorama/" ${attributes}>
${body}
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
}

/** digiKam writes each region as an rdf:Description with attributes. */
export const mwgRegion = (name: string | null, x: number, y: number, w: number, h: number, type = 'Face') =>
  `<rdf:li><rdf:Description ${name === null ? '' : `mwg-rs:Name="${name}"`} mwg-rs:Type="${type}">
     <mwg-rs:Area stArea:x="${x}" stArea:y="${y}" stArea:w="${w}" stArea:h="${h}" stArea:unit="normalized"/>
   </rdf:Description></rdf:li>`;

/** An `mwg-rs:Regions` block for `xmpPacket`, with AppliedToDimensions. */
export const mwgRegions = (
  width: number,
  height: number,
  regions: string[],
) => `<mwg-rs:Regions rdf:parseType="Resource">
  <mwg-rs:AppliedToDimensions stDim:w="${width}" stDim:h="${height}" stDim:unit="pixel"/>
  <mwg-rs:RegionList><rdf:Bag>${regions.join('')}</rdf:Bag></mwg-rs:RegionList>
</mwg-rs:Regions>`;

/** A grey JPEG (400×300 unless told) with the given EXIF, orientation and XMP. */
export async function jpegWith(options: {
  width?: number;
  height?: number;
  xmp?: string;
  orientation?: number;
  exif?: WriteableMetadata['exif'];
}) {
  let image = sharp({
    create: { width: options.width ?? 400, height: options.height ?? 300, channels: 3, background: '#777' },
  }).jpeg();
  if (options.exif) image = image.withExif(options.exif);
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  if (options.xmp) image = image.withXmp(options.xmp);
  return image.toBuffer();
}
