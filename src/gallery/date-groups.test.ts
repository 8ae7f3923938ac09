import { describe, expect, it } from 'vitest';
import {
  buildGridRows,
  formatGroupLabel,
  formatWallDate,
  groupKeyOf,
  parseWallClock,
  type GridRow,
} from './date-groups.ts';

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

const shape = (rows: GridRow[]) =>
  rows.map((row) =>
    row.kind === 'header'
      ? `H ${row.label}`
      : row.kind === 'photos'
        ? `P ${row.start}+${row.count}`
        : `_ ${row.count}`,
  );

describe('buildGridRows', () => {
  const may3 = '2024-05-03T10:00:00+01:00';
  const may2 = '2024-05-02T22:00:00-03:00';
  const apr = '2024-04-30T08:00:00';

  it.each([
    ['empty', [], 3, 0, []],
    ['one group, exact rows', [may3, may3, may3], 3, 0, ['H Fri, 3 May 2024', 'P 0+3']],
    ['one group, partial row', [may3, may3, may3, may3], 3, 0, ['H Fri, 3 May 2024', 'P 0+3', 'P 3+1']],
    [
      'a new day starts a new row',
      [may3, may3, may2, apr],
      3,
      0,
      ['H Fri, 3 May 2024', 'P 0+2', 'H Thu, 2 May 2024', 'P 2+1', 'H Tue, 30 April 2024', 'P 3+1'],
    ],
    [
      'placeholders fill whole rows then a partial one',
      [may3],
      2,
      5,
      ['H Fri, 3 May 2024', 'P 0+1', '_ 2', '_ 2', '_ 1'],
    ],
  ] as const)('%s', (_name, dates, columns, placeholderTiles, expected) => {
    const { rows } = buildGridRows(dates, { columns, granularity: 'day', placeholderTiles });
    expect(shape(rows)).toEqual(expected);
  });

  it('groups by month when asked', () => {
    const { rows } = buildGridRows([may3, may2, apr], { columns: 4, granularity: 'month' });
    expect(shape(rows)).toEqual(['H May 2024', 'P 0+2', 'H April 2024', 'P 2+1']);
  });

  it('maps every asset to the row that shows it, and keys are unique', () => {
    const dates = Array.from(
      { length: 50 },
      (_, i) => `2024-05-${String(28 - Math.floor(i / 7)).padStart(2, '0')}T12:00:00`,
    );
    const { rows, rowOfAsset } = buildGridRows(dates, {
      columns: 4,
      granularity: 'day',
      placeholderTiles: 9,
    });
    dates.forEach((_, index) => {
      const row = rows[rowOfAsset[index]!];
      expect(row?.kind).toBe('photos');
      if (row?.kind === 'photos') {
        expect(index).toBeGreaterThanOrEqual(row.start);
        expect(index).toBeLessThan(row.start + row.count);
      }
    });
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });
});
