import { describe, expect, it } from 'vitest';
import { formatWallClock, parseExifDateTime, parseOffset } from './exif-dates.ts';

const formatted = (text: unknown, subSec?: unknown, offset?: unknown) => {
  const wall = parseExifDateTime(text, subSec, offset);
  return wall && formatWallClock(wall);
};

describe('parseExifDateTime + formatWallClock', () => {
  it.each([
    // EXIF text, with SubSecTime* and OffsetTime* given separately
    ['2024:06:01 14:30:05', undefined, undefined, '2024-06-01T14:30:05'],
    ['2024:06:01 14:30:05', undefined, '-07:00', '2024-06-01T14:30:05-07:00'],
    ['2024:06:01 14:30:05', '51', '+02:00', '2024-06-01T14:30:05.510000+02:00'],
    ['2024:06:01 14:30:05', '00', undefined, '2024-06-01T14:30:05'],
    ['2024:06:01 14:30:05', '5', undefined, '2024-06-01T14:30:05.500000'],
    ['2024:06:01 14:30:05', '123456789', undefined, '2024-06-01T14:30:05.123456'],
    ['2024:06:01 14:30:05', undefined, '+00:00', '2024-06-01T14:30:05Z'],
    ['2024:06:01 14:30:05', undefined, '+0530', '2024-06-01T14:30:05+05:30'],
    ['2024:06:01 14:30:05', undefined, '-09:30', '2024-06-01T14:30:05-09:30'],
    // junk offsets leave the time offsetless: never UTC by accident
    ['2024:06:01 14:30:05', undefined, '   :  ', '2024-06-01T14:30:05'],
    ['2024:06:01 14:30:05', undefined, '+99:00', '2024-06-01T14:30:05'],
    ['2024:06:01 14:30:05', 'ab', undefined, '2024-06-01T14:30:05'],
    // padding EXIF writers leave in fixed-width fields
    ['2024:06:01 14:30:05\0\0', undefined, undefined, '2024-06-01T14:30:05'],
    ['  2024:06:01 14:30:05 ', undefined, undefined, '2024-06-01T14:30:05'],
    ['2024:06:01 14:30', undefined, undefined, '2024-06-01T14:30:00'],
    // XMP text carries its own fraction and offset, which win over the separate tags
    ['2024-06-01T14:30:05.51-05:00', '99', '+02:00', '2024-06-01T14:30:05.510000-05:00'],
    ['2005-12-17T22:03:32Z', undefined, undefined, '2005-12-17T22:03:32Z'],
    ['2008-03-15T09:52:01-04:00', undefined, undefined, '2008-03-15T09:52:01-04:00'],
    ['2024-06-01T14:30', undefined, undefined, '2024-06-01T14:30:00'],
    ['2003-08-31', undefined, undefined, '2003-08-31T00:00:00'],
    ['2003-08', undefined, undefined, '2003-08-01T00:00:00'],
    ['2024-02-29 10:00:00', undefined, undefined, '2024-02-29T10:00:00'],
  ])('%j (subsec %j, offset %j) → %s', (text, subSec, offset, expected) => {
    expect(formatted(text, subSec, offset)).toBe(expected);
  });

  it.each([
    '0000:00:00 00:00:00',
    '    :  :     :  :  ',
    '',
    '2024:13:01 10:00:00',
    '2023:02:29 10:00:00',
    '2024:06:31 10:00:00',
    '2024:06:01 24:00:00',
    '2024:06:01 12:60:00',
    '2024:06:01 12:00:61',
    '1700:01:01 00:00:00',
    'yesterday',
    '20240601',
  ])('rejects junk date %j', (text) => {
    expect(parseExifDateTime(text)).toBeNull();
  });

  it('rejects values that are not text', () => {
    expect(parseExifDateTime(undefined)).toBeNull();
    expect(parseExifDateTime(20240601)).toBeNull();
    expect(parseExifDateTime(new Date())).toBeNull();
  });
});

describe('parseOffset', () => {
  it.each([
    ['+02:00', 120],
    ['-07:00', -420],
    ['+05:45', 345],
    ['-0330', -210],
    ['Z', 0],
    ['+00:00', 0],
    ['', null],
    ['02:00', null],
    ['+2:00', null],
    [undefined, null],
  ])('%j → %j', (text, minutes) => {
    expect(parseOffset(text)).toBe(minutes);
  });
});
