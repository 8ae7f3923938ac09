import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALBUMS } from './albums.ts';
import { composeShot } from './compose.ts';
import { generateDemoLibrary, renderShot, toStoredArea } from './generate-demo.ts';
import { CAST } from './people.ts';
import { type DemoShot, planDemoShots } from './plan.ts';

interface MwgRegion {
  Name?: string;
  Type: string;
  Area: { x: number; y: number; w: number; h: number };
}
interface ParsedXmp {
  Regions?: { AppliedToDimensions: { w: number; h: number }; RegionList: MwgRegion | MwgRegion[] };
}

/** exifr returns a lone region as an object, several as an array. */
const regionsOf = (parsed: ParsedXmp | undefined): MwgRegion[] => [parsed?.Regions?.RegionList ?? []].flat();

const OPTIONS = { count: 12, seed: 7 };
const plan = planDemoShots(OPTIONS);
let dirs: string[] = [];

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : Promise.resolve([join(prefix, e.name)]),
    ),
  );
  return nested.flat().sort();
}

/** The RGB of one pixel of the stored (not auto-rotated) grid, at normalised x/y. */
async function pixelAt(jpeg: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const at = (Math.round(y * info.height) * info.width + Math.round(x * info.width)) * info.channels;
  return [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0];
}

const distance = (rgb: number[], hex: string): number =>
  Math.hypot(...[1, 3, 5].map((i, k) => (rgb[k] ?? 0) - parseInt(hex.slice(i, i + 2), 16)));

beforeAll(async () => {
  dirs = await Promise.all([0, 1].map(() => mkdtemp(join(tmpdir(), 'demo-library-'))));
  const progress: number[] = [];
  for (const dir of dirs) {
    const result = await generateDemoLibrary(dir, { ...OPTIONS, onProgress: (done) => progress.push(done) });
    expect(result).toEqual({ files: 16 });
  }
  expect(progress.slice(0, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('generateDemoLibrary', () => {
  it('writes the same bytes and file times for the same seed', async () => {
    const [a = '', b = ''] = dirs;
    const files = await listFiles(a);
    expect(files).toHaveLength(16);
    expect(await listFiles(b)).toEqual(files);
    for (const file of files) {
      expect((await readFile(join(a, file))).equals(await readFile(join(b, file))), file).toBe(true);
      expect((await stat(join(a, file))).mtimeMs).toBe((await stat(join(b, file))).mtimeMs);
    }
  });

  it('organises photos into album folders plus loose photos at the root', async () => {
    const files = await listFiles(dirs[0] ?? '');
    // The planned albums, and the RAW and HEIC extras' own (demo-raw-heic.ts).
    const albums = new Set([...ALBUMS.flatMap((a) => (a.folder ? [a.folder] : [])), 'Camera files']);
    const folders = files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]);
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) expect(albums).toContain(folder);
    expect(files.some((f) => !f.includes('/'))).toBe(true);
  });

  it('sets each file time to the capture instant', async () => {
    for (const shot of plan) {
      const { mtimeMs } = await stat(join(dirs[0] ?? '', shot.relPath));
      expect(Math.abs(mtimeMs - shot.utcMs), shot.relPath).toBeLessThan(1000);
    }
  });

  it('tags the named people with MWG face regions on the stored pixel grid', async () => {
    let named = 0;
    for (const shot of plan.filter((s) => s.exif)) {
      const jpeg = await readFile(join(dirs[0] ?? '', shot.relPath));
      const parsed = (await exifr.parse(jpeg, { xmp: true })) as ParsedXmp | undefined;
      const names = regionsOf(parsed).flatMap((r) => (r.Name ? [r.Name] : []));
      expect(names.sort(), shot.relPath).toEqual(shot.people.map((id) => CAST[id].name).sort());
      named += names.length;
      if (parsed?.Regions) {
        const meta = await sharp(jpeg).metadata();
        expect(parsed.Regions.AppliedToDimensions).toMatchObject({ w: meta.width, h: meta.height });
      }
    }
    expect(named).toBeGreaterThan(3);
  });

  it('leaves some files without any EXIF or XMP', async () => {
    const bare = plan.filter((s) => s.exif === null);
    expect(bare.length).toBeGreaterThan(0);
    for (const shot of bare) {
      const jpeg = await readFile(join(dirs[0] ?? '', shot.relPath));
      expect(await exifr.parse(jpeg, { xmp: true })).toBeUndefined();
    }
  });

  it('stores a portrait sideways with Orientation 6, upright once turned', async () => {
    const shot = plan.find((s) => s.orientation === 6);
    expect(shot).toBeDefined();
    const jpeg = await readFile(join(dirs[0] ?? '', shot?.relPath ?? ''));
    const meta = await sharp(jpeg).metadata();
    expect(meta).toMatchObject({ orientation: 6, width: shot?.height, height: shot?.width });
    expect(meta.autoOrient).toMatchObject({ width: shot?.width, height: shot?.height });
  });
});

describe('renderShot', () => {
  // A daylight group shot, stored each of the three ways: every face region's centre must land on
  // that person's skin in the stored pixels, or the region math and the rotation disagree.
  const group = planDemoShots({ count: 120, seed: 3 }).find(
    (s) => s.exif && s.people.length >= 2 && s.time === 'day' && s.weather === 'clear',
  );

  it.each([1, 6, 8] as const)('puts face regions on the faces with orientation %i', async (orientation) => {
    expect(group).toBeDefined();
    const base = group as DemoShot;
    const portrait = orientation !== 1;
    const [width, height] = portrait
      ? [Math.min(base.width, base.height), Math.max(base.width, base.height)]
      : [base.width, base.height];
    const shot: DemoShot = { ...base, width, height, orientation, exif: { ...base.exif, orientation } };
    const jpeg = await renderShot(shot);
    const regions = regionsOf((await exifr.parse(jpeg, { xmp: true })) as ParsedXmp);
    const named = regions.filter((r) => r.Name);
    expect(named.length).toBe(shot.people.length);
    for (const region of named) {
      const person = Object.values(CAST).find((p) => p.name === region.Name);
      expect(
        distance(await pixelAt(jpeg, region.Area.x, region.Area.y), person?.look.skin ?? '#000000'),
        region.Name,
      ).toBeLessThan(30);
    }
  });

  it('maps boxes for Orientation 6 and 8 as the viewer will turn them', () => {
    const face = { name: 'Ana Ferreira', box: { cx: 100, cy: 300, w: 50, h: 60 } };
    const shot = { width: 1000, height: 1500 };
    expect(toStoredArea(face, { ...shot, orientation: 1 })).toEqual({
      name: 'Ana Ferreira',
      x: 0.1,
      y: 0.2,
      w: 0.05,
      h: 0.04,
    });
    expect(toStoredArea(face, { ...shot, orientation: 6 })).toEqual({
      name: 'Ana Ferreira',
      x: 0.2,
      y: 0.9,
      w: 0.04,
      h: 0.05,
    });
    expect(toStoredArea(face, { ...shot, orientation: 8 })).toEqual({
      name: 'Ana Ferreira',
      x: 0.8,
      y: 0.1,
      w: 0.04,
      h: 0.05,
    });
  });

  it('draws faces a person would recognise: every named face is inside the frame', () => {
    for (const shot of planDemoShots({ count: 320, seed: 20250614 })) {
      for (const { box } of composeShot(shot).faces) {
        expect(box.cx - box.w / 2).toBeGreaterThanOrEqual(0);
        expect(box.cx + box.w / 2).toBeLessThanOrEqual(shot.width);
        expect(box.cy - box.h / 2).toBeGreaterThanOrEqual(0);
        expect(box.cy + box.h / 2).toBeLessThanOrEqual(shot.height);
      }
    }
  });
});
