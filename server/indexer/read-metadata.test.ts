import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Exif } from '../../contract/entities.ts';
import { endExifTool } from '../media/exiftool-process.ts';
import { readPhotoMetadata } from './read-metadata.ts';
import { buildXmpPacket } from '../demo/xmp-writer.ts';
import { jpegWith, VENDOR_NAMESPACES } from '../testing/test-photos.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);

let tmp: string;
let written = 0;
/** ExifTool reads tags from a file on disk: generated photos are written to the temp folder first. */
async function read(photo: string | Buffer, extension = '.jpg') {
  if (typeof photo === 'string') return readPhotoMetadata(photo);
  const file = path.join(tmp, `photo-${++written}${extension}`);
  await writeFile(file, photo);
  return readPhotoMetadata(file);
}
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'cs-read-metadata-'));
});
afterAll(async () => {
  await endExifTool();
  await rm(tmp, { recursive: true, force: true });
});

describe('real cameras', () => {
  it.each([
    [
      'Canon_40D.jpg',
      { width: 100, height: 68, localDatetime: '2008-05-30T15:56:01' },
      {
        make: 'Canon',
        model: 'Canon EOS 40D',
        lens_model: null,
        f_number: 7.1,
        focal_length: 135,
        iso: 100,
        exposure_time: 0.00625,
        exposure_bias: 0,
        orientation: 1,
      },
    ],
    [
      // Lens only in XMP aux:Lens; ISO in ISOSpeedRatings; offset from Lightroom's xmp:CreateDate.
      'Nikon_D70.jpg',
      { width: 100, height: 66, localDatetime: '2008-03-15T09:52:01-04:00' },
      {
        make: 'NIKON CORPORATION',
        model: 'NIKON D70',
        lens_model: '100.0 mm f/2.8',
        f_number: 9,
        focal_length: 100,
        iso: 200,
        exposure_time: 0.005,
        exposure_bias: -1,
      },
    ],
    [
      'Fujifilm_FinePix_E500.jpg',
      { width: 59, height: 100, localDatetime: '2006-08-17T09:24:48' },
      {
        make: 'FUJIFILM',
        model: 'FinePix E500',
        f_number: 2.9,
        focal_length: 4.7,
        iso: 100,
        exposure_time: 0.0125,
      },
    ],
    [
      // 1/180 s; the +09:00 comes from XMP exif:DateTimeDigitized of the same second.
      'Pentax_K10D.jpg',
      { width: 100, height: 72, localDatetime: '2008-05-04T16:47:24+09:00' },
      {
        make: 'PENTAX Corporation',
        model: 'PENTAX K10D',
        f_number: 11,
        focal_length: 90,
        iso: 200,
        exposure_time: 0.00555556,
        original_datetime: '2008-05-04T16:47:24+09:00',
      },
    ],
    [
      // SubSecTime belongs to DateTime (the modify date), not to DateTimeOriginal.
      'Olympus_C8080WZ.jpg',
      { width: 100, height: 72, localDatetime: '2006-10-22T15:44:29' },
      {
        make: 'OLYMPUS CORPORATION',
        model: 'C8080WZ',
        f_number: 2.8,
        focal_length: 15.8,
        iso: 50,
        modified_datetime: '2008-07-31T13:03:47.500000',
      },
    ],
    [
      // Model is "ION230\0F" in the file; the description just repeats the make.
      'WWL_(Polaroid)_ION230.jpg',
      { width: 75, height: 100, localDatetime: '2026-11-24T14:41:16' },
      {
        make: 'WWL',
        model: 'ION230',
        description: null,
        f_number: 2.8,
        focal_length: 8.4,
        exposure_time: 0.03003,
      },
    ],
    [
      // "KONICA MINOLTA DIGITAL CAMERA" is the camera's stock caption, not a description.
      'Konica_Minolta_DiMAGE_Z3.jpg',
      { width: 70, height: 100, localDatetime: '2005-03-10T15:10:48' },
      {
        make: 'KONICA MINOLTA',
        model: 'DiMAGE Z3',
        description: null,
        focal_length: 5.86,
        iso: 200,
        exposure_time: 0.025,
      },
    ],
  ])('%s', async (file, expected, exif) => {
    const metadata = await read(fixture(file));
    expect(metadata).toMatchObject({ mimeType: 'image/jpeg', faces: [], ...expected });
    expect(metadata.exif).toMatchObject(exif);
    expect(Exif.safeParse(metadata.exif).success).toBe(true);
  });

  it('reads a south latitude with its sign (Kodak CX7530, GPSLatitudeRef S)', async () => {
    const { exif } = await read(fixture('Kodak_CX7530.jpg'));
    expect(exif).toMatchObject({ latitude: -0.3713, longitude: 36.056417, altitude: null });
  });

  it('reads a north-east position (Nikon COOLPIX P6000)', async () => {
    const metadata = await read(fixture('gps/DSCN0010.jpg'));
    // No offset written: it comes from the position (Tuscany, summer time in October 2008).
    expect(metadata).toMatchObject({
      width: 640,
      height: 480,
      localDatetime: '2008-10-22T16:28:39+02:00',
      zoneSource: 'gps',
      gpsTimeZone: 'Europe/Rome',
      placeSource: 'gps',
    });
    expect(metadata.exif).toMatchObject({
      make: 'NIKON',
      model: 'COOLPIX P6000',
      latitude: 43.467448,
      longitude: 11.885127,
      iso: 64,
      f_number: 5.9,
      focal_length: 24,
      rating: null,
      // The file names no place: the nearest town of ExifTool's offline database does.
      city: 'Arezzo',
      state: 'Tuscany',
      country: 'Italy',
    });
  });

  it('reads place and caption from XMP, and a date-only photoshop:DateCreated', async () => {
    const metadata = await read(fixture('long_description.jpg'));
    expect(metadata.exif).toMatchObject({
      city: 'KANDAHAR ARMY AIRFIELD',
      state: 'DAYCHOPAN',
      country: 'Afghanistan',
      original_datetime: '2003-08-31T00:00:00',
    });
    expect(metadata.exif?.description).toMatch(/^Operation Mountain Viper put the soldiers .* \(Released\)$/);
    expect(metadata.localDatetime).toBe('2003-08-31T00:00:00');
  });

  it('reads XMP-only dates with their offset (Adobe BlueSquare, old xap: prefix)', async () => {
    const metadata = await read(fixture('xmp/BlueSquare.jpg'));
    expect(metadata).toMatchObject({ width: 360, height: 216, localDatetime: '2005-09-07T15:07:40-07:00' });
    expect(metadata.exif).toMatchObject({
      digitized_datetime: '2005-09-07T15:07:40-07:00',
      modified_datetime: '2005-09-07T15:09:51-07:00',
      description: 'XMPFiles BlueSquare test file, created in Photoshop CS2, saved as .psd, .jpg, and .tif.',
    });
  });
});

describe('orientation', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'landscape_%i.jpg comes out 600×450 with its orientation',
    async (orientation) => {
      const metadata = await read(fixture(`orientation/landscape_${orientation}.jpg`));
      expect([metadata.width, metadata.height, metadata.exif?.orientation]).toEqual([600, 450, orientation]);
    },
  );

  it.each([1, 6, 8])('portrait_%i.jpg comes out 450×600 with its orientation', async (orientation) => {
    const metadata = await read(fixture(`orientation/portrait_${orientation}.jpg`));
    expect([metadata.width, metadata.height, metadata.exif?.orientation]).toEqual([450, 600, orientation]);
  });
});

describe('generated EXIF', () => {
  it('maps every EXIF field, west and south signs, and an altitude below sea level', async () => {
    const jpeg = await jpegWith({
      exif: {
        IFD0: { Make: 'Canon', Model: 'Canon EOS R5', ImageDescription: '  Harbour at dusk  ' },
        IFD2: {
          DateTimeOriginal: '2024:06:01 14:30:05',
          SubSecTimeOriginal: '51',
          OffsetTimeOriginal: '-07:00',
          DateTimeDigitized: '2024:06:01 14:30:05',
          LensModel: 'RF24-70mm F2.8 L IS USM',
          ISOSpeedRatings: '400',
          FNumber: '28/10',
          ExposureTime: '1/250',
          FocalLength: '35/1',
          ExposureBiasValue: '-2/3',
        },
        IFD3: {
          GPSLatitudeRef: 'S',
          GPSLatitude: '33/1 52/1 744/100',
          GPSLongitudeRef: 'W',
          GPSLongitude: '151/1 12/1 3348/100',
          GPSAltitudeRef: '1',
          GPSAltitude: '125/10',
        },
      },
    });
    // libvips writes the BYTE tag GPSAltitudeRef as 0 whatever it is given, so flip it in the
    // file: the little-endian IFD entry is tag 5, type 1 (BYTE), count 1, value 0.
    const entry = Buffer.from([5, 0, 1, 0, 1, 0, 0, 0, 0]);
    const at = jpeg.indexOf(entry);
    expect(at).toBeGreaterThan(0);
    jpeg[at + 8] = 1;

    const metadata = await read(jpeg);
    expect(metadata.localDatetime).toBe('2024-06-01T14:30:05.510000-07:00');
    expect(metadata.exif).toEqual({
      make: 'Canon',
      model: 'Canon EOS R5',
      orientation: 1,
      modified_datetime: null,
      original_datetime: '2024-06-01T14:30:05.510000-07:00',
      digitized_datetime: '2024-06-01T14:30:05-07:00', // same second, offset borrowed
      lens_model: 'RF24-70mm F2.8 L IS USM',
      f_number: 2.8,
      focal_length: 35,
      iso: 400,
      exposure_time: 0.004,
      exposure_bias: -0.67,
      latitude: -33.868733,
      longitude: -151.2093,
      altitude: -12.5,
      city: null,
      state: null,
      country: null,
      description: 'Harbour at dusk',
      fps: null,
      live_photo_cid: null,
      projection_type: null,
      profile_description: null,
      auto_stack_id: null,
      rating: null,
    });
  });

  it('leaves a time without a zone offsetless (never UTC)', async () => {
    const metadata = await read(
      await jpegWith({ exif: { IFD2: { DateTimeOriginal: '2024:06:01 14:30:05' } } }),
    );
    expect(metadata.localDatetime).toBe('2024-06-01T14:30:05');
  });

  it('skips a junk DateTimeOriginal and falls back to the digitized date', async () => {
    const jpeg = await jpegWith({
      exif: {
        IFD2: {
          DateTimeOriginal: '0000:00:00 00:00:00',
          DateTimeDigitized: '2019:12:31 23:59:59',
          OffsetTimeDigitized: '+01:00',
        },
      },
    });
    const metadata = await read(jpeg);
    expect(metadata.exif?.original_datetime).toBeNull();
    expect(metadata.localDatetime).toBe('2019-12-31T23:59:59+01:00');
  });

  it('gives a null date and null exif for a photo without metadata', async () => {
    const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    expect(await read(png, '.png')).toEqual({
      mimeType: 'image/png',
      width: 30,
      height: 20,
      exif: null,
      localDatetime: null,
      zoneSource: null,
      gpsTimeZone: null,
      placeSource: null,
      faces: [],
    });
  });
});

describe('generated XMP', () => {
  it('reads rating, lens, place, a lang-alt description, XMP GPS and an offset date', async () => {
    const body = `<aux:Lens>EF50mm f/1.8 II</aux:Lens>
      <photoshop:City>Lima</photoshop:City><photoshop:State>Lima</photoshop:State><photoshop:Country>Peru</photoshop:Country>
      <exif:DateTimeOriginal>2024-06-01T14:30:05.25-05:00</exif:DateTimeOriginal>
      <exif:GPSLatitude>12,2.5S</exif:GPSLatitude><exif:GPSLongitude>77,1.5W</exif:GPSLongitude>
      <exif:GPSAltitude>1541/10</exif:GPSAltitude><exif:GPSAltitudeRef>0</exif:GPSAltitudeRef>
      <dc:description><rdf:Alt><rdf:li xml:lang="x-default">  Plaza de Armas  </rdf:li><rdf:li xml:lang="es">Plaza</rdf:li></rdf:Alt></dc:description>`;
    const metadata = await read(
      await jpegWith({
        xmp: buildXmpPacket({
          rating: 4,
          extra: {
            namespaces: VENDOR_NAMESPACES,
            attributes: ['GPano:ProjectionType="equirectangular"'],
            body,
          },
        }),
      }),
    );
    expect(metadata.localDatetime).toBe('2024-06-01T14:30:05.250000-05:00');
    expect(metadata.exif).toMatchObject({
      lens_model: 'EF50mm f/1.8 II',
      city: 'Lima',
      state: 'Lima',
      country: 'Peru',
      latitude: -12.041667,
      longitude: -77.025,
      altitude: 154.1,
      description: 'Plaza de Armas',
      rating: 4,
      projection_type: 'equirectangular',
      original_datetime: '2024-06-01T14:30:05.250000-05:00',
    });
  });
});

describe('formats', () => {
  const image = () => sharp({ create: { width: 40, height: 30, channels: 3, background: '#369' } });
  const exif = { IFD0: { Make: 'FormatTest' }, IFD2: { DateTimeOriginal: '2024:01:02 03:04:05' } };

  it.each([
    ['webp', () => image().webp().withExif(exif).toBuffer(), 'image/webp', 'FormatTest'],
    ['avif', () => image().avif().withExif(exif).toBuffer(), 'image/avif', 'FormatTest'],
    ['png', () => image().png().withExif(exif).toBuffer(), 'image/png', 'FormatTest'],
    ['gif', () => image().gif().toBuffer(), 'image/gif', undefined],
  ])('%s: type, size and EXIF', async (_name, make, mimeType, cameraMake) => {
    const metadata = await read(await make(), `.${_name}`);
    expect(metadata).toMatchObject({ mimeType, width: 40, height: 30 });
    expect(metadata.exif?.make).toBe(cameraMake);
  });

  it('tiff: type, size and XMP', async () => {
    const tiff = await image()
      .tiff()
      .withXmp(buildXmpPacket({ city: 'Porto' }))
      .toBuffer();
    expect(await read(tiff, '.tif')).toMatchObject({
      mimeType: 'image/tiff',
      width: 40,
      height: 30,
      exif: { city: 'Porto' },
    });
  });
});

describe('broken files: an Error saying why, or partial metadata; never a hang', () => {
  it('rejects an empty file', async () => {
    const file = path.join(tmp, 'empty.jpg');
    await writeFile(file, '');
    await expect(read(file)).rejects.toThrow(/Cannot read .*empty\.jpg: the file is empty/);
    await expect(read(Buffer.alloc(0))).rejects.toThrow(/empty/);
  });

  it('rejects a text file named .jpg', async () => {
    const file = path.join(tmp, 'notes.jpg');
    await writeFile(file, 'this is not a photo\n');
    await expect(read(file)).rejects.toThrow(
      /Cannot read .*notes\.jpg: not a readable image \(.*unsupported image format/,
    );
  });

  it('rejects a missing file', async () => {
    await expect(read(path.join(tmp, 'nope.jpg'))).rejects.toThrow(/Cannot read .*nope\.jpg/);
  });

  it(
    'reads the header of a JPEG with damaged scan data (its pixels fail later, in the thumbnailer)',
    { timeout: 5000 },
    async () => {
      const metadata = await read(fixture('corrupted-head.jpg'));
      expect(metadata).toMatchObject({ width: 3648, height: 2736, localDatetime: '2015-09-08T11:02:17' });
      // "OLYMPUS DIGITAL CAMERA" is the stock caption; it is not kept as a description.
      expect(metadata.exif).toMatchObject({
        make: 'OLYMPUS IMAGING CORP.',
        model: 'u1020,S1020',
        iso: 80,
        description: null,
      });
    },
  );

  it.each([
    ['image01088.jpg', 425, 120],
    ['image01137.jpg', 88, 64],
    ['image01713.jpg', 49, 500],
    ['image02206.jpg', 65, 65],
  ])('reads invalid/%s without looping', { timeout: 5000 }, async (name, width, height) => {
    const metadata = await read(fixture(`invalid/${name}`));
    expect([metadata.width, metadata.height]).toEqual([width, height]);
  });

  it('keeps the XMP of a file whose EXIF block is garbage', async () => {
    const jpeg = await jpegWith({
      exif: { IFD0: { Make: 'Garbled' } },
      xmp: buildXmpPacket({ city: 'Quito' }),
    });
    const tiffHeader = jpeg.indexOf(Buffer.from('Exif\0\0II'));
    jpeg.fill(0xff, tiffHeader + 8, tiffHeader + 16); // IFD0 offset and entry count become nonsense
    const metadata = await read(jpeg);
    expect(metadata.exif).toMatchObject({ make: null, city: 'Quito' });
  });
});

describe('XML text in XMP', () => {
  it('decodes entities: the caption and face name are the text the photo holds', async () => {
    const body = `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Fish &amp; chips &lt;b&gt;caf&#233;&lt;/b&gt;</rdf:li></rdf:Alt></dc:description>
      <mwg-rs:Regions rdf:parseType="Resource"><mwg-rs:RegionList><rdf:Bag><rdf:li><rdf:Description mwg-rs:Name="Zoë &quot;Z&quot; &lt;O'Neil&gt;">
        <mwg-rs:Area stArea:x="0.5" stArea:y="0.5" stArea:w="0.1" stArea:h="0.1" stArea:unit="normalized"/>
      </rdf:Description></rdf:li></rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>`;
    const metadata = await read(await jpegWith({ xmp: buildXmpPacket({ city: 'A & B', extra: { body } }) }));
    expect(metadata.exif).toMatchObject({ description: 'Fish & chips <b>café</b>', city: 'A & B' });
    expect(metadata.faces.map((f) => f.personName)).toEqual([`Zoë "Z" <O'Neil>`]);
  });
});
