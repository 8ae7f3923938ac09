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

describe('sortKeyOf, as the indexer sees its dates', () => {
  it.each([
    ['2024-06-01T14:30:05-07:00', '2024-06-01T14:30:05.000'],
    ['2024-06-01T14:30:05.510000+02:00', '2024-06-01T14:30:05.510'],
    ['2024-06-01T14:30:05', '2024-06-01T14:30:05.000'],
    ['2024-06-01T14:30:05.5Z', '2024-06-01T14:30:05.500'],
    ['2024-06-01T14:30', '2024-06-01T14:30:00.000'],
  ])('%s → %s', (text, key) => {
    expect(sortKeyOf(text)).toBe(key);
  });

  it('orders by the wall clock where each photo was taken, ignoring the offset', () => {
    const tokyo = '2024-06-01T09:00:00+09:00'; // 00:00 UTC
    const lisbon = '2024-06-01T08:30:00+01:00'; // 07:30 UTC
    const unknown = '2024-06-01T08:45:00';
    const sorted = [tokyo, lisbon, unknown].sort((a, b) => sortKeyOf(a).localeCompare(sortKeyOf(b)));
    expect(sorted).toEqual([lisbon, unknown, tokyo]);
  });

  it('keeps sub-second order that plain text comparison would get wrong', () => {
    const early = '2024-06-01T14:30:05';
    const late = '2024-06-01T14:30:05.500000';
    const laterStill = '2024-06-01T14:30:05.9-07:00';
    expect(sortKeyOf(early) < sortKeyOf(late)).toBe(true);
    expect(sortKeyOf(late) < sortKeyOf(laterStill)).toBe(true);
    // As raw text `…05Z` would sort after `…05.500000`, since 'Z' > '.'.
    expect(sortKeyOf('2024-06-01T14:30:05Z') < sortKeyOf(late)).toBe(true);
  });
});
