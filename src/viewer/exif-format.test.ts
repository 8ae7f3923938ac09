import { describe, expect, it } from 'vitest';
import {
  formatAltitude,
  formatCamera,
  formatCoordinates,
  formatDateTime,
  formatExposureBias,
  formatFileSize,
  formatFNumber,
  formatFocalLength,
  formatIso,
  formatMake,
  formatPixelSize,
  formatPlace,
  formatRating,
  formatShutter,
} from './exif-format.ts';
import { otherExifFields } from './exif-other-fields.ts';

const M = '\u2212';

describe('formatDateTime', () => {
  it.each([
    ['2024-06-01T14:30:05-07:00', 'en-US', 'Sat, Jun 1, 2024, 2:30:05 PM', 'UTC−07:00', null],
    ['2024-06-01T14:30:05+05:30', 'en-US', 'Sat, Jun 1, 2024, 2:30:05 PM', 'UTC+05:30', null],
    ['2024-06-01T14:30:05+0545', 'en-US', 'Sat, Jun 1, 2024, 2:30:05 PM', 'UTC+05:45', null],
    ['2011-05-07T16:19:38.900000Z', 'en-US', 'Sat, May 7, 2011, 4:19:38 PM', 'UTC', null],
    ['2023-10-12T13:36:25.510000-07:00', 'en-US', 'Thu, Oct 12, 2023, 1:36:25 PM', 'UTC−07:00', null],
    ['2024-01-01T00:00:00+00:00', 'en-US', 'Mon, Jan 1, 2024, 12:00:00 AM', 'UTC+00:00', null],
    ['2008-05-30T15:56:01', 'en-US', 'Fri, May 30, 2008, 3:56:01 PM', null, 'time zone unknown'],
    ['2008-05-30 15:56', 'en-US', 'Fri, May 30, 2008, 3:56:00 PM', null, 'time zone unknown'],
    ['2024-02-29T23:59:59-00:00', 'en-US', 'Thu, Feb 29, 2024, 11:59:59 PM', null, 'time zone unknown'],
    ['2008:05:30 15:56:01', 'en-US', 'Fri, May 30, 2008, 3:56:01 PM', null, 'time zone unknown'],
    ['2024-06-01', 'en-US', 'Sat, Jun 1, 2024', null, null],
    // The reader's words and 24-hour clock; the photo's own wall clock and offset unchanged.
    ['2024-06-01T14:30:05-07:00', 'de-DE', 'Sa., 1. Juni 2024, 14:30:05', 'UTC−07:00', null],
    ['2008:05:30 15:56:01', 'de-DE', 'Fr., 30. Mai 2008, 15:56:01', null, 'time zone unknown'],
    ['2024-06-01', 'de-DE', 'Sa., 1. Juni 2024', null, null],
    ['2024-06-01T14:30:05-07:00', 'ja-JP', '2024年6月1日(土) 14:30:05', 'UTC−07:00', null],
    ['2008:05:30 15:56:01', 'ja-JP', '2008年5月30日(金) 15:56:01', null, 'time zone unknown'],
    ['2024-06-01', 'ja-JP', '2024年6月1日(土)', null, null],
  ])('%s in %s → %s %s', (input, locale, text, zone, note) => {
    expect(formatDateTime(input, locale)).toEqual({ text, zone, note });
  });

  it('keeps the wall clock of the place, whatever zone the viewer is in', () => {
    // Late evening in Los Angeles is already the next day in UTC; the photo's day must not move.
    expect(formatDateTime('2024-06-01T23:30:00-07:00', 'en-US')?.text).toBe('Sat, Jun 1, 2024, 11:30:00 PM');
    expect(formatDateTime('2024-06-01T00:30:00+14:00', 'en-US')?.text).toBe('Sat, Jun 1, 2024, 12:30:00 AM');
    expect(formatDateTime('2024-06-01T23:30:00-07:00', 'de-DE')?.text).toBe('Sa., 1. Juni 2024, 23:30:00');
  });

  it.each(['', 'yesterday', '2024-13-01T00:00:00Z', '2023-02-29T10:00:00', '2024-06-01T25:00:00'])(
    'rejects %j',
    (input) => expect(formatDateTime(input)).toBeNull(),
  );
});

describe('exposure values', () => {
  it.each([
    [2.8, 'ƒ/2.8'],
    [7.1, 'ƒ/7.1'],
    [8, 'ƒ/8'],
    [2.0, 'ƒ/2'],
    [1.75, 'ƒ/1.8'],
    [2.88, 'ƒ/2.9'],
    // Implausible or rare apertures are shown as written, never "fixed".
    [0.6, 'ƒ/0.6'],
    [0.95, 'ƒ/0.95'],
    [64, 'ƒ/64'],
    [0, null],
    [null, null],
    [undefined, null],
  ])('f-number %s → %s', (input, expected) => expect(formatFNumber(input)).toBe(expected));

  it.each([
    [0.004, '1/250 s'],
    [0.00625, '1/160 s'],
    [0.0166, '1/60 s'],
    [1 / 60, '1/60 s'],
    [0.016666666666666666, '1/60 s'],
    [0.005555555555555556, '1/180 s'],
    [0.00560852, '1/180 s'],
    [1 / 3, '1/3 s'],
    [0.5, '1/2 s'],
    [0.4, '0.4 s'],
    [1, '1 s'],
    [2.5, '2.5 s'],
    [30, '30 s'],
    [1 / 8000, '1/8000 s'],
    [0.004572473708276178, '1/219 s'], // Nikon COOLPIX P1: between 1/200 and 1/250, shown as is
    [1 / 16000, '1/16000 s'],
    [45, '45 s'],
    [0, null],
    [-1, null],
    [null, null],
  ])('shutter %s → %s', (input, expected) => expect(formatShutter(input)).toBe(expected));

  it.each([
    [100, 'ISO 100'],
    [3200, 'ISO 3200'],
    [0, null],
    [null, null],
  ])('iso %s → %s', (input, expected) => expect(formatIso(input)).toBe(expected));

  it.each([
    [50, '50 mm'],
    [4.2, '4.2 mm'],
    [5.859375, '5.9 mm'],
    [135, '135 mm'],
    [0, null],
  ])('focal length %s → %s', (input, expected) => expect(formatFocalLength(input)).toBe(expected));

  it.each([
    [0, '0 EV'],
    [-0.04, '0 EV'],
    [2 / 3, '+0.7 EV'],
    [-1 / 3, `${M}0.3 EV`],
    [-1, `${M}1 EV`],
    [1.5, '+1.5 EV'],
    [null, null],
  ])('exposure bias %s → %s', (input, expected) => expect(formatExposureBias(input)).toBe(expected));
});

describe('place and position', () => {
  it.each([
    [38.7223, -9.1393, '38.7223° N, 9.1393° W'],
    [-33.8568, 151.2153, '33.8568° S, 151.2153° E'],
    [-0.3713, 36.056416666666664, '0.3713° S, 36.0564° E'],
    [0, 0, null],
    [91, 10, null],
    [null, 10, null],
  ])('coordinates %s, %s → %s', (lat, lon, expected) => expect(formatCoordinates(lat, lon)).toBe(expected));

  it.each([
    [120, '120 m'],
    [0.4, '0 m'],
    [-28.2, '28 m below sea level'],
    [null, null],
  ])('altitude %s → %s', (input, expected) => expect(formatAltitude(input)).toBe(expected));

  it.each([
    [{ city: 'Lisbon', state: 'Lisboa', country: 'Portugal' }, 'Lisbon, Lisboa, Portugal'],
    [{ city: 'Lisbon', state: ' ', country: 'Portugal' }, 'Lisbon, Portugal'],
    [{ city: null, state: null, country: 'Portugal' }, 'Portugal'],
    [{ city: 'Singapore', state: null, country: 'Singapore' }, 'Singapore'],
    [{}, null],
  ])('place %j → %s', (input, expected) => expect(formatPlace(input)).toBe(expected));
});

describe('file', () => {
  it.each([
    [6000, 4000, { dimensions: '6000 × 4000', megapixels: '24.0 MP' }],
    [4032, 3024, { dimensions: '4032 × 3024', megapixels: '12.2 MP' }],
    [100, 68, { dimensions: '100 × 68', megapixels: '6,800 pixels' }],
    [8, 8, { dimensions: '8 × 8', megapixels: '64 pixels' }],
    [640, 480, { dimensions: '640 × 480', megapixels: '0.3 MP' }],
    [null, 4000, null],
    [0, 0, null],
  ])('pixel size %s × %s', (w, h, expected) => expect(formatPixelSize(w, h, 'en-US')).toEqual(expected));

  it('counts pixels in the reader’s language', () => {
    expect(formatPixelSize(100, 68, 'de-DE')?.megapixels).toBe('6.800 pixels');
  });

  it.each([
    [512, '512 B'],
    [12_345, '12 kB'],
    [3_400_000, '3.4 MB'],
    [1_250_000_000, '1.3 GB'],
    [null, null],
    [-1, null],
  ])('file size %s → %s', (input, expected) => expect(formatFileSize(input)).toBe(expected));
});

describe('camera', () => {
  // Make and model pairs as the sample photos in shared/photos/exif-samples carry them.
  it.each([
    ['Canon', 'Canon EOS 40D', 'Canon EOS 40D'],
    ['NIKON CORPORATION', 'NIKON D70', 'Nikon D70'],
    ['NIKON', 'COOLPIX P1', 'Nikon COOLPIX P1'],
    ['FUJIFILM', 'FinePix E500', 'Fujifilm FinePix E500'],
    ['EASTMAN KODAK COMPANY', 'KODAK CX7530 ZOOM DIGITAL CAMERA', 'Kodak CX7530 ZOOM DIGITAL CAMERA'],
    ['KONICA MINOLTA', 'DiMAGE Z3', 'Konica Minolta DiMAGE Z3'],
    ['OLYMPUS IMAGING CORP.', 'u1020,S1020', 'Olympus u1020,S1020'],
    ['PENTAX Corporation', 'PENTAX K10D', 'Pentax K10D'],
    ['Samsung Techwin', 'Digimax i50', 'Samsung Digimax i50'],
    ['SONY', 'HDR-HC3', 'Sony HDR-HC3'],
    ['Apple', 'iPhone 15 Pro', 'Apple iPhone 15 Pro'],
    ['DJI', 'FC3582', 'DJI FC3582'],
    ['Canon', 'Canonet QL17', 'Canon Canonet QL17'],
    ['Canon', 'Canon', 'Canon'],
    [null, 'Pixel 8', 'Pixel 8'],
    ['LEICA CAMERA AG', null, 'Leica'],
    [null, '  ', null],
  ])('%s + %s → %s', (make, model, expected) => expect(formatCamera({ make, model })).toBe(expected));

  it('names a maker without its corporate suffixes', () => {
    expect(formatMake('OLYMPUS OPTICAL CO.,LTD')).toBe('Olympus');
    expect(formatMake('Konica Minolta Camera, Inc.')).toBe('Konica Minolta');
  });
});

describe('formatRating', () => {
  it.each([
    [3, { text: '★★★☆☆', label: '3 out of 5 stars' }],
    [5, { text: '★★★★★', label: '5 out of 5 stars' }],
    [1, { text: '★☆☆☆☆', label: '1 out of 5 stars' }],
    [7, { text: '★★★★★', label: '5 out of 5 stars' }],
    [0, null],
    [-1, null],
    [null, null],
  ])('%s → %j', (input, expected) => expect(formatRating(input)).toEqual(expected));
});

describe('otherExifFields', () => {
  it('lists every non-empty field the panel does not show, labelled, known ones first', () => {
    const fields = otherExifFields({
      make: 'Canon',
      f_number: 7.1,
      description: 'shown elsewhere',
      orientation: 6,
      original_datetime: '2008-05-30T15:56:01',
      modified_datetime: '2008-07-31T10:38:11Z',
      fps: 29.97,
      profile_description: 'Display P3',
      live_photo_cid: '',
      auto_stack_id: null,
      projection_type: '   ',
      // A field from a newer API that this client has never heard of still shows.
      white_balance: 'Auto',
    } as Parameters<typeof otherExifFields>[0]);
    expect(fields).toEqual([
      {
        key: 'original_datetime',
        label: 'Date taken (EXIF)',
        value: 'Fri, May 30, 2008, 3:56:01 PM time zone unknown',
      },
      { key: 'modified_datetime', label: 'Date modified', value: 'Thu, Jul 31, 2008, 10:38:11 AM UTC' },
      { key: 'orientation', label: 'Orientation', value: 'Rotated 90° clockwise' },
      { key: 'profile_description', label: 'Colour profile', value: 'Display P3' },
      { key: 'fps', label: 'Frame rate', value: '29.97 fps' },
      { key: 'white_balance', label: 'White balance', value: 'Auto' },
    ]);
  });

  it('is empty with no EXIF', () => {
    expect(otherExifFields(null)).toEqual([]);
    expect(otherExifFields({})).toEqual([]);
  });
});
