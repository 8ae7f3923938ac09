import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { endExifTool } from '../media/exiftool-process.ts';
import { readPhotoMetadata } from './read-metadata.ts';
import { buildXmpPacket } from '../demo/xmp-writer.ts';
import { jpegWith, VENDOR_NAMESPACES } from '../testing/test-photos.ts';
import {
  faceBoxesOf,
  microsoftRegions,
  mwgRegions,
  orientNormalizedBox,
  toPixelBox,
} from './face-regions.ts';
import { xmpNamespace } from './exif-values.ts';

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

const MWG = 'http://www.metadataworkinggroup.com/schemas/regions/';
const area = (x: number, y: number, w: number, h: number) => ({ x, y, w, h, unit: 'normalized' });

/** What exifr returns for `mwg-rs:Regions` (checked against its real output). */
const mwgXmp = (regionList: unknown, applied: unknown = { w: 400, h: 300, unit: 'pixel' }) => ({
  xmlns: { 'mwg-rs': MWG },
  'mwg-rs': { Regions: { AppliedToDimensions: applied, RegionList: regionList } },
});

describe('mwgRegions', () => {
  it('turns centre-based areas into top-left boxes, keeps names, treats blank names as unnamed', () => {
    const xmp = mwgXmp([
      { Name: 'Alice', Type: 'Face', Area: area(0.5, 0.5, 0.1, 0.2) },
      { Name: '  ', Type: 'Face', Area: area(0.25, 0.3, 0.1, 0.2) },
      { Type: 'Face', Area: area(0.8, 0.7, 0.1, 0.1) },
    ]);
    const regions = mwgRegions(xmp, { width: 400, height: 300 }, 1).map((r) => ({
      ...r,
      x: +r.x.toFixed(6),
      y: +r.y.toFixed(6),
    }));
    expect(regions).toEqual([
      { personName: 'Alice', x: 0.45, y: 0.4, w: 0.1, h: 0.2, frame: 'stored' },
      { personName: null, x: 0.2, y: 0.2, w: 0.1, h: 0.2, frame: 'stored' },
      { personName: null, x: 0.75, y: 0.65, w: 0.1, h: 0.1, frame: 'stored' },
    ]);
  });

  it('accepts a single region given as an object, and untyped regions', () => {
    const xmp = mwgXmp({ Name: 'Carol Ann', Area: area(0.5, 0.5, 0.2, 0.2) });
    expect(mwgRegions(xmp, { width: 400, height: 300 }, 1).map((r) => r.personName)).toEqual(['Carol Ann']);
  });

  it('skips pets, focus points, zero-size areas and non-normalised units', () => {
    const xmp = mwgXmp([
      { Name: 'Rex', Type: 'Pet', Area: area(0.5, 0.5, 0.1, 0.1) },
      { Type: 'Focus', Area: area(0.5, 0.5, 0.1, 0.1) },
      { Name: 'Dot', Type: 'Face', Area: area(0.5, 0.5, 0, 0) },
      { Name: 'Pixels', Type: 'Face', Area: { x: 200, y: 150, w: 20, h: 20, unit: 'pixel' } },
      { Name: 'No area', Type: 'Face' },
    ]);
    expect(mwgRegions(xmp, { width: 400, height: 300 }, 1)).toEqual([]);
  });

  it('finds the namespace by URI whatever its prefix', () => {
    const xmp = {
      xmlns: { regions: MWG },
      regions: { Regions: { RegionList: { Name: 'Eve', Area: area(0.5, 0.5, 0.2, 0.2) } } },
    };
    expect(mwgRegions(xmp, { width: 400, height: 300 }, 1).map((r) => r.personName)).toEqual(['Eve']);
    expect(xmpNamespace(undefined, MWG, 'mwg-rs')).toEqual({});
  });

  it.each([
    // stored 400×300, orientation 6 → displayed 300×400
    [{ w: 400, h: 300 }, 6, 'stored'],
    [{ w: 4000, h: 3000 }, 6, 'stored'], // scaled copy of the stored size
    [{ w: 300, h: 400 }, 6, 'displayed'], // written for the upright image
    [{ w: 300, h: 400 }, 1, 'stored'], // no rotation: nothing to disambiguate
    [undefined, 8, 'stored'],
  ])('AppliedToDimensions %j with orientation %i → %s frame', (applied, orientation, frame) => {
    const xmp = mwgXmp([{ Name: 'A', Area: area(0.5, 0.5, 0.1, 0.1) }], applied);
    expect(mwgRegions(xmp, { width: 400, height: 300 }, orientation)[0]!.frame).toBe(frame);
  });
});

describe('microsoftRegions', () => {
  it('reads top-left rectangles and display names', () => {
    const xmp = {
      xmlns: { MP: 'http://ns.microsoft.com/photo/1.2/' },
      MP: {
        RegionInfo: {
          Regions: [
            { Rectangle: '0.1, 0.2, 0.3, 0.4', PersonDisplayName: 'Dan' },
            { Rectangle: '0.5, 0.5, 0.1, 0.1' },
            { Rectangle: '0.5, 0.5' },
          ],
        },
      },
    };
    expect(microsoftRegions(xmp)).toEqual([
      { personName: 'Dan', x: 0.1, y: 0.2, w: 0.3, h: 0.4, frame: 'stored' },
      { personName: null, x: 0.5, y: 0.5, w: 0.1, h: 0.1, frame: 'stored' },
    ]);
  });
});

describe('orientNormalizedBox', () => {
  const box = { x: 0.1, y: 0.2, w: 0.3, h: 0.1 };
  it.each([
    [1, { x: 0.1, y: 0.2, w: 0.3, h: 0.1 }],
    [2, { x: 0.6, y: 0.2, w: 0.3, h: 0.1 }],
    [3, { x: 0.6, y: 0.7, w: 0.3, h: 0.1 }],
    [4, { x: 0.1, y: 0.7, w: 0.3, h: 0.1 }],
    [5, { x: 0.2, y: 0.1, w: 0.1, h: 0.3 }],
    [6, { x: 0.7, y: 0.1, w: 0.1, h: 0.3 }],
    [7, { x: 0.7, y: 0.6, w: 0.1, h: 0.3 }],
    [8, { x: 0.2, y: 0.6, w: 0.1, h: 0.3 }],
    [0, { x: 0.1, y: 0.2, w: 0.3, h: 0.1 }],
  ])('orientation %i', (orientation, expected) => {
    const out = orientNormalizedBox(box, orientation);
    expect(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, +v.toFixed(6)]))).toEqual(expected);
  });

  // The table above is only as right as its author; this checks it against the pixels sharp
  // turns upright, for every orientation.
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'matches where sharp puts the pixels, orientation %i',
    async (orientation) => {
      const stored = { width: 200, height: 120 };
      const mark = { left: 20, top: 10, width: 60, height: 30 };
      const white = await sharp({
        create: { width: mark.width, height: mark.height, channels: 3, background: '#fff' },
      })
        .png()
        .toBuffer();
      const jpeg = await sharp({ create: { ...stored, channels: 3, background: '#000' } })
        .composite([{ input: white, left: mark.left, top: mark.top }])
        .jpeg({ quality: 100, chromaSubsampling: '4:4:4' })
        .withMetadata({ orientation })
        .toBuffer();
      const { data, info } = await sharp(jpeg)
        .rotate()
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -1, -1];
      for (let y = 0; y < info.height; y++) {
        for (let x = 0; x < info.width; x++) {
          if (data[y * info.width + x]! > 128)
            [minX, minY, maxX, maxY] = [
              Math.min(minX, x),
              Math.min(minY, y),
              Math.max(maxX, x),
              Math.max(maxY, y),
            ];
        }
      }
      const normalized = {
        x: mark.left / stored.width,
        y: mark.top / stored.height,
        w: mark.width / stored.width,
        h: mark.height / stored.height,
      };
      const expected = toPixelBox(orientNormalizedBox(normalized, orientation), info.width, info.height);
      expect({ x: minX, y: minY, w: maxX - minX + 1, h: maxY - minY + 1 }).toEqual(expected);
    },
  );
});

describe('toPixelBox', () => {
  it.each([
    [
      { x: 0.45, y: 0.4, w: 0.1, h: 0.2 },
      { x: 180, y: 120, w: 40, h: 60 },
    ],
    // cut by the frame: clamped inside the image
    [
      { x: -0.05, y: 0.9, w: 0.1, h: 0.2 },
      { x: 0, y: 270, w: 20, h: 30 },
    ],
    [
      { x: 0.95, y: -0.1, w: 0.2, h: 0.2 },
      { x: 380, y: 0, w: 20, h: 30 },
    ],
    // entirely outside: dropped
    [{ x: 1.2, y: 0.5, w: 0.1, h: 0.1 }, null],
  ])('%j in 400×300 → %j', (box, expected) => {
    expect(toPixelBox(box, 400, 300)).toEqual(expected);
  });
});

describe('faceBoxesOf', () => {
  it('turns stored-frame regions upright but leaves displayed-frame ones alone', () => {
    const stored = { width: 400, height: 300 };
    const displayed = { width: 300, height: 400 };
    const face = [{ Name: 'A', Area: area(0.2, 0.25, 0.1, 0.1) }];
    // Stored frame: top-left (60, 60) 40×30 in 400×300 → orientation 6 → (300-60-30, 60) 30×40.
    expect(faceBoxesOf(mwgXmp(face), stored, displayed, 6)).toEqual([
      { personName: 'A', box: { x: 210, y: 60, w: 30, h: 40 } },
    ]);
    // Same numbers written for the upright 300×400 image: used as they are.
    expect(faceBoxesOf(mwgXmp(face, { w: 300, h: 400 }), stored, displayed, 6)).toEqual([
      { personName: 'A', box: { x: 45, y: 80, w: 30, h: 40 } },
    ]);
  });

  it('prefers MWG regions over Microsoft ones when a file has both', () => {
    const xmp = {
      ...mwgXmp([{ Name: 'From MWG', Area: area(0.5, 0.5, 0.1, 0.1) }]),
      MP: { RegionInfo: { Regions: { Rectangle: '0.1, 0.1, 0.1, 0.1', PersonDisplayName: 'From MP' } } },
    };
    expect(
      faceBoxesOf(xmp, { width: 400, height: 300 }, { width: 400, height: 300 }, 1).map((f) => f.personName),
    ).toEqual(['From MWG']);
  });
});

describe('face regions read from a JPEG', () => {
  const regions = buildXmpPacket({
    regions: {
      width: 400,
      height: 300,
      faces: [
        { name: 'Alice Example', x: 0.5, y: 0.5, w: 0.1, h: 0.2 },
        { name: 'Bob', x: 0.25, y: 0.3, w: 0.1, h: 0.2 },
        { x: 0.8, y: 0.7, w: 0.1, h: 0.1 },
        { name: 'Rex', type: 'Pet', x: 0.1, y: 0.1, w: 0.1, h: 0.1 },
      ],
    },
  });

  it('reads MWG faces: names, unnamed ones, centre → top-left pixel boxes', async () => {
    const metadata = await readPhoto(await jpegWith({ xmp: regions }));
    expect(metadata.faces).toEqual([
      { personName: 'Alice Example', box: { x: 180, y: 120, w: 40, h: 60 } },
      { personName: 'Bob', box: { x: 80, y: 60, w: 40, h: 60 } },
      { personName: null, box: { x: 300, y: 195, w: 40, h: 30 } },
    ]);
  });

  it('turns MWG boxes with the photo (orientation 6: stored 400×300, displayed 300×400)', async () => {
    const metadata = await readPhoto(await jpegWith({ xmp: regions, orientation: 6 }));
    expect([metadata.width, metadata.height]).toEqual([300, 400]);
    expect(metadata.faces).toEqual([
      { personName: 'Alice Example', box: { x: 120, y: 180, w: 60, h: 40 } },
      { personName: 'Bob', box: { x: 180, y: 80, w: 60, h: 40 } },
      { personName: null, box: { x: 75, y: 300, w: 30, h: 40 } },
    ]);
  });

  it('reads a single Lightroom-style region (RegionList is then an object, not a list)', async () => {
    const body = `<mwg-rs:Regions rdf:parseType="Resource">
      <mwg-rs:AppliedToDimensions rdf:parseType="Resource"><stDim:w>400</stDim:w><stDim:h>300</stDim:h><stDim:unit>pixel</stDim:unit></mwg-rs:AppliedToDimensions>
      <mwg-rs:RegionList><rdf:Bag><rdf:li rdf:parseType="Resource">
        <mwg-rs:Area rdf:parseType="Resource"><stArea:x>0.5</stArea:x><stArea:y>0.5</stArea:y><stArea:w>0.25</stArea:w><stArea:h>0.2</stArea:h><stArea:unit>normalized</stArea:unit></mwg-rs:Area>
        <mwg-rs:Name>Carol Ann</mwg-rs:Name><mwg-rs:Type>Face</mwg-rs:Type>
      </rdf:li></rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>`;
    const metadata = await readPhoto(await jpegWith({ xmp: buildXmpPacket({ extra: { body } }) }));
    expect(metadata.faces).toEqual([{ personName: 'Carol Ann', box: { x: 150, y: 120, w: 100, h: 60 } }]);
  });

  it('reads Microsoft MP:RegionInfo rectangles (top-left based) and display names', async () => {
    const body = `<MP:RegionInfo rdf:parseType="Resource"><MPRI:Regions><rdf:Bag>
      <rdf:li rdf:parseType="Resource"><MPReg:Rectangle>0.1, 0.2, 0.3, 0.4</MPReg:Rectangle><MPReg:PersonDisplayName>Dan</MPReg:PersonDisplayName></rdf:li>
      <rdf:li rdf:parseType="Resource"><MPReg:Rectangle>0.9, 0.9, 0.2, 0.2</MPReg:Rectangle></rdf:li>
    </rdf:Bag></MPRI:Regions></MP:RegionInfo>`;
    const xmp = buildXmpPacket({ extra: { namespaces: VENDOR_NAMESPACES, body } });
    const metadata = await readPhoto(await jpegWith({ xmp }));
    expect(metadata.faces).toEqual([
      { personName: 'Dan', box: { x: 40, y: 60, w: 120, h: 120 } },
      { personName: null, box: { x: 360, y: 270, w: 40, h: 30 } }, // clamped to the image
    ]);
  });
});
