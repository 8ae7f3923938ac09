/**
 * Reads what the index keeps about one photo: pixel size, type, the contract's Exif fields, the
 * wall-clock time it was taken (and where its zone came from), the place, and named face regions.
 *
 * ExifTool is the reader of record for tags (exiftool-tags.ts): standard EXIF, maker notes, MWG
 * reconciliation of EXIF/IPTC/XMP, pre-EXIF blocks, HEIC, and RAW files read directly (their maker
 * notes are in the RAW, not in its embedded JPEG). sharp reads the header of the picture that is
 * shown: format, pixel size and the orientation its `.rotate()` applies, so sizes and face boxes
 * follow the thumbnails.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import {
  readGpsTimeZone,
  readPhotoDates,
  readPhotoZone,
  readPlace,
  readPosition,
  toContractExif,
  validOrientation,
} from './exif-fields.ts';
import { exifToolError, indexTags, readExifToolTags, type TagIndex } from './exiftool-tags.ts';
import { faceBoxesOf, regionXmpOf } from './face-regions.ts';
import type { PhotoMetadata } from './photo-metadata.ts';

const MIME_BY_FORMAT: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  tiff: 'image/tiff',
  avif: 'image/avif',
  heic: 'image/heic',
  jp2: 'image/jp2',
  jxl: 'image/jxl',
  svg: 'image/svg+xml',
};

const MIME_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.heic': 'image/heic',
  '.heif': 'image/heif',
  '.avif': 'image/avif',
};

export interface ReadPhotoOptions {
  /** The bytes sharp reads the header from when they differ from `file` (a RAW's embedded JPEG). */
  picture?: Buffer;
  /** An `.xmp` sidecar beside the file; its tags come before the file's (see TagSources). */
  sidecarPath?: string | null;
}

/**
 * Reads one photo; tags come from `file` on disk. Throws an Error saying why when the picture is
 * not an image sharp can open (empty, text, unknown format). A file whose header is fine but whose
 * tags or pixels are damaged still gives what could be read: only its thumbnail fails later.
 */
export async function readPhotoMetadata(
  file: string,
  options: ReadPhotoOptions = {},
): Promise<PhotoMetadata> {
  const picture = options.picture ?? file;
  const [header, fileTags, sidecarTags] = await Promise.all([
    readHeader(picture, file),
    readTags(file),
    options.sidecarPath ? readTags(options.sidecarPath) : Promise.resolve(null),
  ]);
  const sources = sidecarTags ? [sidecarTags, fileTags] : [fileTags];

  const orientation = validOrientation(header.orientation) ?? 1;
  const stored =
    header.width > 0 && header.height > 0 ? { width: header.width, height: header.height } : null;
  const swapped = stored && orientation >= 5 ? { width: stored.height, height: stored.width } : stored;
  const displayed = header.autoOrient?.width > 0 ? { ...header.autoOrient } : swapped;

  const dates = readPhotoDates(sources);
  const position = readPosition(sources);
  const gpsTimeZone = readGpsTimeZone(sources, position);
  const place = readPlace(sources, position);
  const zone = readPhotoZone(sources, dates, gpsTimeZone);
  const regions = regionXmpOf(sources);
  return {
    mimeType: mimeTypeOf(header, file),
    width: displayed?.width ?? null,
    height: displayed?.height ?? null,
    exif: toContractExif(sources, validOrientation(header.orientation), dates, position, place),
    localDatetime: zone.localDatetime,
    zoneSource: zone.zoneSource,
    gpsTimeZone,
    placeSource: place.placeSource,
    faces: stored && displayed && regions ? faceBoxesOf(regions, stored, displayed, orientation) : [],
  };
}

/**
 * The file's tags; none when ExifTool can't read them (a damaged block, a format it doesn't know):
 * the photo still has its pixels, and the index its file date.
 */
async function readTags(file: string): Promise<TagIndex> {
  try {
    const raw = await readExifToolTags(file);
    return indexTags(exifToolError(raw) === null ? raw : {});
  } catch {
    return indexTags({});
  }
}

async function readHeader(picture: string | Buffer, file: string): Promise<Metadata> {
  // The file's name only: the indexer reports failures with their path in the library, and an
  // absolute path would show the server's folders to whoever reads the report.
  const label = path.basename(file);
  if (typeof picture !== 'string' && picture.length === 0)
    throw new Error(`Cannot read ${label}: the file is empty`);
  try {
    return await sharp(picture, { failOn: 'none' }).metadata();
  } catch (error) {
    const size =
      typeof picture === 'string'
        ? await stat(picture).then(
            (s) => s.size,
            () => null,
          )
        : picture.length;
    const reason = size === 0 ? 'the file is empty' : `not a readable image (${(error as Error).message})`;
    throw new Error(`Cannot read ${label}: ${reason}`, { cause: error });
  }
}

function mimeTypeOf(header: Metadata, file: string): string {
  let format: string = header.format ?? '';
  if (format === 'heif') {
    // sharp says `heif` for both; the codec tells HEIC (Apple) from AVIF.
    format = header.compression === 'av1' ? 'avif' : 'heic';
  }
  const byFormat = MIME_BY_FORMAT[format];
  if (byFormat) return byFormat;
  return MIME_BY_EXTENSION[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
