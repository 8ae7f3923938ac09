/**
 * Reads what the index keeps about one photo from its bytes: pixel size, type, the contract's Exif
 * fields, the wall-clock time it was taken, and named face regions.
 *
 * sharp reads the header (format, size, orientation) and hands over the raw EXIF and XMP blocks
 * of every format it knows (JPEG, PNG, WebP, HEIF/AVIF, TIFF, GIF); exifr parses the two blocks
 * separately. Parsing them separately matters: in one exifr call the XMP `exif:`/`tiff:`
 * namespaces are merged into the EXIF/IFD0 objects, and which source wins a clash depends on the
 * file type. It also gives WebP and AVIF metadata, which exifr can't find on its own.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import * as exifrModule from 'exifr';
import sharp, { type Metadata } from 'sharp';
import { readPhotoDates, toContractExif, validOrientation, type Tags, type TiffTags } from './exif-fields.ts';
import { decodeXmpText, isRecord } from './exif-values.ts';
import { faceBoxesOf } from './face-regions.ts';
import type { PhotoMetadata } from './photo-metadata.ts';

type ExifrApi = Pick<typeof exifrModule.default, 'parse' | 'sidecar'>;

/**
 * exifr 7.1.3 ships two builds that disagree: Node loads the UMD build, whose default export holds
 * every function; bundlers (vitest) load the ESM build, whose default export lacks `sidecar`
 * (only the named export has it). Take each function from wherever it is, and fail at import
 * rather than quietly reading no XMP.
 */
function exifrFunction<K extends keyof ExifrApi>(name: K): ExifrApi[K] {
  const sources = [exifrModule as Partial<ExifrApi>, exifrModule.default as Partial<ExifrApi> | undefined];
  const found = sources.map((source) => source?.[name]).find((fn) => typeof fn === 'function');
  if (!found) throw new Error(`exifr has no ${name}(): unsupported exifr build`);
  return found as ExifrApi[K];
}
const exifr: ExifrApi = { parse: exifrFunction('parse'), sidecar: exifrFunction('sidecar') };

// Dates stay raw text (`reviveValues: false`): exifr would otherwise turn them into Dates in the
// server's zone. Numbers stay numbers (`translateValues: false`), not `"Horizontal (normal)"`.
// `silentErrors` keeps the tags read before a broken IFD instead of failing the whole file.
const TIFF_OPTIONS = {
  tiff: true,
  ifd0: {},
  exif: true,
  gps: true,
  interop: false,
  ifd1: false,
  makerNote: false,
  userComment: false,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  reviveValues: false,
  translateValues: false,
  mergeOutput: false,
  silentErrors: true,
};
const XMP_OPTIONS = { reviveValues: false, translateValues: false, mergeOutput: false, silentErrors: true };

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

/**
 * Reads one photo. Throws an Error saying why when the file is not an image sharp can open
 * (empty, text, unknown format). A file whose header is fine but whose pixels are damaged still
 * gives its metadata: only rendering its thumbnail fails.
 */
export async function readPhotoMetadata(
  file: string | Buffer,
  // The reader helper's signature (issue 13): the sidecar is merged there; unused until then.
  _options?: { picture?: Buffer; sidecarPath?: string | null },
): Promise<PhotoMetadata> {
  const header = await readHeader(file);
  const [tags, xmp] = await Promise.all([readTiffTags(file, header), readXmp(header.xmp)]);
  // The orientation sharp reports is the one `.rotate()` applies, so sizes and face boxes follow
  // the thumbnails.
  const orientation = validOrientation(header.orientation) ?? 1;
  const stored =
    header.width > 0 && header.height > 0 ? { width: header.width, height: header.height } : null;
  const swapped = stored && orientation >= 5 ? { width: stored.height, height: stored.width } : stored;
  const displayed = header.autoOrient?.width > 0 ? { ...header.autoOrient } : swapped;

  const dates = readPhotoDates(tags, xmp);
  const exif = toContractExif(tags, xmp, validOrientation(header.orientation), dates);
  return {
    mimeType: mimeTypeOf(header, file),
    width: displayed?.width ?? null,
    height: displayed?.height ?? null,
    exif,
    localDatetime: dates.original ?? dates.digitized ?? dates.modified,
    faces: stored && displayed ? faceBoxesOf(xmp, stored, displayed, orientation) : [],
  };
}

async function readHeader(file: string | Buffer): Promise<Metadata> {
  const label = typeof file === 'string' ? file : 'image buffer';
  if (typeof file !== 'string' && file.length === 0)
    throw new Error(`Cannot read ${label}: the file is empty`);
  try {
    return await sharp(file, { failOn: 'none' }).metadata();
  } catch (error) {
    const size =
      typeof file === 'string'
        ? await stat(file).then(
            (s) => s.size,
            () => null,
          )
        : file.length;
    const reason = size === 0 ? 'the file is empty' : `not a readable image (${(error as Error).message})`;
    throw new Error(`Cannot read ${label}: ${reason}`, { cause: error });
  }
}

async function readTiffTags(file: string | Buffer, header: Metadata): Promise<TiffTags | null> {
  let source: string | Buffer | null = null;
  if (header.exif && header.exif.length > 8) {
    // sharp gives the APP1 payload with its `Exif\0\0` preamble; exifr wants the TIFF structure.
    const preamble = header.exif.subarray(0, 6).toString('latin1') === 'Exif\0\0';
    source = preamble ? header.exif.subarray(6) : header.exif;
  } else if (header.format === 'tiff') {
    source = file; // A TIFF's tags are the file itself.
  }
  if (!source) return null;
  try {
    const out: unknown = await exifr.parse(source, TIFF_OPTIONS);
    if (!isRecord(out)) return null;
    const block = (key: string): Tags => (isRecord(out[key]) ? out[key] : {});
    return { ifd0: block('ifd0'), exif: block('exif'), gps: block('gps') };
  } catch {
    return null; // Unreadable EXIF: the photo still has its pixels and maybe XMP.
  }
}

async function readXmp(xmp: Buffer | undefined): Promise<Tags | null> {
  if (!xmp || xmp.length === 0) return null;
  try {
    const out = decodeXmpText(await exifr.sidecar(xmp, XMP_OPTIONS, 'xmp'));
    return isRecord(out) ? out : null;
  } catch {
    return null;
  }
}

function mimeTypeOf(header: Metadata, file: string | Buffer): string {
  let format: string = header.format ?? '';
  if (format === 'heif') {
    // sharp says `heif` for both; the codec tells HEIC (Apple) from AVIF.
    format = header.compression === 'av1' ? 'avif' : 'heic';
  }
  const byFormat = MIME_BY_FORMAT[format];
  if (byFormat) return byFormat;
  const byExtension =
    typeof file === 'string' ? MIME_BY_EXTENSION[path.extname(file).toLowerCase()] : undefined;
  return byExtension ?? 'application/octet-stream';
}
