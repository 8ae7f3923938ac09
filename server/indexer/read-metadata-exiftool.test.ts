/**
 * The reader's ExifTool rules on files ExifTool itself writes: copies of real camera photos in a
 * temporary folder, each given the conflicting or missing tags a rule is about.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endExifTool, exiftool } from '../media/exiftool-process.ts';
import { readPhotoMetadata } from './read-metadata.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');
const CANON_40D = path.join(FIXTURES, 'Canon_40D.jpg');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'cs-reader-exiftool-'));
});
afterAll(async () => {
  await endExifTool();
  await rm(tmp, { recursive: true, force: true });
});

/** A copy of `source` named `name` in the temp folder, with ExifTool assignments (`Group:Tag=value`). */
async function copyWith(source: string, name: string, assignments: string[]): Promise<string> {
  const file = path.join(tmp, name);
  await copyFile(source, file);
  await write(file, assignments);
  return file;
}

async function write(file: string, assignments: string[]): Promise<void> {
  const writeArgs = [...assignments.map((a) => `-${a}`), '-overwrite_original'];
  await exiftool().write(file, {}, { writeArgs, useMWG: false });
}

describe('MWG: EXIF, IPTC and XMP disagree', () => {
  const place = (city: string, state: string, country: string) => [
    `IPTC:City=${city}`,
    `IPTC:Province-State=${state}`,
    `IPTC:Country-PrimaryLocationName=${country}`,
  ];
  const xmpPlace = [
    'XMP-photoshop:City=Lisboa',
    'XMP-photoshop:State=Lisboa District',
    'XMP-photoshop:Country=Portugal',
  ];

  it('takes EXIF over IPTC and XMP for the caption; XMP over IPTC in sync; the XMP rating', async () => {
    const file = await copyWith(CANON_40D, 'mwg.jpg', [
      'EXIF:ImageDescription=From EXIF',
      'IPTC:Caption-Abstract=From IPTC',
      'XMP-dc:Description=From XMP',
      ...place('Porto', 'Porto District', 'Portugal (IPTC)'),
      ...xmpPlace,
      'XMP-xmp:Rating=4',
      'EXIF:Rating=2',
    ]);
    const metadata = await readPhotoMetadata(file);
    expect(metadata.exif).toMatchObject({
      description: 'From EXIF',
      city: 'Lisboa',
      state: 'Lisboa District',
      country: 'Portugal',
      rating: 4,
    });
    expect(metadata.placeSource).toBe('file');
  });

  it('takes IPTC over XMP when its digest says IPTC was edited after the XMP was written', async () => {
    const file = await copyWith(CANON_40D, 'stale.jpg', [
      'IPTC:Caption-Abstract=From IPTC',
      'XMP-dc:Description=From XMP',
      ...place('Braga', 'Braga District', 'Portugal (IPTC)'),
      ...xmpPlace,
      'Photoshop:IPTCDigest=0123456789abcdef0123456789abcdef',
    ]);
    expect((await readPhotoMetadata(file)).exif).toMatchObject({
      description: 'From IPTC',
      city: 'Braga',
      state: 'Braga District',
      country: 'Portugal (IPTC)',
    });
  });

  it('reads IPTC-only state and country (no XMP copy at all)', async () => {
    const file = await copyWith(CANON_40D, 'iptc.jpg', [
      'IPTC:Province-State=Ontario',
      'IPTC:Country-PrimaryLocationName=Canada',
    ]);
    expect((await readPhotoMetadata(file)).exif).toMatchObject({
      city: null,
      state: 'Ontario',
      country: 'Canada',
    });
  });
});

describe('maker notes where the standard tag is missing', () => {
  it('reads ISO and lens of a Canon IXUS 400 from its maker notes (no EXIF ISO, no LensModel)', async () => {
    const metadata = await readPhotoMetadata(path.join(FIXTURES, 'Canon_DIGITAL_IXUS_400.jpg'));
    expect(metadata.exif).toMatchObject({
      make: 'Canon',
      model: 'Canon DIGITAL IXUS 400',
      iso: 50,
      lens_model: '7.4 - 22.2 mm',
    });
  });

  it('keeps the EXIF ISO when both exist', async () => {
    const file = await copyWith(CANON_40D, 'iso.jpg', ['EXIF:ISO=800']);
    expect((await readPhotoMetadata(file)).exif?.iso).toBe(800);
  });
});

describe('zone and place from GPS, offline', () => {
  const sintra = [
    'GPS:GPSLatitude=38.798',
    'GPS:GPSLatitudeRef=N',
    'GPS:GPSLongitude=9.3881',
    'GPS:GPSLongitudeRef=W',
  ];

  it.each([
    ['2024:07:14 18:30:00', '2024-07-14T18:30:00+01:00'], // summer time
    ['2024:01:14 18:30:00', '2024-01-14T18:30:00Z'],
  ])('a photo taken in Sintra at %s without an offset is at %s', async (taken, expected) => {
    const file = await copyWith(CANON_40D, `sintra-${taken.slice(5, 7)}.jpg`, [
      ...sintra,
      `EXIF:DateTimeOriginal=${taken}`,
      'EXIF:CreateDate=',
      'EXIF:ModifyDate=',
    ]);
    const metadata = await readPhotoMetadata(file);
    expect(metadata).toMatchObject({
      localDatetime: expected,
      zoneSource: 'gps',
      gpsTimeZone: 'Europe/Lisbon',
      placeSource: 'gps',
    });
    expect(metadata.exif).toMatchObject({ city: 'Sintra', state: 'Lisbon', country: 'Portugal' });
    // The exif dates stay as the file wrote them.
    expect(metadata.exif?.original_datetime).toBe(expected.replace(/(Z|\+01:00)$/, ''));
  });

  it('keeps the offset the camera wrote, and the place the file names', async () => {
    const file = await copyWith(CANON_40D, 'written.jpg', [
      ...sintra,
      'EXIF:DateTimeOriginal=2024:07:14 18:30:00',
      'EXIF:OffsetTimeOriginal=+09:00',
      'XMP-photoshop:City=Sintra',
    ]);
    const metadata = await readPhotoMetadata(file);
    expect(metadata).toMatchObject({
      localDatetime: '2024-07-14T18:30:00+09:00',
      zoneSource: 'camera',
      gpsTimeZone: 'Europe/Lisbon',
      placeSource: 'file',
    });
    expect(metadata.exif).toMatchObject({ city: 'Sintra', state: null, country: null });
  });

  it('names the zone of a position even without a date, and no town for a point mid-ocean', async () => {
    const file = await copyWith(CANON_40D, 'ocean.jpg', [
      'GPS:GPSLatitude=40',
      'GPS:GPSLatitudeRef=S',
      'GPS:GPSLongitude=130',
      'GPS:GPSLongitudeRef=W',
      'EXIF:DateTimeOriginal=',
      'EXIF:CreateDate=',
      'EXIF:ModifyDate=',
    ]);
    const metadata = await readPhotoMetadata(file);
    expect(metadata).toMatchObject({
      localDatetime: null,
      zoneSource: null,
      gpsTimeZone: 'Etc/GMT+9', // the nautical zone: UTC−9
      placeSource: null,
    });
    expect(metadata.exif).toMatchObject({ latitude: -40, longitude: -130, city: null });
  });

  // ExifTool's nearest entry is a neighbourhood in a city (second column); the place is the city,
  // while a town near a city keeps its own name.
  it.each([
    [38.7139, -9.1394, 'Baixa', 'Lisbon', 'Portugal'],
    [40.758, -73.9855, 'Times Square', 'New York City', 'United States'],
    [48.8584, 2.2945, 'Paris 16 Passy', 'Paris', 'France'],
    [35.6595, 139.7005, 'Shibuya', 'Tokyo', 'Japan'],
    [52.5163, 13.3777, 'Tiergarten', 'Berlin', 'Germany'],
    [48.8397, 2.2399, 'Boulogne-Billancourt', 'Boulogne-Billancourt', 'France'],
    [38.6979, -9.4215, 'Cascais', 'Cascais', 'Portugal'],
    [43.46, 11.05, 'San Gimignano', 'San Gimignano', 'Italy'],
  ])('at %f, %f (ExifTool: %s) the place is %s, %s', async (latitude, longitude, _nearest, city, country) => {
    const file = await copyWith(CANON_40D, `at-${latitude}-${longitude}.jpg`, [
      `GPS:GPSLatitude=${Math.abs(latitude)}`,
      `GPS:GPSLatitudeRef=${latitude < 0 ? 'S' : 'N'}`,
      `GPS:GPSLongitude=${Math.abs(longitude)}`,
      `GPS:GPSLongitudeRef=${longitude < 0 ? 'W' : 'E'}`,
    ]);
    const metadata = await readPhotoMetadata(file);
    expect(metadata.placeSource).toBe('gps');
    expect(metadata.exif).toMatchObject({ city, country });
  });
});

describe('an XMP sidecar', () => {
  it('overrides rating, caption and the capture date, and adds what the file lacks', async () => {
    const photo = await copyWith(CANON_40D, 'IMG_0001.jpg', [
      'XMP-xmp:Rating=1',
      'EXIF:ImageDescription=Caption in the file',
    ]);
    const sidecar = path.join(tmp, 'IMG_0001.jpg.xmp');
    await writeFile(sidecar, '<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>\n');
    await write(sidecar, [
      'XMP-xmp:Rating=5',
      'XMP-dc:Description=Caption in the sidecar',
      'XMP-exif:DateTimeOriginal=2008:05:30 16:56:01+01:00',
      'XMP-photoshop:City=Galway',
    ]);
    const plain = await readPhotoMetadata(photo);
    expect(plain.exif).toMatchObject({ rating: 1, description: 'Caption in the file', city: null });

    const metadata = await readPhotoMetadata(photo, { sidecarPath: sidecar });
    expect(metadata.exif).toMatchObject({
      rating: 5,
      description: 'Caption in the sidecar',
      city: 'Galway',
      make: 'Canon', // from the file: the sidecar doesn't say
      original_datetime: '2008-05-30T16:56:01+01:00',
    });
    expect(metadata).toMatchObject({ localDatetime: '2008-05-30T16:56:01+01:00', zoneSource: 'camera' });
  });

  it('is ignored when it is not XMP at all', async () => {
    const sidecar = path.join(tmp, 'broken.xmp');
    await writeFile(sidecar, 'not xml at all \u0000\u0001');
    const metadata = await readPhotoMetadata(CANON_40D, { sidecarPath: sidecar });
    expect(metadata).toMatchObject({ localDatetime: '2008-05-30T15:56:01' });
    expect(metadata.exif?.make).toBe('Canon');
  });
});

describe('a broken file', () => {
  it('is reported with its name and why, not crashing the reader', async () => {
    // A JPEG cut off inside its EXIF block, before any scan data.
    const file = path.join(tmp, 'truncated-app1.jpg');
    await writeFile(file, Buffer.from('ffd8ffc0000b080010001001011100ffe1ffff4578696600004d4d002a', 'hex'));
    await expect(readPhotoMetadata(file)).rejects.toThrow(
      /^Cannot read .*truncated-app1\.jpg: not a readable image \(.*premature end of JPEG/,
    );
    // The shared ExifTool is still there for the next file.
    expect((await readPhotoMetadata(CANON_40D)).exif?.model).toBe('Canon EOS 40D');
  });
});
