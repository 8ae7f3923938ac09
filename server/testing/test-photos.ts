/**
 * Generated test photos for the indexer's tests: JPEGs carrying the EXIF and XMP a test needs,
 * made with sharp so every value is known exactly. Their XMP comes from the demo's writer
 * (`server/demo/xmp-writer.ts`); a test that hands the reader another vendor's shape writes it
 * as `extra`, declaring these namespaces.
 */
import sharp, { type WriteableMetadata } from 'sharp';

/** Namespaces the demo's packet does not declare, for the vendor properties tests write by hand. */
export const VENDOR_NAMESPACES: Readonly<Record<string, string>> = {
  MP: 'http://ns.microsoft.com/photo/1.2/',
  MPRI: 'http://ns.microsoft.com/photo/1.2/t/RegionInfo#',
  MPReg: 'http://ns.microsoft.com/photo/1.2/t/Region#',
  aux: 'http://ns.adobe.com/exif/1.0/aux/',
  exif: 'http://ns.adobe.com/exif/1.0/',
  GPano: 'http://ns.google.com/photos/1.0/panorama/',
};

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
