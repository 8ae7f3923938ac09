import { describe, expect, it } from 'vitest';
import { daysInMonth, parseWallClock, parseWallClockStamp, weekdayOf } from './wall-clock.ts';

describe('parseWallClock', () => {
  it.each([
    ['2023-10-12T13:36:25.510000-07:00', { year: 2023, month: 10, day: 12, hour: 13, minute: 36 }],
    ['2011-05-07T16:19:38.900000Z', { year: 2011, month: 5, day: 7, hour: 16, minute: 19 }],
    ['2026-01-02T23:47:18', { year: 2026, month: 1, day: 2, hour: 23, minute: 47 }],
    ['2024-06-01 14:30:05', { year: 2024, month: 6, day: 1, hour: 14, minute: 30 }],
    ['2024:06:01 14:30:05', { year: 2024, month: 6, day: 1, hour: 14, minute: 30 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, hour: null, minute: null }],
  ])('%s', (text, expected) => {
    expect(parseWallClock(text)).toEqual(expected);
  });

  it.each([
    [''],
    [null],
    [undefined],
    ['yesterday'],
    ['2023-02-29T00:00:00'],
    ['2024-13-01'],
    ['2024-00-10'],
  ])('rejects %s', (text) => {
    expect(parseWallClock(text)).toBeNull();
  });
});

describe('parseWallClockStamp', () => {
  it.each([
    ['2024-06-01T14:30:05-07:00', { year: 2024, month: 6, day: 1, hour: 14, minute: 30 }, 5, '-07:00'],
    ['2024-06-01T14:30:05+0545', { year: 2024, month: 6, day: 1, hour: 14, minute: 30 }, 5, '+0545'],
    ['2011-05-07T16:19:38.900000Z', { year: 2011, month: 5, day: 7, hour: 16, minute: 19 }, 38, 'Z'],
    [' 2008:05:30 15:56 ', { year: 2008, month: 5, day: 30, hour: 15, minute: 56 }, null, null],
    ['2024-06-01', { year: 2024, month: 6, day: 1, hour: null, minute: null }, null, null],
  ])('%j', (text, wall, second, offset) => {
    expect(parseWallClockStamp(text)).toEqual({ wall, second, offset });
  });

  it.each([
    '',
    'yesterday',
    '2024-06-01T25:00:00',
    '2024-06-01T10:61',
    '2024-06-01T10:00:00 later',
    '2023-02-29',
  ])('rejects %j (the lenient reader takes its date: %s)', (text) =>
    expect(parseWallClockStamp(text)).toBeNull(),
  );
});

describe('calendar arithmetic', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2024, 12, 31],
    [2024, 4, 30],
  ])('daysInMonth(%d, %d) = %d', (year, month, days) => expect(daysInMonth(year, month)).toBe(days));

  it.each([
    [{ year: 2024, month: 5, day: 3 }, 5],
    [{ year: 2000, month: 1, day: 1 }, 6],
  ])('weekdayOf(%o) = %d', (date, weekday) => expect(weekdayOf(date)).toBe(weekday));
});
