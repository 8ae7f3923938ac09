import { describe, expect, it } from 'vitest';
import { computeGridLayout, minTileFor, squareRows } from './square-rows.ts';

describe('computeGridLayout', () => {
  it.each([
    // width, minTile, gap, columns, tileSize
    [1000, 180, 4, 5, 196.8],
    [1024, 160, 4, 6, (1024 - 20) / 6],
    [180, 180, 4, 1, 180],
    [363, 180, 4, 1, 363],
    [364, 180, 4, 2, 180],
    [100, 180, 4, 1, 100], // narrower than one tile: one column, shrunk
    [375, 100, 2, 3, (375 - 4) / 3],
    [0, 180, 4, 1, 0],
    [-5, 180, 4, 1, 0],
    [Number.NaN, 180, 4, 1, 0],
  ])('width %d, min %d, gap %d → %d columns of %d', (width, minTile, gap, columns, tileSize) => {
    const layout = computeGridLayout(width, { minTile, gap });
    expect(layout.columns).toBe(columns);
    expect(layout.tileSize).toBeCloseTo(tileSize, 6);
    expect(layout.rowHeight).toBeCloseTo(tileSize + gap, 6);
  });

  it('fills the row exactly: columns × tile + gaps = width', () => {
    for (const width of [320, 777, 1280, 1919, 3840]) {
      const { columns, tileSize, gap } = computeGridLayout(width, { minTile: 150, gap: 3 });
      expect(columns * tileSize + (columns - 1) * gap).toBeCloseTo(width, 6);
      expect(tileSize).toBeGreaterThanOrEqual(150);
    }
  });

  it('caps the column count', () => {
    const layout = computeGridLayout(10_000, { minTile: 100, gap: 0, maxColumns: 12 });
    expect(layout.columns).toBe(12);
    expect(layout.tileSize).toBeCloseTo(10_000 / 12, 6);
  });
});

describe('minTileFor', () => {
  it.each([
    [375, 100],
    [800, 140],
    [1440, 180],
  ])('%d px wide → %d px tiles', (width, expected) => {
    expect(minTileFor(width)).toBe(expected);
  });
});

describe('squareRows', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => ({ aspectRatio: i % 2 ? 1.5 : 0.75 }));
  it.each([
    // items, width, gap, target, rows as start+count, tile edge
    [0, 1000, 4, 180, [], 0],
    [5, 1000, 4, 180, ['0+5'], 196.8],
    [7, 1000, 4, 180, ['0+5', '5+2'], 196.8],
    [3, 0, 4, 180, ['0+1', '1+1', '2+1'], 0], // not measured yet: zero-size, never NaN
  ])('%d items in %d px (gap %d, min %d) → %o', (count, width, gap, targetRowHeight, expected, edge) => {
    const rows = squareRows(items(count), { width, gap, targetRowHeight });
    expect(rows.map((row) => `${row.start}+${row.count}`)).toEqual(expected);
    for (const row of rows) {
      expect(row.height).toBeCloseTo(edge, 6);
      expect(row.widths).toHaveLength(row.count);
      for (const w of row.widths) expect(w).toBeCloseTo(edge, 6);
    }
  });

  it('ignores aspect ratios and honours maxPerRow', () => {
    const rows = squareRows(items(30), { width: 10_000, gap: 0, targetRowHeight: 100, maxPerRow: 12 });
    expect(rows.map((row) => row.count)).toEqual([12, 12, 6]);
  });
});
