import { describe, expect, it } from 'vitest';
import { readPhotoDates, toContractExif, type TiffTags } from './exif-fields.ts';

const NO_DATES = { original: null, digitized: null, modified: null };
const tags = (partial: Partial<TiffTags>): TiffTags => ({ ifd0: {}, exif: {}, gps: {}, ...partial });

/** exifr's XMP output shape: one object per prefix, plus the prefix → URI map. */
const xmp = (namespaces: Record<string, [uri: string, properties: Record<string, unknown>]>) => ({
  xmlns: Object.fromEntries(Object.entries(namespaces).map(([prefix, [uri]]) => [prefix, uri])),
  ...Object.fromEntries(Object.entries(namespaces).map(([prefix, [, properties]]) => [prefix, properties])),
});
const XMP_BASIC = 'http://ns.adobe.com/xap/1.0/';
const XMP_EXIF = 'http://ns.adobe.com/exif/1.0/';
const PHOTOSHOP = 'http://ns.adobe.com/photoshop/1.0/';
const DC = 'http://purl.org/dc/elements/1.1/';
const IPTC_EXT = 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/';

describe('readPhotoDates', () => {
  it.each([
    [
      'EXIF with its offset and fraction',
      tags({
        exif: {
          DateTimeOriginal: '2024:06:01 14:30:05',
          SubSecTimeOriginal: '51',
          OffsetTimeOriginal: '+02:00',
        },
      }),
      null,
      '2024-06-01T14:30:05.510000+02:00',
    ],
    [
      'EXIF without a zone stays offsetless',
      tags({ exif: { DateTimeOriginal: '2024:06:01 14:30:05' } }),
      null,
      '2024-06-01T14:30:05',
    ],
    [
      // OffsetTime belongs to DateTime (modified), not to DateTimeOriginal
      'the modify-date offset is not borrowed for another time',
      tags({
        exif: { DateTimeOriginal: '2024:06:01 14:30:05', OffsetTime: '+02:00' },
        ifd0: { ModifyDate: '2024:06:02 09:00:00' },
      }),
      null,
      '2024-06-01T14:30:05',
    ],
    [
      'an offset borrowed from an XMP reading of the same second',
      tags({ exif: { DateTimeOriginal: '2008:03:15 09:52:01' } }),
      xmp({ xmp: [XMP_BASIC, { CreateDate: '2008-03-15T09:52:01-04:00' }] }),
      '2008-03-15T09:52:01-04:00',
    ],
    [
      'no borrowing from a different second',
      tags({ exif: { DateTimeOriginal: '2008:03:15 09:52:01' } }),
      xmp({ xmp: [XMP_BASIC, { CreateDate: '2008-03-15T09:52:02-04:00' }] }),
      '2008-03-15T09:52:01',
    ],
    [
      'XMP exif:DateTimeOriginal',
      null,
      xmp({ exif: [XMP_EXIF, { DateTimeOriginal: '2024-06-01T14:30:05Z' }] }),
      '2024-06-01T14:30:05Z',
    ],
    [
      'photoshop:DateCreated before the digitized time',
      tags({ exif: { CreateDate: '2010:01:01 00:00:00' } }),
      xmp({ photoshop: [PHOTOSHOP, { DateCreated: '2003-08-31T10:11:12+04:30' }] }),
      '2003-08-31T10:11:12+04:30',
    ],
    [
      'junk original → digitized',
      tags({
        exif: {
          DateTimeOriginal: '0000:00:00 00:00:00',
          CreateDate: '2019:12:31 23:59:59',
          OffsetTimeDigitized: '-03:00',
        },
      }),
      null,
      '2019-12-31T23:59:59-03:00',
    ],
    ['modify date last', tags({ ifd0: { ModifyDate: '2008:07:31 10:05:49' } }), null, '2008-07-31T10:05:49'],
    ['nothing', null, null, null],
  ])('%s', (_what, tiff, xmpOut, expected) => {
    const dates = readPhotoDates(tiff, xmpOut);
    expect(dates.original ?? dates.digitized ?? dates.modified).toBe(expected);
  });
});

describe('toContractExif', () => {
  it('is null when the file says nothing', () => {
    expect(toContractExif(null, null, null, NO_DATES)).toBeNull();
    expect(toContractExif(tags({}), xmp({ dc: [DC, { format: 'image/jpeg' }] }), null, NO_DATES)).toBeNull();
  });

  it.each([
    ['ISO', { ISO: 400 }, 400],
    ['ISOSpeedRatings as a list', { ISOSpeedRatings: [200, 0] }, 200],
    ['PhotographicSensitivity', { PhotographicSensitivity: 1600 }, 1600],
    ['0 means unknown', { ISO: 0 }, null],
  ])('iso from %s', (_what, exif, iso) => {
    expect(toContractExif(tags({ exif }), null, null, NO_DATES)?.iso ?? null).toBe(iso);
  });

  it.each([
    [{ Rating: 4 }, 4],
    [{ Rating: '5' }, 5],
    [{ Rating: -1 }, null], // Lightroom "rejected"
    [{ Rating: 7 }, null],
    [{ Rating: 2.5 }, null],
  ])('rating %j → %j', (properties, rating) => {
    expect(toContractExif(null, xmp({ xmp: [XMP_BASIC, properties] }), null, NO_DATES)?.rating ?? null).toBe(
      rating,
    );
  });

  it('prefers the XMP caption, skips blank ones, falls back to ImageDescription', () => {
    const caption = (dcDescription: unknown, imageDescription?: string) =>
      toContractExif(
        tags({ ifd0: { Make: 'X', ImageDescription: imageDescription } }),
        xmp({ dc: [DC, { description: dcDescription }] }),
        null,
        NO_DATES,
      )?.description;
    expect(caption({ lang: 'x-default', value: ' Beach ' }, 'Old caption')).toBe('Beach');
    expect(caption({ lang: 'x-default', value: '   ' }, 'Old caption')).toBe('Old caption');
    expect(caption({ lang: 'x-default', value: '' })).toBeNull();
  });

  it('takes the place from IPTC Extension LocationCreated when photoshop: has none', () => {
    const location = { City: 'Nairobi', ProvinceState: 'Nairobi County', CountryName: 'Kenya' };
    const exif = toContractExif(
      null,
      xmp({ Iptc4xmpExt: [IPTC_EXT, { LocationCreated: [location] }] }),
      null,
      NO_DATES,
    );
    expect(exif).toMatchObject({ city: 'Nairobi', state: 'Nairobi County', country: 'Kenya' });
  });

  it.each([
    [6, { Orientation: 1 }, 6], // what sharp applies wins
    [null, { Orientation: 3 }, 3],
    [null, { Orientation: 9 }, null],
  ])('orientation: sharp %j, EXIF %j → %j', (fromSharp, ifd0, expected) => {
    expect(
      toContractExif(tags({ ifd0: { Make: 'X', ...ifd0 } }), null, fromSharp, NO_DATES)?.orientation,
    ).toBe(expected);
  });

  it('uses EXIF GPS over XMP GPS, and XMP when EXIF has none', () => {
    const xmpGps = xmp({ exif: [XMP_EXIF, { GPSLatitude: '10,30S', GPSLongitude: '20,15W' }] });
    const exifGps = tags({
      gps: { GPSLatitude: [1, 30, 0], GPSLatitudeRef: 'N', GPSLongitude: [2, 15, 0], GPSLongitudeRef: 'E' },
    });
    expect(toContractExif(exifGps, xmpGps, null, NO_DATES)).toMatchObject({ latitude: 1.5, longitude: 2.25 });
    expect(toContractExif(null, xmpGps, null, NO_DATES)).toMatchObject({
      latitude: -10.5,
      longitude: -20.25,
    });
  });
});
