import { describe, expect, it } from 'vitest';
import { formatGroupLabel, formatWallDate, groupKeyOf } from './date-labels.ts';

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

describe('labels', () => {
  it.each([
    ['2024-05-03', 'Fri, 3 May 2024'],
    ['2000-01-01', 'Sat, 1 January 2000'],
    ['2024-12', 'December 2024'],
    ['unknown', 'Date unknown'],
  ])('%s → %s', (key, label) => {
    expect(formatGroupLabel(key)).toBe(label);
  });

  it.each([
    ['2024-05-03T23:59:00-10:00', '3 May 2024'],
    ['nope', null],
  ])('formatWallDate(%s) → %s', (text, expected) => {
    expect(formatWallDate(text)).toBe(expected);
  });
});
