import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPhotoMetadata } from '../indexer/read-metadata.ts';
import { endExifTool } from './exiftool-process.ts';
import { EXAMPLE_HEIC, FIXTURES, writeHeic } from '../testing/heic-fixtures.ts';
import { HeicDecoder } from './heic-decoder.ts';
import { isHevcHeif } from './image-source.ts';
import { renderFaceCrop, renderThumbnail } from './render-image.ts';

const ftyp = (major: string, ...compatible: string[]) => {
  const brands = [major, '\0\0\0\0', ...compatible].join('');
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + brands.length);
  return Buffer.concat([size, Buffer.from(`ftyp${brands}`, 'latin1'), Buffer.alloc(8)]);
};

describe('isHevcHeif', () => {
  it.each([
    ['an iPhone HEIC', ftyp('heic', 'mif1', 'heic'), true],
    ['heif-enc output', ftyp('heic', 'mif1', 'heic', 'miaf'), true],
    ['libheif example (mif1, heic compatible)', ftyp('mif1', 'mif1', 'heic', 'hevc'), true],
    ['an image sequence', ftyp('msf1', 'hevc'), true],
    ['an AVIF', ftyp('avif', 'mif1', 'miaf'), false],
    ['an AVIF under mif1', ftyp('mif1', 'avif', 'mif1'), false],
    ['an MP4', ftyp('isom', 'iso2', 'mp41'), false],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.alloc(28)]), false],
    ['too short', Buffer.from('ftyp'), false],
  ])('%s: %s', (_name, head, expected) => {
    expect(isHevcHeif(head)).toBe(expected);
  });
});

/** A 48×36 grey-scale fingerprint: tells an upright picture from a turned or mirrored one. */
const fingerprint = (image: Buffer) =>
  sharp(image).resize(48, 36, { fit: 'fill' }).greyscale().raw().toBuffer();
/**
 * Mean absolute difference once the mean brightness is taken out: this HEIC decodes ~15 grey
 * levels darker than its JPEG (colour handling, not geometry), which is not what is compared.
 */
function meanDifference(a: Buffer, b: Buffer): number {
  let offset = 0;
  for (let i = 0; i < a.length; i++) offset += a[i]! - b[i]!;
  offset /= a.length;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]! - offset);
  return sum / a.length;
}
const sizeOf = async (image: Buffer) => {
  const { width, height, format } = await sharp(image).metadata();
  return { width, height, format };
};

describe('HEIC photos', () => {
  let dir: string;
  let canon: string;
  let gps: string;
  let portrait: string;
  let sideways: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cs-heic-'));
    [canon, gps, portrait, sideways] = await Promise.all([
      writeHeic('Canon_40D.jpg', path.join(dir, 'canon.heic')),
      writeHeic('gps/DSCN0010.jpg', path.join(dir, 'gps.heic')),
      // iPhone style: pixels stored sideways, `irot` turns them, EXIF still says Orientation 6.
      writeHeic('orientation/portrait_6.jpg', path.join(dir, 'portrait.heic'), { quarterTurns: 3 }),
      // The same pixels and EXIF with no `irot`: the container says "as stored".
      writeHeic('orientation/portrait_6.jpg', path.join(dir, 'sideways.heic')),
    ]);
  });
  afterAll(async () => {
    await endExifTool();
    await rm(dir, { recursive: true, force: true });
  });

  it('renders a HEIC made from a camera JPEG, and keeps its camera, date and GPS', async () => {
    expect(await sizeOf(await renderThumbnail(canon, 'thumbnail'))).toEqual({
      width: 100,
      height: 68,
      format: 'webp',
    });
    const canonMeta = await readPhotoMetadata(canon);
    expect(canonMeta).toMatchObject({ mimeType: 'image/heic', width: 100, height: 68 });
    expect(canonMeta.exif).toMatchObject({ make: 'Canon', model: 'Canon EOS 40D', iso: 100 });
    expect(canonMeta.localDatetime).toBe('2008-05-30T15:56:01');
    const gpsMeta = await readPhotoMetadata(gps);
    expect(gpsMeta.exif).toMatchObject({ make: 'NIKON' });
    expect(gpsMeta.exif?.latitude).toBeCloseTo(43.4674, 3);
    expect(gpsMeta.exif?.longitude).toBeCloseTo(11.8851, 3);
  });

  it('shows a portrait HEIC upright: the container turns it once, EXIF Orientation is not applied on top', async () => {
    // The JPEG it was made from, turned by its EXIF: the same picture (and the same "6" drawn on it).
    const jpeg = path.join(FIXTURES, 'orientation/portrait_6.jpg');
    const upright = await fingerprint(await renderThumbnail(jpeg, 'thumbnail'));
    const thumbnail = await renderThumbnail(portrait, 'thumbnail');
    expect(await sizeOf(thumbnail)).toEqual({ width: 270, height: 360, format: 'webp' });
    const difference = meanDifference(await fingerprint(thumbnail), upright);
    expect(difference).toBeLessThan(8);
    // Turned the wrong way round (irot read as clockwise) it would be upside down: far apart.
    const upsideDown = await sharp(thumbnail).rotate(180).toBuffer();
    expect(meanDifference(await fingerprint(upsideDown), upright)).toBeGreaterThan(difference * 3);
    expect(await readPhotoMetadata(portrait)).toMatchObject({ width: 450, height: 600 });
    expect((await readPhotoMetadata(portrait)).exif?.orientation).toBe(6);
  });

  it('leaves a HEIC without irot as stored, whatever its EXIF says', async () => {
    const thumbnail = await renderThumbnail(sideways, 'preview');
    expect(await sizeOf(thumbnail)).toEqual({ width: 600, height: 450, format: 'webp' });
    expect(await readPhotoMetadata(sideways)).toMatchObject({ width: 600, height: 450 });
  });

  it('crops a face box given in the displayed frame of a turned HEIC', async () => {
    const crop = await renderFaceCrop(portrait, { x: 100, y: 100, w: 100, h: 100 }, 450, 600);
    expect(await sizeOf(crop)).toEqual({ width: 160, height: 160, format: 'webp' });
  });

  it('renders the real example.heic (no EXIF) at every size', async () => {
    expect(await sizeOf(await renderThumbnail(EXAMPLE_HEIC, 'thumbnail'))).toEqual({
      width: 360,
      height: 240,
      format: 'webp',
    });
    expect(await sizeOf(await renderThumbnail(await readFile(EXAMPLE_HEIC), 'fullsize'))).toEqual({
      width: 1280,
      height: 854,
      format: 'webp',
    });
    expect(await readPhotoMetadata(EXAMPLE_HEIC)).toMatchObject({ width: 1280, height: 854, exif: null });
  });
});

describe('HeicDecoder', () => {
  it('replaces a worker after its decodes, and decodes one file at a time per worker', async () => {
    const decoder = new HeicDecoder({ workers: 1, maxDecodes: 2 });
    const bytes = await readFile(EXAMPLE_HEIC);
    const out = await Promise.all([1, 2, 3, 4, 5].map(() => decoder.decode(bytes)));
    expect(out.map((image) => [image.width, image.height, image.rgba.length])).toEqual(
      Array.from({ length: 5 }, () => [1280, 854, 1280 * 854 * 4]),
    );
    expect(decoder.started).toBe(3);
    await decoder.close();
  });

  it('kills a decode that takes too long, and the next file still decodes', async () => {
    const decoder = new HeicDecoder({ workers: 1, timeoutMs: 1 });
    const bytes = await readFile(EXAMPLE_HEIC);
    await expect(decoder.decode(bytes)).rejects.toThrow(/longer than 1 ms/);
    const patient = new HeicDecoder({ workers: 1 });
    await expect(patient.decode(bytes)).resolves.toMatchObject({ width: 1280 });
    await Promise.all([decoder.close(), patient.close()]);
  });

  it('says why a file is not a HEIF', async () => {
    const decoder = new HeicDecoder();
    await expect(decoder.decode(Buffer.from('not a photo at all'))).rejects.toThrow(/^HEIF decode failed: /);
    await decoder.close();
  });
});
