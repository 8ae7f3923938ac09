/**
 * Camera RAW files are shown from the JPEG the camera embedded in them (what Lightroom's grid and
 * Immich show before any develop step): ExifTool pulls out the largest one (`JpgFromRaw`, else
 * `PreviewImage`) and copies the RAW's own tags onto it, so the preview carries the capture time,
 * camera, GPS and the Orientation that turns it upright; from then on it is read and rendered like
 * any JPEG. A RAW with no embedded JPEG (some DNGs) is left to sharp, which decodes plain DNGs.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { endExifTool, exiftool } from './exiftool-process.ts';

/** File extensions of camera RAW formats (lower case, with the dot). */
export const RAW_EXTENSIONS: ReadonlySet<string> = new Set([
  '.dng',
  '.cr2',
  '.cr3',
  '.nef',
  '.arw',
  '.raf',
  '.rw2',
  '.orf',
]);

/** The registered or customary MIME type of each RAW extension. */
const RAW_MIME: Readonly<Record<string, string>> = {
  '.dng': 'image/x-adobe-dng',
  '.cr2': 'image/x-canon-cr2',
  '.cr3': 'image/x-canon-cr3',
  '.nef': 'image/x-nikon-nef',
  '.arw': 'image/x-sony-arw',
  '.raf': 'image/x-fuji-raf',
  '.rw2': 'image/x-panasonic-rw2',
  '.orf': 'image/x-olympus-orf',
};

/** Whether a file name (or path) is a camera RAW by its extension. */
export const isRawFile = (name: string) => RAW_EXTENSIONS.has(path.extname(name).toLowerCase());

/** The MIME type of a RAW file name, or null for other files. */
export const rawMimeTypeOf = (name: string) => RAW_MIME[path.extname(name).toLowerCase()] ?? null;

/** End the shared ExifTool (at shutdown, and after tests). */
export const endRawPreviews = endExifTool;

/**
 * The RAW's embedded JPEG with the RAW's tags on it, or null when it embeds none. The RAW is
 * only read: the JPEG is written to a private temporary folder and read back.
 */
export async function rawPreview(file: string): Promise<Buffer | null> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cs-raw-'));
  try {
    let preview: Buffer | null = null;
    for (const tag of ['JpgFromRaw', 'PreviewImage'] as const) {
      preview = await exiftool()
        .extractBinaryTagToBuffer(tag, file)
        .catch(() => null);
      if (preview && preview.length > 2 && preview[0] === 0xff && preview[1] === 0xd8) break;
      preview = null;
    }
    if (!preview) return null;
    const out = path.join(dir, 'preview.jpg');
    await writeFile(out, preview);
    // Every tag of the RAW but its embedded images, onto the JPEG (its own pixel size wins).
    await exiftool().write(out, {}, [
      '-tagsFromFile',
      file,
      '-all:all',
      '--PreviewImage',
      '--JpgFromRaw',
      '--ThumbnailImage',
      '--ImageWidth',
      '--ImageHeight',
      '-overwrite_original',
    ]);
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
