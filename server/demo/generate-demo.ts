/**
 * The demo library: a few hundred illustrated "photos" in album folders, with the EXIF, GPS and
 * XMP face regions a real library has, so a fresh `npm start` shows a gallery worth browsing.
 * Same seed, same bytes: no clock, no Math.random, and file times come from the plan.
 */
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { composeShot, type DrawnFace } from './compose.ts';
import { writeRawAndHeicExtras } from './demo-raw-heic.ts';
import { buildExifSegment, spliceSegments } from './exif-writer.ts';
import { type DemoShot, planDemoShots } from './plan.ts';
import { type FaceArea, buildXmpSegment } from './xmp-writer.ts';

export interface GenerateDemoOptions {
  /** Number of photos; about 320 by default. */
  count?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_DEMO_COUNT = 320;
export const DEFAULT_DEMO_SEED = 20250614;

/** Photos rendered at once: librsvg and the JPEG encoder keep 2 cores busy with 3 in flight. */
const IN_FLIGHT = 3;

/**
 * A face box in the upright picture → an MWG area on the stored pixel grid. Orientation 6 means
 * the stored pixels are the upright picture turned 90° counter-clockwise (the viewer turns them
 * back clockwise); 8 is the mirror case.
 */
export function toStoredArea(
  face: DrawnFace,
  shot: Pick<DemoShot, 'width' | 'height' | 'orientation'>,
): FaceArea {
  const x = face.box.cx / shot.width;
  const y = face.box.cy / shot.height;
  const w = face.box.w / shot.width;
  const h = face.box.h / shot.height;
  const name = face.name === null ? {} : { name: face.name };
  if (shot.orientation === 6) return { ...name, x: y, y: 1 - x, w: h, h: w };
  if (shot.orientation === 8) return { ...name, x: 1 - y, y: x, w: h, h: w };
  return { ...name, x, y, w, h };
}

/** One photo's JPEG bytes: the drawing rendered, turned to its stored orientation, metadata spliced in. */
export async function renderShot(shot: DemoShot): Promise<Buffer> {
  const { svg, faces } = composeShot(shot);
  // sharp's positive angles turn clockwise: stored = upright turned counter-clockwise for 6.
  const turn = shot.orientation === 6 ? 270 : shot.orientation === 8 ? 90 : 0;
  let image = sharp(Buffer.from(svg));
  if (turn !== 0) image = image.rotate(turn);
  // sharp writes no EXIF/XMP unless asked (withMetadata), so the only metadata is ours.
  const jpeg = await image.jpeg({ quality: 82, chromaSubsampling: '4:2:0' }).toBuffer();
  if (!shot.exif || !shot.xmp) return jpeg;
  const [storedW, storedH] = turn === 0 ? [shot.width, shot.height] : [shot.height, shot.width];
  const xmp = buildXmpSegment({
    ...shot.xmp,
    regions: { width: storedW, height: storedH, faces: faces.map((f) => toStoredArea(f, shot)) },
  });
  return spliceSegments(jpeg, [buildExifSegment(shot.exif), xmp]);
}

/** Run `task` over `items` with at most `limit` running at once. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Write the demo library into `outDir` (created if missing): album folders plus loose photos at
 * the root, each file's mtime set to its capture instant.
 */
export async function generateDemoLibrary(
  outDir: string,
  options: GenerateDemoOptions = {},
): Promise<{ files: number }> {
  const { count = DEFAULT_DEMO_COUNT, seed = DEFAULT_DEMO_SEED, onProgress } = options;
  const shots = planDemoShots({ count, seed });
  await mkdir(outDir, { recursive: true });
  for (const album of new Set(shots.flatMap((s) => (s.album === null ? [] : [s.album])))) {
    await mkdir(join(outDir, album), { recursive: true });
  }
  let done = 0;
  await eachLimited(shots, IN_FLIGHT, async (shot) => {
    const file = join(outDir, ...shot.relPath.split('/'));
    await writeFile(file, await renderShot(shot));
    const taken = new Date(shot.utcMs);
    await utimes(file, taken, taken);
    onProgress?.(++done, shots.length);
  });
  const extras = await writeRawAndHeicExtras(outDir);
  return { files: shots.length + extras };
}
