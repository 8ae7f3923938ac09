/**
 * The demo library's camera files beyond JPEG, so a fresh `npm start` shows them: a RAW+JPEG pair
 * of one shot (a DNG embedding the camera's JPEG, beside that JPEG: one stack, one tile) and, when
 * Debian's `heif-enc` is installed, two phone HEICs — a landscape one and a portrait stored the
 * iPhone way (pixels sideways, an `irot` box, EXIF Orientation 6). Without heif-enc the demo is
 * generated all the same, without the HEICs. Pictures are drawn, so the same bytes every run.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ExifTool } from 'exiftool-vendored';
import sharp from 'sharp';
import { withHeifRotation } from './heif-rotation.ts';

const run = promisify(execFile);

/** The album folder the extras go in. */
export const CAMERA_FILES_ALBUM = 'Camera files';

interface Drawing {
  width: number;
  height: number;
  sky: string;
  ground: string;
  sun: string;
}

/** A simple landscape: sky, a hill, a sun. Drawn in the upright frame. */
function drawingSvg({ width, height, sky, ground, sun }: Drawing): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="${sky}"/>
  <circle cx="${width * 0.72}" cy="${height * 0.3}" r="${Math.min(width, height) * 0.09}" fill="${sun}"/>
  <path d="M0 ${height * 0.7} Q ${width * 0.35} ${height * 0.45} ${width} ${height * 0.68} V ${height} H 0 Z" fill="${ground}"/>
  <rect x="${width * 0.2}" y="${height * 0.55}" width="${width * 0.06}" height="${height * 0.2}" fill="#3b2a1a"/>
</svg>`);
}

/** A JPEG of a drawing with a camera's EXIF; `orientation` 6 stores it turned (as a phone would). */
async function cameraJpeg(drawing: Drawing, taken: string, make: string, model: string, orientation = 1) {
  let image = sharp(drawingSvg(drawing));
  if (orientation === 6) image = image.rotate(270);
  return image
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: make, Model: model, Orientation: String(orientation) },
      IFD2: { DateTimeOriginal: taken, OffsetTimeOriginal: '+01:00' },
    })
    .toBuffer();
}

async function hasHeifEnc(): Promise<boolean> {
  return run('heif-enc', ['--help']).then(
    () => true,
    (error: { code?: unknown }) => typeof error.code === 'number', // It ran, and said usage.
  );
}

/** Write the extras into `outDir/Camera files/`; returns the number of files written. */
export async function writeRawAndHeicExtras(outDir: string): Promise<number> {
  const dir = join(outDir, CAMERA_FILES_ALBUM);
  await mkdir(dir, { recursive: true });
  const written: [string, string][] = [];

  // RAW+JPEG: the JPEG as the camera saved it, and a DNG embedding the same JPEG as its preview.
  const taken = '2024:09:14 17:42:08';
  const jpeg = await cameraJpeg(
    { width: 1200, height: 800, sky: '#f4b860', ground: '#5d7a3a', sun: '#fff3c4' },
    taken,
    'Canon',
    'Canon EOS R6',
  );
  await writeFile(join(dir, 'IMG_2041.JPG'), jpeg);
  await writeDemoDng(join(dir, 'IMG_2041.DNG'), jpeg, taken);
  written.push(['IMG_2041.JPG', taken], ['IMG_2041.DNG', taken]);

  if (await hasHeifEnc()) {
    const phone = [
      ['IMG_3010.HEIC', '2024:09:15 09:12:40', 1, { sky: '#8ec5ff', ground: '#3f6e8c', sun: '#ffffff' }],
      ['IMG_3011.HEIC', '2024:09:15 09:13:02', 6, { sky: '#9fd3c7', ground: '#385170', sun: '#fffbe6' }],
    ] as const;
    for (const [name, when, orientation, colours] of phone) {
      const size = orientation === 6 ? { width: 900, height: 1200 } : { width: 1200, height: 900 };
      const source = join(dir, `${name}.jpg.tmp`);
      await writeFile(
        source,
        await cameraJpeg({ ...size, ...colours }, when, 'Apple', 'iPhone 13', orientation),
      );
      const out = join(dir, name);
      try {
        await run('heif-enc', ['-q', '60', '-o', out, source]);
        // The phone's way: the pixels stay sideways, the container turns them (EXIF keeps 6).
        if (orientation === 6) await writeFile(out, withHeifRotation(await readFile(out), 3));
        written.push([name, when]);
      } finally {
        await rm(source, { force: true });
      }
    }
  }
  for (const [name, when] of written) {
    const instant = new Date(`${when.replace(/^(\d+):(\d+):(\d+) /, '$1-$2-$3T')}+01:00`);
    await utimes(join(dir, name), instant, instant);
  }
  return written.length;
}

/**
 * A DNG holding `preview` as its embedded JPEG and a camera's tags. Its "raw" pixels are a tiny
 * placeholder (ExifTool can't make sensor data): the gallery shows RAWs from the embedded JPEG.
 */
async function writeDemoDng(out: string, preview: Buffer, taken: string): Promise<void> {
  // A JPEG-compressed strip in IFD0 is what ExifTool calls a DNG's PreviewImage and can replace.
  await sharp({ create: { width: 60, height: 40, channels: 3, background: '#777' } })
    .tiff({ compression: 'jpeg' })
    .toFile(out);
  const local = `${out}.preview.tmp`;
  await writeFile(local, preview);
  const tool = new ExifTool({ maxProcs: 1 });
  try {
    await tool.write(out, {}, [
      '-DNGVersion=1.4.0.0',
      '-Make=Canon',
      '-Model=Canon EOS R6',
      `-DateTimeOriginal=${taken}`,
      '-OffsetTimeOriginal=+01:00',
      '-overwrite_original',
    ]);
    await tool.write(out, {}, [`-PreviewImage<=${local}`, '-overwrite_original']);
  } finally {
    await Promise.all([tool.end(), rm(local, { force: true })]);
  }
}
