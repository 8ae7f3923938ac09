import { describe, expect, it } from 'vitest';
import { sortKeyOf } from './sort-key.ts';

describe('sortKeyOf', () => {
  it.each([
    ['2024-06-01T14:30:05-07:00', '2024-06-01T14:30:05.000'],
    ['2024-06-01T14:30:05.510000+02:00', '2024-06-01T14:30:05.510'],
    ['2024-06-01T14:30:05', '2024-06-01T14:30:05.000'],
    ['2011-05-07T16:19:38.9Z', '2011-05-07T16:19:38.900'],
    ['2024-06-01T14:30', '2024-06-01T14:30:00.000'],
    ['garbage', '0000-00-00T00:00:00.000'],
  ])('%s → %s', (input, expected) => {
    expect(sortKeyOf(input)).toBe(expected);
  });

  it('orders by wall clock, ignoring the zone', () => {
    // 09:00 in Tokyo is later on its clock than 08:00 in New York, though earlier in UTC.
    expect(sortKeyOf('2024-06-01T09:00:00+09:00') > sortKeyOf('2024-06-01T08:00:00-04:00')).toBe(true);
  });
});
