import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { THUMBNAIL_EDGE } from '../../contract/constants.ts';
import { buildXmpPacket } from '../demo/xmp-writer.ts';
import { readPhotoMetadata } from '../indexer/read-metadata.ts';
import { endExifTool } from './exiftool-process.ts';
import { FACE_CROP_EDGE, faceCropRegion, renderFaceCrop, renderThumbnail } from './render-image.ts';

/** The reader takes a file on disk (ExifTool reads its tags): a generated photo is written to a temp file. */
async function readPhoto(bytes: Buffer, extension = '.jpg') {
  const dir = await mkdtemp(path.join(tmpdir(), 'cs-read-photo-'));
  try {
    const file = path.join(dir, `photo${extension}`);
    await writeFile(file, bytes);
    return await readPhotoMetadata(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
afterAll(endExifTool);

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'testing', 'fixtures', name);

const solid = (width: number, height: number, background = '#2a6') =>
  sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();

async function sizeAndFormat(image: Buffer) {
  const { width, height, format } = await sharp(image).metadata();
  return { width, height, format };
}

/** A 48×36 grey-scale fingerprint: enough to tell an upright picture from a turned or mirrored one. */
const fingerprint = (image: Buffer) =>
  sharp(image).resize(48, 36, { fit: 'fill' }).greyscale().raw().toBuffer();

function meanDifference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

describe('renderThumbnail', () => {
  it('names the two scaled sizes the API serves', () => {
    const { thumbnail, preview } = THUMBNAIL_EDGE;
    expect({ thumbnail, preview }).toEqual({ thumbnail: 360, preview: 1440 });
  });

  it.each([
    ['thumbnail', 3000, 1500, 360, 180],
    ['small', 3000, 1500, 720, 360],
    ['preview', 3000, 1500, 1440, 720],
    ['fullsize', 4400, 1100, 4096, 1024],
    ['thumbnail', 1000, 3000, 120, 360],
    ['preview', 1000, 3000, 480, 1440],
  ] as const)('%s of %i×%i is %i×%i WebP', async (size, width, height, outWidth, outHeight) => {
    const out = await renderThumbnail(await solid(width, height), size);
    expect(await sizeAndFormat(out)).toEqual({ width: outWidth, height: outHeight, format: 'webp' });
  });

  it.each(['thumbnail', 'preview', 'fullsize'] as const)(
    'never enlarges a small photo (%s of 100×68)',
    async (size) => {
      expect(await sizeAndFormat(await renderThumbnail(fixture('Canon_40D.jpg'), size))).toEqual({
        width: 100,
        height: 68,
        format: 'webp',
      });
    },
  );

  describe('is upright for every EXIF orientation', () => {
    // landscape_N / portrait_N hold one scene stored in orientation N: once turned upright they
    // all look like _1. Upright copies differ by ~2.5 grey levels (re-encoding); a mirrored or
    // turned copy differs by 30 or more.
    it.each([1, 2, 3, 4, 5, 6, 7, 8])('landscape_%i.jpg', async (orientation) => {
      const upright = await fingerprint(
        await renderThumbnail(fixture('orientation/landscape_1.jpg'), 'thumbnail'),
      );
      const out = await renderThumbnail(fixture(`orientation/landscape_${orientation}.jpg`), 'thumbnail');
      expect(await sizeAndFormat(out)).toEqual({ width: 360, height: 270, format: 'webp' });
      expect(meanDifference(await fingerprint(out), upright)).toBeLessThan(8);
    });

    it.each([6, 8])('portrait_%i.jpg', async (orientation) => {
      const upright = await fingerprint(
        await renderThumbnail(fixture('orientation/portrait_1.jpg'), 'thumbnail'),
      );
      const out = await renderThumbnail(fixture(`orientation/portrait_${orientation}.jpg`), 'preview');
      expect(await sizeAndFormat(out)).toEqual({ width: 450, height: 600, format: 'webp' });
      expect(meanDifference(await fingerprint(out), upright)).toBeLessThan(8);
    });

    it('(the comparison does catch a mirrored picture)', async () => {
      const upright = await renderThumbnail(fixture('orientation/landscape_1.jpg'), 'thumbnail');
      const mirrored = await sharp(upright).flop().toBuffer();
      expect(meanDifference(await fingerprint(mirrored), await fingerprint(upright))).toBeGreaterThan(20);
    });
  });

  it('strips metadata: no EXIF (GPS!), XMP or ICC in the WebP', async () => {
    const out = await renderThumbnail(fixture('gps/DSCN0010.jpg'), 'preview');
    const meta = await sharp(out).metadata();
    expect([meta.format, meta.exif, meta.xmp, meta.icc]).toEqual(['webp', undefined, undefined, undefined]);
  });

  it.each([
    [
      'png',
      () =>
        sharp({ create: { width: 800, height: 400, channels: 4, background: '#f008' } })
          .png()
          .toBuffer(),
    ],
    [
      'tiff',
      () =>
        sharp({ create: { width: 800, height: 400, channels: 3, background: '#00f' } })
          .tiff()
          .toBuffer(),
    ],
    [
      'webp',
      () =>
        sharp({ create: { width: 800, height: 400, channels: 3, background: '#0f0' } })
          .webp()
          .toBuffer(),
    ],
    [
      'avif',
      () =>
        sharp({ create: { width: 800, height: 400, channels: 3, background: '#ff0' } })
          .avif()
          .toBuffer(),
    ],
  ])('renders a %s original', async (_format, make) => {
    expect(await sizeAndFormat(await renderThumbnail(await make(), 'thumbnail'))).toEqual({
      width: 360,
      height: 180,
      format: 'webp',
    });
  });

  it('shows the readable top of a truncated JPEG instead of failing', async () => {
    const whole = await readFile(fixture('orientation/landscape_1.jpg'));
    const out = await renderThumbnail(whole.subarray(0, 60_000), 'thumbnail');
    expect(await sizeAndFormat(out)).toEqual({ width: 360, height: 270, format: 'webp' });
    const top = (image: Buffer) =>
      sharp(image)
        .extract({ left: 0, top: 0, width: 360, height: 40 })
        .resize(36, 4, { fit: 'fill' })
        .greyscale()
        .raw()
        .toBuffer();
    const reference = await renderThumbnail(whole, 'thumbnail');
    expect(meanDifference(await top(out), await top(reference))).toBeLessThan(8);
  });

  it('fails with a clear error on a JPEG whose scan data is damaged', { timeout: 10_000 }, async () => {
    await expect(renderThumbnail(fixture('corrupted-head.jpg'), 'thumbnail')).rejects.toThrow(
      /^Cannot render thumbnail thumbnail of .*corrupted-head\.jpg: .*Corrupt JPEG data/,
    );
  });

  it.each([
    ['a text file', Buffer.from('this is not a photo\n')],
    ['an empty buffer', Buffer.alloc(0)],
  ])('fails with a clear error on %s', async (_what, bytes) => {
    await expect(renderThumbnail(bytes, 'preview')).rejects.toThrow(
      /^Cannot render preview thumbnail of image buffer: /,
    );
  });

  it.each(['image01088.jpg', 'image01137.jpg', 'image01713.jpg', 'image02206.jpg'])(
    'renders invalid/%s',
    { timeout: 10_000 },
    async (name) => {
      expect(
        (await sizeAndFormat(await renderThumbnail(fixture(`invalid/${name}`), 'thumbnail'))).format,
      ).toBe('webp');
    },
  );

  it('refuses a decompression bomb (a 20000×20000 PNG header) instead of allocating 1.6 GB', async () => {
    const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    // IHDR data sits at bytes 16..28; its CRC (over type + data) follows.
    png.writeUInt32BE(20_000, 16);
    png.writeUInt32BE(20_000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    expect(await sharp(png, { limitInputPixels: false }).metadata()).toMatchObject({
      width: 20_000,
      height: 20_000,
    });
    await expect(renderThumbnail(png, 'thumbnail')).rejects.toThrow(/pixel limit/);
    // sharp checks the limit when reading the header too, so the indexer never gets that far.
    await expect(readPhoto(png, '.png')).rejects.toThrow(
      /^Cannot read .*photo\.png: not a readable image \(Input image exceeds pixel limit\)/,
    );
  });
});

describe('faceCropRegion', () => {
  it.each([
    // a 40×60 face in the middle: 96×96 square around its centre
    [{ x: 180, y: 120, w: 40, h: 60 }, 400, 300, { left: 152, top: 102, width: 96, height: 96 }],
    // near the top-left corner: shifted inside, still square
    [{ x: 0, y: 5, w: 50, h: 50 }, 400, 300, { left: 0, top: 0, width: 80, height: 80 }],
    // near the bottom-right corner
    [{ x: 370, y: 280, w: 30, h: 20 }, 400, 300, { left: 352, top: 252, width: 48, height: 48 }],
    // a face filling a thin image: as much as fits
    [{ x: 0, y: 0, w: 100, h: 40 }, 100, 40, { left: 0, top: 0, width: 100, height: 40 }],
  ])('%j in %i×%i → %j', (box, width, height, region) => {
    expect(faceCropRegion(box, width, height)).toEqual(region);
  });
});

describe('renderFaceCrop', () => {
  /** A grey photo stored sideways (orientation 6) with a red face whose MWG region says "Ana". */
  async function sidewaysPhotoWithFace() {
    const red = await sharp({ create: { width: 100, height: 80, channels: 3, background: '#f00' } })
      .png()
      .toBuffer();
    const xmp = buildXmpPacket({
      regions: { width: 1000, height: 600, faces: [{ name: 'Ana', x: 0.75, y: 0.2, w: 0.1, h: 80 / 600 }] },
    });
    // Stored 1000×600 with the face at (700, 80) 100×80.
    return sharp({ create: { width: 1000, height: 600, channels: 3, background: '#888' } })
      .composite([{ input: red, left: 700, top: 80 }])
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .withXmp(xmp)
      .toBuffer();
  }

  const centreColour = async (image: Buffer) => {
    const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
    const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
    return [data[at]!, data[at + 1]!, data[at + 2]!];
  };

  it('crops around the face in the upright picture, from the box the metadata reader gives', async () => {
    const photo = await sidewaysPhotoWithFace();
    const metadata = await readPhoto(photo);
    // Upright the photo is 600×1000 and the face 80×100 at (600-80-80, 700).
    expect(metadata).toMatchObject({
      width: 600,
      height: 1000,
      faces: [{ personName: 'Ana', box: { x: 440, y: 700, w: 80, h: 100 } }],
    });

    const crop = await renderFaceCrop(photo, metadata.faces[0]!.box, 600, 1000);
    expect(await sizeAndFormat(crop)).toEqual({ width: 160, height: 160, format: 'webp' });
    const [r, g, b] = await centreColour(crop);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(60);
    expect(b).toBeLessThan(60);
  });

  it('scales a box given for another size of the same picture', async () => {
    const photo = await sidewaysPhotoWithFace();
    // The same face in a 300×500 rendition of the upright photo.
    const crop = await renderFaceCrop(photo, { x: 220, y: 350, w: 40, h: 50 }, 300, 500);
    expect(await sizeAndFormat(crop)).toEqual({ width: 160, height: 160, format: 'webp' });
    expect((await centreColour(crop))[0]).toBeGreaterThan(200);
  });

  it(`is at most ${FACE_CROP_EDGE} px`, async () => {
    const crop = await renderFaceCrop(
      await solid(3000, 2000),
      { x: 1000, y: 500, w: 600, h: 800 },
      3000,
      2000,
    );
    expect(await sizeAndFormat(crop)).toEqual({ width: 256, height: 256, format: 'webp' });
  });

  it('fails with a clear error when the original is not an image', async () => {
    await expect(renderFaceCrop(Buffer.from('nope'), { x: 0, y: 0, w: 1, h: 1 }, 1, 1)).rejects.toThrow(
      /^Cannot render face crop of image buffer: /,
    );
  });
});
