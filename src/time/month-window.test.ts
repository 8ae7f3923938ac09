import { describe, expect, it } from 'vitest';
import { endOfDayBound, monthOfBucket, monthWindow } from './month-window.ts';

describe('monthWindow', () => {
  it.each([
    ['2024-06', '2024-05-31T23:59:59.999', '2024-07-01T00:00:00'],
    ['2024-01', '2023-12-31T23:59:59.999', '2024-02-01T00:00:00'],
    ['2024-12', '2024-11-30T23:59:59.999', '2025-01-01T00:00:00'],
    ['2024-03', '2024-02-29T23:59:59.999', '2024-04-01T00:00:00'],
    ['1999-03', '1999-02-28T23:59:59.999', '1999-04-01T00:00:00'],
  ])('%s is after %s and before %s', (month, after, before) => {
    expect(monthWindow(month)).toEqual({ after, before });
  });
});

describe('monthOfBucket', () => {
  it('reads the month of a naive bucket start', () => {
    expect(monthOfBucket('2024-06-01T00:00:00')).toBe('2024-06');
    expect(monthOfBucket('nonsense')).toBeNull();
  });
});

describe('endOfDayBound', () => {
  it.each([
    ['2019-07-04', '2019-07-05T00:00:00'],
    ['2019-12-31', '2020-01-01T00:00:00'],
    ['2024-02-28', '2024-02-29T00:00:00'],
  ])('%s → %s', (day, bound) => expect(endOfDayBound(day)).toBe(bound));
});
