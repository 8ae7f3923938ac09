import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { offsetMinutesAt, placeSourceOf, resolveCaptureDate, type CaptureDateInput } from './capture-date.ts';

const NOW = new Date('2026-12-02T04:00:00Z');
// 2024-06-01T12:30:05.250Z
const FILE_TIME = Date.UTC(2024, 5, 1, 12, 30, 5, 250);
const base: CaptureDateInput = {
  metadataDatetime: null,
  fileName: 'DSC_0001.JPG',
  fileTimeMs: FILE_TIME,
  now: NOW,
};

describe('resolveCaptureDate', () => {
  it.each<[string, Partial<CaptureDateInput>, string, string, string | null]>([
    [
      'camera date with its offset',
      { metadataDatetime: '2024-06-01T14:30:05+02:00' },
      '2024-06-01T14:30:05+02:00',
      'camera',
      'camera',
    ],
    [
      'camera date whose zone the reader took from GPS',
      {
        metadataDatetime: '2024-06-01T14:30:05+01:00',
        metadataZoneSource: 'gps',
        gpsTimeZone: 'Europe/Lisbon',
      },
      '2024-06-01T14:30:05+01:00',
      'camera',
      'gps',
    ],
    [
      'camera date without offset, GPS in Lisbon (summer time)',
      { metadataDatetime: '2024-06-01T14:30:05', gpsTimeZone: 'Europe/Lisbon' },
      '2024-06-01T14:30:05+01:00',
      'camera',
      'gps',
    ],
    [
      'camera date without offset, GPS in Lisbon (winter)',
      { metadataDatetime: '2024-01-10T09:00:00.510000', gpsTimeZone: 'Europe/Lisbon' },
      '2024-01-10T09:00:00.510000Z',
      'camera',
      'gps',
    ],
    [
      'camera date without offset nor GPS',
      { metadataDatetime: '2024-06-01T14:30:05' },
      '2024-06-01T14:30:05',
      'camera',
      null,
    ],
    [
      'the camera wins over the file name',
      { metadataDatetime: '2024-06-01T14:30:05', fileName: 'IMG_20190704_183012.jpg' },
      '2024-06-01T14:30:05',
      'camera',
      null,
    ],
    [
      'file-name date, zone unknown',
      { fileName: 'IMG_20190704_183012.jpg' },
      '2019-07-04T18:30:12',
      'file_name',
      null,
    ],
    [
      'file-name date, zone from GPS (New York, summer)',
      { fileName: 'IMG_20190704_183012.jpg', gpsTimeZone: 'America/New_York' },
      '2019-07-04T18:30:12-04:00',
      'file_name',
      'gps',
    ],
    [
      'file-name date in India (a half-hour zone)',
      { fileName: 'Screenshot_20200102-101112.png', gpsTimeZone: 'Asia/Kolkata' },
      '2020-01-02T10:11:12+05:30',
      'file_name',
      'gps',
    ],
    [
      'date-only file name: midnight',
      { fileName: 'IMG-20190704-WA0003.jpg' },
      '2019-07-04T00:00:00',
      'file_name',
      null,
    ],
    [
      'Pixel names are UTC',
      { fileName: 'PXL_20210101_123456789.jpg' },
      '2021-01-01T12:34:56Z',
      'file_name',
      'file_name',
    ],
    [
      'a Pixel UTC name shown in the GPS zone',
      { fileName: 'PXL_20210701_123456789.jpg', gpsTimeZone: 'Europe/Berlin' },
      '2021-07-01T14:34:56+02:00',
      'file_name',
      'gps',
    ],
    [
      'file time in the given machine zone',
      { machineTimeZone: 'Europe/Berlin' },
      '2024-06-01T14:30:05.250000+02:00',
      'file_time',
      'machine',
    ],
    [
      'file time in a zone west of UTC',
      { machineTimeZone: 'America/Los_Angeles' },
      '2024-06-01T05:30:05.250000-07:00',
      'file_time',
      'machine',
    ],
    [
      'an implausible file-name date falls back to the file time',
      { fileName: 'IMG_20191304_183012.jpg', machineTimeZone: 'UTC' },
      '2024-06-01T12:30:05.250000Z',
      'file_time',
      'machine',
    ],
  ])('%s', (_why, input, localDatetime, dateSource, zoneSource) => {
    expect(resolveCaptureDate({ ...base, ...input })).toEqual({ localDatetime, dateSource, zoneSource });
  });

  it('in a clock change, reads the skipped or doubled hour consistently', () => {
    // Berlin: 2024-03-31 02:30 never happened; 2024-10-27 02:30 happened twice.
    const gap = resolveCaptureDate({
      ...base,
      fileName: 'IMG_20240331_023000.jpg',
      gpsTimeZone: 'Europe/Berlin',
    });
    const overlap = resolveCaptureDate({
      ...base,
      fileName: 'IMG_20241027_023000.jpg',
      gpsTimeZone: 'Europe/Berlin',
    });
    expect(gap.localDatetime).toBe('2024-03-31T02:30:00+02:00');
    expect(overlap.localDatetime).toMatch(/^2024-10-27T02:30:00\+0[12]:00$/);
  });

  it('ignores a GPS zone the runtime does not know', () => {
    const date = resolveCaptureDate({
      ...base,
      fileName: 'IMG_20190704_183012.jpg',
      gpsTimeZone: 'Mars/Olympus',
    });
    expect(date).toEqual({ localDatetime: '2019-07-04T18:30:12', dateSource: 'file_name', zoneSource: null });
  });
});

describe('the file time in this machine’s own zone (TZ)', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it.each([
    ['Asia/Tokyo', '2024-06-01T21:30:05.250000+09:00'],
    ['America/Sao_Paulo', '2024-06-01T09:30:05.250000-03:00'],
    ['UTC', '2024-06-01T12:30:05.250000Z'],
  ])('TZ=%s', (zone, expected) => {
    process.env.TZ = zone;
    expect(resolveCaptureDate(base)).toEqual({
      localDatetime: expected,
      dateSource: 'file_time',
      zoneSource: 'machine',
    });
  });
});

describe('offsetMinutesAt', () => {
  it.each([
    ['Europe/Lisbon', Date.UTC(2024, 0, 1), 0],
    ['Europe/Lisbon', Date.UTC(2024, 6, 1), 60],
    ['Australia/Adelaide', Date.UTC(2024, 0, 1), 630],
    ['America/St_Johns', Date.UTC(2024, 0, 1), -210],
    ['Nowhere/Atlantis', Date.UTC(2024, 0, 1), null],
  ])('%s at %d: %s', (zone, at, minutes) => {
    expect(offsetMinutesAt(zone, at)).toBe(minutes);
  });
});

describe('placeSourceOf', () => {
  it.each<[string, Parameters<typeof placeSourceOf>[0], string | null]>([
    ['the reader says GPS', { placeSource: 'gps', exif: { city: 'Lisbon' } }, 'gps'],
    ['the reader says none', { placeSource: null, exif: { city: 'Lisbon' } }, null],
    ['a reader that does not say, with a city', { exif: { city: 'Lisbon' } }, 'file'],
    ['a reader that does not say, only a country', { exif: { country: 'Portugal' } }, 'file'],
    ['no place at all', { exif: { city: '  ' } }, null],
    ['no metadata', { exif: null }, null],
  ])('%s', (_why, metadata, expected) => {
    expect(placeSourceOf(metadata)).toBe(expected);
  });
});
