import { describe, expect, it } from 'vitest';
import { formatGroupLabel, formatWallDate, formatWallDateTime, groupKeyOf } from './date-labels.ts';
import { formatCount } from './intl-formats.ts';

describe('groupKeyOf', () => {
  it.each([
    // The wall clock wins over the offset: 23:30 at -07:00 is still the 12th where it was taken.
    ['2023-10-12T23:30:00-07:00', 'day', '2023-10-12'],
    ['2023-10-13T00:30:00+14:00', 'day', '2023-10-13'],
    ['2023-10-12T23:30:00-07:00', 'month', '2023-10'],
    ['garbage', 'day', 'unknown'],
  ] as const)('%s by %s → %s', (text, granularity, expected) => {
    expect(groupKeyOf(text, granularity)).toBe(expected);
  });
});

// A fixed now in the reader's zone (local fields, whatever zone the machine runs in).
const now = new Date(2026, 2, 1, 0, 30);

describe('formatGroupLabel: in the reader’s language, Today and Yesterday from their now', () => {
  it.each([
    ['2024-05-03', 'en-US', 'Fri, May 3, 2024'],
    ['2024-05-03', 'de-DE', 'Fr., 3. Mai 2024'],
    ['0099-01-01', 'en-US', 'Thu, January 1, 99'],
    ['2024-12', 'en-US', 'December 2024'],
    ['2024-12', 'de-DE', 'Dezember 2024'],
    ['2026-03-01', 'en-US', 'Today'],
    ['2026-03-01', 'de-DE', 'Heute'],
    // The day before the 1st of March: the last of February, across the month.
    ['2026-02-28', 'en-US', 'Yesterday'],
    ['2026-02-28', 'de-DE', 'Gestern'],
    ['2026-02-27', 'en-US', 'Fri, February 27, 2026'],
    ['2026-03-02', 'de-DE', 'Mo., 2. März 2026'],
    ['unknown', 'en-US', 'Date unknown'],
    ['2024-13', 'en-US', 'Date unknown'],
  ])('%s in %s → %s', (key, locale, label) => {
    expect(formatGroupLabel(key, { locale, now })).toBe(label);
  });
});

describe('formatWallDateTime: the photo’s own clock, the reader’s words and hour cycle', () => {
  it.each([
    // 23:30 at −07:00 stays 23:30 on the 1st, whatever zone reads it.
    ['2024-06-01T23:30:05-07:00', 'en-US', 'Sat, Jun 1, 2024, 11:30:05 PM'],
    ['2024-06-01T23:30:05-07:00', 'de-DE', 'Sa., 1. Juni 2024, 23:30:05'],
    ['2024-06-01T09:05:00', 'en-US', 'Sat, Jun 1, 2024, 9:05:00 AM'],
    ['2024-06-01', 'de-DE', 'Sa., 1. Juni 2024'],
    ['nope', 'en-US', null],
  ])('%s in %s → %s', (text, locale, expected) => {
    expect(formatWallDateTime(text, locale)).toBe(expected);
  });
});

describe('formatWallDate and formatCount', () => {
  it.each([
    ['2024-05-03T23:59:00-10:00', 'en-US', 'May 3, 2024'],
    ['2024-05-03T23:59:00-10:00', 'de-DE', '3. Mai 2024'],
    ['nope', 'en-US', null],
  ])('formatWallDate(%s, %s) → %s', (text, locale, expected) => {
    expect(formatWallDate(text, locale)).toBe(expected);
  });

  it.each([
    [12345, 'en-US', '12,345'],
    [12345, 'de-DE', '12.345'],
    [7, 'de-DE', '7'],
  ])('formatCount(%s, %s) → %s', (value, locale, expected) => {
    expect(formatCount(value, locale)).toBe(expected);
  });
});
