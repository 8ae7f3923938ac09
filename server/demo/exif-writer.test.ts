import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type ExifFields, buildExifSegment, spliceSegments, toRational } from './exif-writer.ts';
import { buildXmpSegment } from './xmp-writer.ts';

const blankJpeg = (): Promise<Buffer> =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#808080' } })
    .jpeg()
    .toBuffer();

/** exifr's raw view: values as stored, grouped by IFD, no translation to labels or Dates. */
const readRaw = async (jpeg: Buffer): Promise<Record<string, Record<string, unknown>>> =>
  (await exifr.parse(jpeg, {
    xmp: true,
    reviveValues: false,
    translateValues: false,
    mergeOutput: false,
  })) as Record<string, Record<string, unknown>>;

const newYorkPhone: ExifFields = {
  make: 'Apple',
  model: 'iPhone 15 Pro',
  orientation: 6,
  software: '17.4.1',
  modifyDate: '2025:11:01 14:30:05',
  dateTimeOriginal: '2025:11:01 14:30:05',
  createDate: '2025:11:01 14:30:05',
  offsetTime: '-04:00',
  offsetTimeOriginal: '-04:00',
  offsetTimeDigitized: '-04:00',
  subSecTimeOriginal: '123',
  exposureTime: 1 / 500,
  fNumber: 1.78,
  iso: 64,
  exposureBias: -1 / 3,
  focalLength: 6.765,
  focalLengthIn35mmFormat: 24,
  lensMake: 'Apple',
  lensModel: 'iPhone 15 Pro back triple camera 6.765mm f/1.78',
  pixelXDimension: 64,
  pixelYDimension: 48,
  gps: {
    latitude: 40.748417,
    longitude: -73.985664,
    altitude: 12.3,
    dateStamp: '2025:11:01',
    timeStamp: [18, 30, 5],
  },
};

describe('toRational', () => {
  it.each([
    [1 / 500, [1, 500]],
    [-1 / 3, [-1, 3]],
    [2 / 3, [2, 3]],
    [6.765, [1353, 200]],
    [1.78, [89, 50]],
    [8, [8, 1]],
    [0, [0, 1]],
  ])('%d → %j', (value, expected) => {
    expect(toRational(value)).toEqual(expected);
  });
});

describe('buildExifSegment', () => {
  it('round-trips every IFD0, Exif and GPS field through exifr', async () => {
    const jpeg = spliceSegments(await blankJpeg(), [buildExifSegment(newYorkPhone)]);
    const raw = await readRaw(jpeg);

    expect(raw.ifd0).toMatchObject({
      Make: 'Apple',
      Model: 'iPhone 15 Pro',
      Orientation: 6,
      Software: '17.4.1',
      ModifyDate: '2025:11:01 14:30:05',
    });
    expect(raw.exif).toMatchObject({
      ExposureTime: 0.002,
      FNumber: 1.78,
      ISO: 64,
      DateTimeOriginal: '2025:11:01 14:30:05',
      CreateDate: '2025:11:01 14:30:05',
      OffsetTime: '-04:00',
      OffsetTimeOriginal: '-04:00',
      OffsetTimeDigitized: '-04:00',
      SubSecTimeOriginal: '123',
      FocalLength: 6.765,
      FocalLengthIn35mmFormat: 24,
      LensMake: 'Apple',
      LensModel: 'iPhone 15 Pro back triple camera 6.765mm f/1.78',
      ExifImageWidth: 64,
      ExifImageHeight: 48,
    });
    expect(raw.exif?.ExposureCompensation).toBeCloseTo(-1 / 3, 10);
    expect(raw.gps).toMatchObject({
      GPSLatitudeRef: 'N',
      GPSLongitudeRef: 'W',
      GPSAltitude: 12.3,
      GPSDateStamp: '2025:11:01',
      GPSTimeStamp: [18, 30, 5],
    });
    expect(Array.from(raw.gps?.GPSAltitudeRef as Uint8Array)).toEqual([0]);

    // The signed coordinates a gallery uses: New York is west, so its longitude is negative.
    const gps = await exifr.gps(jpeg);
    expect(gps.latitude).toBeCloseTo(40.748417, 5);
    expect(gps.longitude).toBeCloseTo(-73.985664, 5);
  });

  it('writes south latitudes and altitudes below sea level with their reference flags', async () => {
    const jpeg = spliceSegments(await blankJpeg(), [
      buildExifSegment({
        make: 'Canon',
        gps: { latitude: -33.856784, longitude: 151.215297, altitude: -12 },
      }),
    ]);
    const raw = await readRaw(jpeg);
    expect(raw.gps).toMatchObject({ GPSLatitudeRef: 'S', GPSLongitudeRef: 'E', GPSAltitude: 12 });
    expect(Array.from(raw.gps?.GPSAltitudeRef as Uint8Array)).toEqual([1]);
    const gps = await exifr.gps(jpeg);
    expect(gps.latitude).toBeCloseTo(-33.856784, 5);
    expect(gps.longitude).toBeCloseTo(151.215297, 5);
  });

  it('keeps positive exposure bias and a long exposure exact', async () => {
    const jpeg = spliceSegments(await blankJpeg(), [
      buildExifSegment({ exposureTime: 10, exposureBias: 2 / 3, fNumber: 2.8 }),
    ]);
    const raw = await readRaw(jpeg);
    expect(raw.exif?.ExposureTime).toBe(10);
    expect(raw.exif?.ExposureCompensation).toBeCloseTo(2 / 3, 10);
    expect(raw.gps).toBeUndefined();
  });

  it('gives sharp the orientation, so viewers turn the picture upright', async () => {
    const jpeg = spliceSegments(await blankJpeg(), [buildExifSegment({ orientation: 8 })]);
    const meta = await sharp(jpeg).metadata();
    expect(meta.orientation).toBe(8);
    expect(meta).toMatchObject({ width: 64, height: 48, autoOrient: { width: 48, height: 64 } });
  });
});

describe('spliceSegments', () => {
  it('puts the segments right after SOI and drops a JFIF header', async () => {
    // libvips writes no JFIF APP0 today; other encoders (and older libvips) do.
    const sharpJpeg = await blankJpeg();
    const jfif = Buffer.from('ffe000104a46494600010100000100010000', 'hex');
    const original = Buffer.concat([sharpJpeg.subarray(0, 2), jfif, sharpJpeg.subarray(2)]);
    const jpeg = spliceSegments(original, [buildExifSegment({ make: 'FUJIFILM' })]);
    expect(jpeg.readUInt16BE(0)).toBe(0xffd8);
    expect(jpeg.readUInt16BE(2)).toBe(0xffe1);
    expect(jpeg.toString('latin1', 6, 12)).toBe('Exif\0\0');
    expect(jpeg.includes('JFIF')).toBe(false);
    expect((await sharp(jpeg).raw().toBuffer()).length).toBe(64 * 48 * 3);
  });
});

describe('buildXmpSegment', () => {
  it('writes MWG face regions, place names, rating and caption that exifr reads back', async () => {
    const xmp = buildXmpSegment({
      city: 'Reykjavík',
      state: 'Capital Region',
      country: 'Iceland',
      rating: 4,
      description: 'Northern lights at last!',
      regions: {
        width: 64,
        height: 48,
        faces: [
          { name: 'Mei Tanaka', x: 0.25, y: 0.4, w: 0.2, h: 0.3 },
          { x: 0.8, y: 0.5, w: 0.05, h: 0.08 },
        ],
      },
    });
    const parsed = (await exifr.parse(spliceSegments(await blankJpeg(), [xmp]), { xmp: true })) as Record<
      string,
      unknown
    >;
    expect(parsed).toMatchObject({
      City: 'Reykjavík',
      State: 'Capital Region',
      Country: 'Iceland',
      Rating: 4,
    });
    expect(parsed.description).toMatchObject({ value: 'Northern lights at last!' });
    expect(parsed.Regions).toMatchObject({
      AppliedToDimensions: { w: 64, h: 48, unit: 'pixel' },
      RegionList: [
        { Name: 'Mei Tanaka', Type: 'Face', Area: { x: 0.25, y: 0.4, w: 0.2, h: 0.3, unit: 'normalized' } },
        { Type: 'Face', Area: { x: 0.8, y: 0.5, w: 0.05, h: 0.08, unit: 'normalized' } },
      ],
    });
    const regions = parsed.Regions as { RegionList: Record<string, unknown>[] };
    expect(regions.RegionList[1]).not.toHaveProperty('Name');
  });

  it('escapes markup in names so the packet stays well-formed', () => {
    const xmp = buildXmpSegment({
      regions: {
        width: 10,
        height: 10,
        faces: [{ name: 'Tom "Tommy" <Becker>', x: 0.5, y: 0.5, w: 0.1, h: 0.1 }],
      },
    });
    const text = xmp.toString('utf8');
    expect(text).toContain('mwg-rs:Name="Tom &quot;Tommy&quot; &lt;Becker&gt;"');
  });
});
