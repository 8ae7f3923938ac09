import { describe, expect, it } from 'vitest';
import {
  readGpsTimeZone,
  readPhotoDates,
  readPhotoZone,
  readPlace,
  readPosition,
  toContractExif,
  type PhotoDates,
} from './exif-fields.ts';
import { indexTags, type RawTags, type TagSources } from './exiftool-tags.ts';

const NO_DATES: PhotoDates = { original: null, digitized: null, modified: null };
const NO_PLACE = { city: null, state: null, country: null, placeSource: null } as const;
/** Tags as ExifTool's `-G0:1` JSON names them; a sidecar's first when given. */
const sources = (file: RawTags, sidecar?: RawTags): TagSources =>
  sidecar ? [indexTags(sidecar), indexTags(file)] : [indexTags(file)];
const exifOf = (file: RawTags, sidecar?: RawTags) =>
  toContractExif(sources(file, sidecar), null, NO_DATES, null, NO_PLACE);

describe('readPhotoDates', () => {
  it.each([
    [
      'the MWG date, with its fraction and offset',
      { 'Composite:MWG:DateTimeOriginal': '2024:06:01 14:30:05.51+02:00' },
      '2024-06-01T14:30:05.510000+02:00',
    ],
    [
      'EXIF without a zone stays offsetless',
      { 'EXIF:ExifIFD:DateTimeOriginal': '2024:06:01 14:30:05' },
      '2024-06-01T14:30:05',
    ],
    [
      'an offset borrowed from an XMP reading of the same second',
      {
        'Composite:MWG:DateTimeOriginal': '2008:03:15 09:52:01',
        'XMP:XMP-xmp:CreateDate': '2008:03:15 09:52:01-04:00',
      },
      '2008-03-15T09:52:01-04:00',
    ],
    [
      'no borrowing from a different second',
      {
        'Composite:MWG:DateTimeOriginal': '2008:03:15 09:52:01',
        'XMP:XMP-xmp:CreateDate': '2008:03:15 09:52:02-04:00',
      },
      '2008-03-15T09:52:01',
    ],
    [
      'a zero date is no date: the digitized one is used',
      {
        'Composite:MWG:DateTimeOriginal': '0000:00:00 00:00:00',
        'Composite:MWG:CreateDate': '2019:12:31 23:59:59-03:00',
      },
      '2019-12-31T23:59:59-03:00',
    ],
    [
      'a date in a pre-EXIF block (Canon CIFF)',
      { 'MakerNotes:CanonRaw:DateTimeOriginal': '2003:02:01 10:00:00' },
      '2003-02-01T10:00:00',
    ],
    ['the modify date last', { 'Composite:MWG:ModifyDate': '2008:07:31 10:05:49' }, '2008-07-31T10:05:49'],
    ['nothing', {}, null],
  ])('%s', (_what, tags, expected) => {
    const dates = readPhotoDates(sources(tags));
    expect(dates.original ?? dates.digitized ?? dates.modified).toBe(expected);
  });

  it('takes the sidecar date over the file date', () => {
    const dates = readPhotoDates(
      sources(
        { 'Composite:MWG:DateTimeOriginal': '2008:05:30 15:56:01' },
        { 'Composite:MWG:DateTimeOriginal': '2008:05:30 16:56:01+01:00' },
      ),
    );
    expect(dates.original).toBe('2008-05-30T16:56:01+01:00');
  });
});

describe('readPhotoZone', () => {
  const zoneOf = (tags: RawTags, gpsTimeZone: string | null) => {
    const s = sources(tags);
    return readPhotoZone(s, readPhotoDates(s), gpsTimeZone);
  };
  it.each([
    [
      'written offset',
      { 'Composite:MWG:DateTimeOriginal': '2024:07:01 12:00:00+09:00' },
      'Europe/Lisbon',
      '2024-07-01T12:00:00+09:00',
      'camera',
    ],
    [
      'maker-note zone',
      { 'Composite:MWG:DateTimeOriginal': '2024:07:01 12:00:00', 'MakerNotes:Canon:TimeZone': '+05:30' },
      null,
      '2024-07-01T12:00:00+05:30',
      'camera',
    ],
    [
      'Nikon keeps summer time apart',
      {
        'Composite:MWG:DateTimeOriginal': '2024:07:01 12:00:00',
        'EXIF:IFD0:Make': 'NIKON',
        'MakerNotes:Nikon:TimeZone': '+01:00',
        'MakerNotes:Nikon:DaylightSavings': 'Yes',
      },
      null,
      '2024-07-01T12:00:00+02:00',
      'camera',
    ],
    [
      'GPS zone in summer',
      { 'Composite:MWG:DateTimeOriginal': '2024:07:01 12:00:00' },
      'Europe/Lisbon',
      '2024-07-01T12:00:00+01:00',
      'gps',
    ],
    [
      'GPS zone in winter',
      { 'Composite:MWG:DateTimeOriginal': '2024:01:01 12:00:00' },
      'Europe/Lisbon',
      '2024-01-01T12:00:00Z',
      'gps',
    ],
    [
      'no zone anywhere',
      { 'Composite:MWG:DateTimeOriginal': '2024:01:01 12:00:00' },
      null,
      '2024-01-01T12:00:00',
      null,
    ],
    ['no date', {}, 'Europe/Lisbon', null, null],
  ])('%s', (_what, tags, gpsTimeZone, localDatetime, zoneSource) => {
    expect(zoneOf(tags, gpsTimeZone)).toEqual({ localDatetime, zoneSource });
  });
});

describe('position, zone and place', () => {
  it('reads the signed composite position, else XMP, and never 0,0', () => {
    expect(
      readPosition(sources({ 'Composite:GPSLatitude': -33.5, 'Composite:GPSLongitude': 151.25 })),
    ).toEqual({
      latitude: -33.5,
      longitude: 151.25,
    });
    expect(
      readPosition(sources({ 'XMP:XMP-exif:GPSLatitude': 10.5, 'XMP:XMP-exif:GPSLongitude': -20.25 })),
    ).toEqual({
      latitude: 10.5,
      longitude: -20.25,
    });
    expect(readPosition(sources({ 'Composite:GPSLatitude': 0, 'Composite:GPSLongitude': 0 }))).toBeNull();
  });

  it('gives the zone of the position by its borders (Lisbon, not Madrid; mid-ocean a nautical zone)', () => {
    const s = sources({});
    expect(readGpsTimeZone(s, { latitude: 38.7139, longitude: -9.1394 })).toBe('Europe/Lisbon');
    expect(readGpsTimeZone(s, { latitude: -40, longitude: -130 })).toBe('Etc/GMT+9');
    expect(readGpsTimeZone(s, null)).toBeNull();
  });

  const geolocated = {
    'ExifTool:GeolocationCity': 'Sintra',
    'ExifTool:GeolocationRegion': 'Lisbon',
    'ExifTool:GeolocationCountry': 'Portugal',
  };
  const here = { latitude: 38.8, longitude: -9.38 };
  it.each([
    [
      'written in the file (MWG)',
      { ...geolocated, 'Composite:MWG:City': 'Cascais' },
      here,
      { city: 'Cascais', state: null, country: null, placeSource: 'file' },
    ],
    [
      'IPTC Extension LocationCreated',
      { 'XMP:XMP-iptcExt:LocationCreated': [{ City: 'Nairobi', CountryName: 'Kenya' }] },
      null,
      { city: 'Nairobi', state: null, country: 'Kenya', placeSource: 'file' },
    ],
    [
      'from GPS when the file names none',
      geolocated,
      here,
      { city: 'Sintra', state: 'Lisbon', country: 'Portugal', placeSource: 'gps' },
    ],
    ['nothing without a position', geolocated, null, NO_PLACE],
  ])('%s', (_what, tags, position, expected) => {
    expect(readPlace(sources(tags), position)).toEqual(expected);
  });
});

describe('toContractExif', () => {
  it('is null when the file says nothing', () => {
    expect(exifOf({})).toBeNull();
    expect(exifOf({ 'XMP:XMP-dc:Format': 'image/jpeg' })).toBeNull();
  });

  it.each([
    ['EXIF', { 'EXIF:ExifIFD:ISO': 400, 'MakerNotes:Nikon:ISO': 800 }, 400],
    ['XMP as a list', { 'XMP:XMP-exif:ISO': [200] }, 200],
    ['Canon maker notes (Composite)', { 'Composite:ISO': 50 }, 50],
    ['other maker notes', { 'MakerNotes:Nikon:ISO': 200 }, 200],
    ['0 means unknown', { 'EXIF:ExifIFD:ISO': 0 }, null],
  ])('iso from %s', (_what, tags, iso) => {
    expect(exifOf(tags)?.iso ?? null).toBe(iso);
  });

  it.each([
    [
      'EXIF LensModel first',
      { 'EXIF:ExifIFD:LensModel': 'RF24-70mm F2.8 L IS USM', 'Composite:LensID': 'Canon RF 24-70mm' },
      'RF24-70mm F2.8 L IS USM',
    ],
    [
      'XMP aux:Lens next',
      { 'XMP:XMP-aux:Lens': '100.0 mm f/2.8', 'Composite:LensID': '100.0mm f/2.8' },
      '100.0 mm f/2.8',
    ],
    [
      "ExifTool's LensID from the maker notes",
      { 'Composite:LensID': 'Canon EF 24-105mm f/4L IS USM' },
      'Canon EF 24-105mm f/4L IS USM',
    ],
    [
      'not an unknown one',
      { 'Composite:LensID': 'Unknown 7-22mm', 'Composite:Lens': '7.4 - 22.2 mm' },
      '7.4 - 22.2 mm',
    ],
    ['n/a is no lens', { 'MakerNotes:Canon:LensModel': 'n/a' }, null],
  ])('lens: %s', (_what, tags, lens) => {
    expect(exifOf(tags)?.lens_model ?? null).toBe(lens);
  });

  it.each([
    [{ 'Composite:MWG:Rating': 4 }, 4],
    [{ 'XMP:XMP-xmp:Rating': 5 }, 5],
    [{ 'Composite:MWG:Rating': -1 }, null], // Lightroom "rejected"
    [{ 'Composite:MWG:Rating': 7 }, null],
  ])('rating %j → %j', (tags, rating) => {
    expect(exifOf(tags)?.rating ?? null).toBe(rating);
  });

  it('takes the MWG caption, skipping camera stock captions for the next copy', () => {
    expect(
      exifOf({ 'Composite:MWG:Description': 'Beach', 'XMP:XMP-dc:Description': 'Other' })?.description,
    ).toBe('Beach');
    expect(
      exifOf({ 'Composite:MWG:Description': 'OLYMPUS DIGITAL CAMERA', 'XMP:XMP-dc:Description': 'Harbour' })
        ?.description,
    ).toBe('Harbour');
  });

  it('lets a sidecar override the file, field by field', () => {
    const exif = exifOf(
      { 'EXIF:IFD0:Make': 'Canon', 'Composite:MWG:Rating': 1, 'Composite:MWG:Description': 'Old' },
      { 'Composite:MWG:Rating': 5 },
    );
    expect(exif).toMatchObject({ make: 'Canon', rating: 5, description: 'Old' });
  });

  it('reads numbers as numbers: exposure, aperture from APEX, a negative bias, a signed altitude', () => {
    expect(
      exifOf({
        'EXIF:ExifIFD:ShutterSpeedValue': 0.004,
        'EXIF:ExifIFD:ApertureValue': 2.79999,
        'EXIF:ExifIFD:ExposureCompensation': -0.6666667,
        'Composite:GPSAltitude': -12.5,
      }),
    ).toMatchObject({ exposure_time: 0.004, f_number: 2.8, exposure_bias: -0.67, altitude: -12.5 });
  });

  it.each([
    [6, { 'EXIF:IFD0:Orientation': 1 }, 6], // what sharp applies wins
    [null, { 'EXIF:IFD0:Orientation': 3 }, 3],
    [null, { 'EXIF:IFD0:Orientation': 9, 'EXIF:IFD0:Make': 'X' }, null],
  ])('orientation: sharp %j, tags %j → %j', (fromSharp, tags, expected) => {
    expect(toContractExif(sources(tags), fromSharp, NO_DATES, null, NO_PLACE)?.orientation).toBe(expected);
  });
});
