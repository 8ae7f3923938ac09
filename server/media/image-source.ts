/**
 * Opens an original for sharp. Most formats sharp decodes itself (EXIF orientation applied);
 * a HEVC-coded HEIF (an iPhone's HEIC) it can only read the header of, so its pixels come from
 * libheif in a worker (heic-decoder.ts), already turned as the container's `irot`/`imir` say.
 * Those pixels are upright: the EXIF Orientation inside a HEIC is not applied on top.
 */
import { open, readFile } from 'node:fs/promises';
import sharp, { type Sharp, type SharpOptions } from 'sharp';
import { HeicDecoder } from './heic-decoder.ts';

// `failOn: 'none'`: a truncated JPEG still shows its top part (grey below) instead of no picture.
// `autoOrient`: EXIF orientation is applied before extract/resize, so boxes are in displayed pixels.
// sharp's default limitInputPixels (268 megapixels) refuses decompression bombs with an error.
const INPUT_OPTIONS: SharpOptions = { failOn: 'none', autoOrient: true };

/** HEIF brands of HEVC-coded images and collections (ISO/IEC 23008-12 Annex B). */
const HEVC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
/** Brands of the generic HEIF structure: HEVC or AV1 inside; the compatible brands tell. */
const STRUCTURE_BRANDS = new Set(['mif1', 'msf1', 'mif2', 'miaf']);
const AV1_BRANDS = new Set(['avif', 'avis']);

/**
 * Whether a file's first bytes (its `ftyp` box: 32 bytes are enough for the usual files, more
 * brands may follow) start a HEIF that libheif must decode: a HEVC brand, or the generic `mif1`
 * structure with no AVIF brand (sharp decodes AVIF itself). Pure, so the brand table is tested.
 */
export function isHevcHeif(head: Uint8Array): boolean {
  if (head.length < 16) return false;
  const text = (from: number) => String.fromCharCode(...head.subarray(from, from + 4));
  if (text(4) !== 'ftyp') return false;
  const size = Math.min(head.length, new DataView(head.buffer, head.byteOffset).getUint32(0));
  const brands = [text(8)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(text(at));
  if (brands.some((brand) => AV1_BRANDS.has(brand))) return false;
  return brands.some((brand) => HEVC_BRANDS.has(brand) || STRUCTURE_BRANDS.has(brand));
}

let shared: HeicDecoder | null = null;
/** The process's HEIF decoder pool, started on first use (its idle workers don't hold the process). */
export function heicDecoder(): HeicDecoder {
  shared ??= new HeicDecoder();
  return shared;
}

async function headOf(source: string | Buffer): Promise<Uint8Array> {
  if (typeof source !== 'string') return source.subarray(0, 64);
  const handle = await open(source, 'r');
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A sharp pipeline over the original's displayed pixels. */
export async function openImage(source: string | Buffer): Promise<Sharp> {
  if (!isHevcHeif(await headOf(source))) return sharp(source, INPUT_OPTIONS);
  const bytes = typeof source === 'string' ? await readFile(source) : source;
  const { width, height, rgba } = await heicDecoder().decode(bytes);
  // Phone HEICs have no alpha; libheif hands over RGBA anyway, and WebP would keep the channel.
  return sharp(rgba, { raw: { width, height, channels: 4 } }).removeAlpha();
}

/** The displayed size of the original (after EXIF orientation, or as libheif turns a HEIF). */
export async function displayedSizeOf(source: string | Buffer): Promise<{ width: number; height: number }> {
  const header = await sharp(source, INPUT_OPTIONS).metadata();
  // libvips reports a HEIF's size with `irot` applied and no orientation: autoOrient is that size.
  return header.autoOrient;
}
