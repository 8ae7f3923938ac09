import { describe, expect, it } from 'vitest';
import { buildGridRows } from '../testing/square-grid-rows.ts';
import { layoutGridRows, type GridRow } from './grid-rows.ts';
import { squareRows } from './square-rows.ts';

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
    ['one group, exact rows', [may3, may3, may3], 3, 0, ['H Fri, May 3, 2024', 'P 0+3']],
    ['one group, partial row', [may3, may3, may3, may3], 3, 0, ['H Fri, May 3, 2024', 'P 0+3', 'P 3+1']],
    [
      'a new day starts a new row',
      [may3, may3, may2, apr],
      3,
      0,
      ['H Fri, May 3, 2024', 'P 0+2', 'H Thu, May 2, 2024', 'P 2+1', 'H Tue, April 30, 2024', 'P 3+1'],
    ],
    [
      'placeholders fill whole rows then a partial one',
      [may3],
      2,
      5,
      ['H Fri, May 3, 2024', 'P 0+1', '_ 2', '_ 2', '_ 1'],
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

describe('layoutGridRows', () => {
  it('gives every row the space it takes and hands each section to the layout on its own', () => {
    const seen: number[] = [];
    const items = ['a', 'a', 'a', 'b'].map((section) => ({ aspectRatio: 1, section }));
    const { rows } = layoutGridRows(items, {
      layout: (sectionItems, options) => {
        seen.push(sectionItems.length);
        return squareRows(sectionItems, options);
      },
      width: 204,
      gap: 4,
      targetRowHeight: 100,
      headerHeight: 52,
      sectionLabel: (key) => key.toUpperCase(),
      placeholderTiles: 1,
    });
    expect(seen).toEqual([3, 1, 1]);
    expect(rows.map((row) => [row.kind, row.size])).toEqual([
      ['header', 52],
      ['photos', 104],
      ['photos', 104],
      ['header', 52],
      ['photos', 104],
      ['placeholder', 104],
    ]);
    expect(rows[0]).toMatchObject({ label: 'A' });
  });
});
